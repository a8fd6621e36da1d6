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
  checkPaguAgainst23,
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
  /**
   * Which pagu is right is unknown: the 3.2 sum and the 2.3 total differ with a 2.3 row missing or unreadable, or a
   * typed 3.2 total differs from its rows' sum and no Tabel 2.3 confirms the rows are all there. Not stated.
   */
  paguDisputed: boolean;
  /** A typed 3.2 realisasi differs from its rows' sum and no Tabel 2.3 confirms the rows: not stated. */
  realisasiDisputed: boolean;
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
  const unsure = (typed: Decimal | null, sum: Decimal | null) =>
    !money.verified && !!typed && !!sum && !typed.eq(sum);
  const paguDisputed =
    checkPaguAgainst23(ctx, s, ang, money) ||
    (money.costSubs.length > 0 && unsure(pagu, money.paguExpected));
  const realisasiDisputed = unsure(realisasi, money.realisasiSum);
  // Without sub kegiatan rows the pagu is the 2.3 total; with them, only their sum (unknown while one is).
  const totals = {
    pagu: pagu ?? (money.costSubs.length === 0 ? ang.groupTotal : null),
    realisasi,
  };
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
  return {
    polaritas,
    money,
    totals,
    subs,
    own,
    capaian31,
    paguDisputed,
    realisasiDisputed,
  };
}
