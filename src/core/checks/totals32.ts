// Tabel 3.2's sasaran row, its money: a sasaran's pagu and realisasi are the sums of its sub kegiatan's
// (without sub kegiatan rows, the pagu is the 2.3 total); written where empty, checked where typed.
import Decimal from "decimal.js";
import { Sasaran } from "../model";
import { AnggaranCheck, SubAnggaran } from "./anggaran";
import { Ctx, isEmpty, rp } from "./context";
import { sum } from "./quantity";

/** What the sub kegiatan rows of one sasaran add up to in Tabel 3.2. */
export interface SubMoney32 {
  /** The sub kegiatan with a 3.2 row. */
  costSubs: SubAnggaran[];
  /** Each sub kegiatan's realisasi, indexed like `Sasaran.subs`; null where it has no 3.2 row. */
  realisasi: (Decimal | null)[];
  realisasiSum: Decimal;
  /** The sum of what each 3.2 pagu should be; null unless each is known (never "seharusnya 0" from unread figures). */
  paguExpected: Decimal | null;
}

export function subMoney32(ctx: Ctx, ang: AnggaranCheck): SubMoney32 {
  const costSubs = ang.subs.filter((x) => x.sub.cost);
  const realisasi = ang.subs.map((x) =>
    x.sub.cost
      ? ctx.money(x.sub.cost.realisasi, "Realisasi sub kegiatan")
      : null,
  );
  const paguExpected = costSubs.every(
    (x) => ang.expected32[x.sub.index] !== null,
  )
    ? sum(costSubs.map((x) => ang.expected32[x.sub.index]))
    : null;
  return { costSubs, realisasi, realisasiSum: sum(realisasi), paguExpected };
}

/** Rule: the sasaran's 3.2 pagu is the sum of its sub kegiatan's pagu (with no sub kegiatan rows, the 2.3 total). */
export function checkSasaranPagu32(
  ctx: Ctx,
  s: Sasaran,
  ang: AnggaranCheck,
  subs: SubMoney32,
): Decimal | null {
  const paguCell = s.cost?.pagu;
  if (!s.cost) return null;
  const shown = ctx.money(paguCell, "Pagu sasaran");
  const { costSubs } = subs;
  const subPaguShown = sum(costSubs.map((x) => x.pagu));
  if (
    isEmpty(paguCell) &&
    costSubs.length > 0 &&
    costSubs.every((x) => x.pagu !== null)
  ) {
    ctx.derive(paguCell, subPaguShown, "uang", "Pagu");
    return subPaguShown;
  }
  const want = costSubs.length ? subs.paguExpected : ang.groupTotal;
  if (shown) {
    if (want && !shown.eq(want) && !(costSubs.length && shown.eq(subPaguShown)))
      ctx.add(
        "PAGU_TIDAK_SESUAI",
        paguCell!,
        `Pagu sasaran ${s.index + 1} di Tabel 3.2 sel ${paguCell!.address} tertulis ${rp(shown)}, sedangkan ${costSubs.length ? "jumlah pagu sub kegiatannya" : "Tabel 2.3"} ${rp(want)}. Seharusnya ${rp(want)}.`,
        want,
        "angka",
      );
    return shown;
  }
  if (ctx.isMalformed(paguCell))
    ctx.malformed(paguCell, want, "jumlah pagu sub kegiatan");
  return null;
}

/** Rule: the sasaran's 3.2 realisasi is the sum of its sub kegiatan's realisasi. */
export function checkSasaranRealisasi32(
  ctx: Ctx,
  s: Sasaran,
  subs: SubMoney32,
): Decimal | null {
  const cell = s.cost?.realisasi;
  if (!s.cost) return null;
  const shown = ctx.money(cell, "Realisasi sasaran");
  const anySub = subs.realisasi.some((x) => x !== null);
  const total = subs.realisasiSum;
  if (isEmpty(cell) && anySub) {
    ctx.derive(cell, total, "uang", "Realisasi (Rp)");
    return total;
  }
  if (shown) {
    if (anySub && !shown.eq(total))
      ctx.add(
        "REALISASI_TIDAK_SESUAI",
        cell!,
        `Realisasi anggaran sasaran ${s.index + 1} di Tabel 3.2 sel ${cell!.address} tertulis ${rp(shown)}, sedangkan jumlah realisasi sub kegiatannya ${rp(total)}. Seharusnya ${rp(total)}.`,
        total,
        "angka",
      );
    return shown;
  }
  if (ctx.isMalformed(cell) && anySub)
    ctx.malformed(cell, total, "jumlah realisasi sub kegiatan");
  return null;
}
