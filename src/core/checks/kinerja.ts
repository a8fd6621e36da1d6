// One sasaran's checks beyond the anggaran, in root-cause order: Tabel 3.2's totals (pagu, realisasi), each sub
// kegiatan's 3.2 row, the sasaran's own 3.2 row, then Tabel 3.1 against 2.1 and 3.2. What they read and
// computed is handed on for the figures the narrative states (figures.ts).
import Decimal from "decimal.js";
import { Polaritas, Settings } from "../capaian";
import { Sasaran } from "../model";
import { AnggaranCheck } from "./anggaran";
import { Kinerja31, checkCapaian31 } from "./capaian31";
import { Ctx } from "./context";
import {
  SasaranRow32,
  SubRows32,
  checkSasaranRow32,
  checkSubRows32,
} from "./rows32";
import {
  SubMoney32,
  checkSasaranPagu32,
  checkSasaranRealisasi32,
  subMoney32,
} from "./totals32";

export interface KinerjaCheck {
  polaritas: Polaritas;
  /** What the sub kegiatan's 3.2 rows add up to. */
  money: SubMoney32;
  /** The sasaran's 3.2 pagu (else the 2.3 total) and realisasi, as read or computed. */
  totals: { pagu: Decimal | null; realisasi: Decimal | null };
  subs: SubRows32;
  /** The sasaran's own 3.2 row. */
  own: SasaranRow32;
  /** Tabel 3.1's figures against 2.1 and 3.2, and its capaian. */
  capaian31: Kinerja31 & { kinerja: Decimal | null };
}

export function checkKinerja(
  ctx: Ctx,
  s: Sasaran,
  settings: Settings,
  ang: AnggaranCheck,
): KinerjaCheck {
  const polaritas: Polaritas =
    settings.polaritas[String(s.index + 1)] ?? "positif";
  const money = subMoney32(ctx, ang);
  const pagu = checkSasaranPagu32(ctx, s, ang, money);
  const realisasi = checkSasaranRealisasi32(ctx, s, money);
  const totals = { pagu: pagu ?? ang.groupTotal, realisasi };
  const subs = checkSubRows32(
    ctx,
    s,
    ang,
    money.realisasi,
    polaritas,
    settings,
  );
  const own = checkSasaranRow32(
    ctx,
    s,
    totals,
    money.costSubs,
    subs.kinerja,
    polaritas,
    settings,
  );
  const capaian31 = checkCapaian31(ctx, s, subs.kinerja, polaritas);
  return { polaritas, money, totals, subs, own, capaian31 };
}
