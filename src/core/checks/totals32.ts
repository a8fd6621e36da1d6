// Tabel 3.2's sasaran row, its money: a sasaran's pagu and realisasi are the sums of its sub kegiatan's
// (without sub kegiatan rows, the pagu is the 2.3 total); written where empty, checked where typed.
import Decimal from "decimal.js";
import { Sasaran } from "../model";
import { AnggaranCheck, SubAnggaran } from "./anggaran";
import { Ctx, isBlankInput, isEmpty, rp } from "./context";
import { sum } from "./quantity";

/** What the sub kegiatan rows of one sasaran add up to in Tabel 3.2. */
export interface SubMoney32 {
  /** The sub kegiatan with a 3.2 row. */
  costSubs: SubAnggaran[];
  /** Each sub kegiatan's realisasi, indexed like `Sasaran.subs`; null where it has no 3.2 row or none is read. */
  realisasi: (Decimal | null)[];
  /** Each sub kegiatan's realisasi cell holds something that cannot be read (spec §4: nothing built on it). */
  realisasiInvalid: boolean[];
  /** Every sub kegiatan has its 3.2 row: a sum of its rows is the sasaran's (a missing row leaves it unknown). */
  complete: boolean;
  /** The sum of the realisasi; null when a row is missing or a realisasi cannot be read (never a partial sum). */
  realisasiSum: Decimal | null;
  /** The sum of what each 3.2 pagu should be; null unless each is known (never "seharusnya 0" from unread figures). */
  paguExpected: Decimal | null;
  /**
   * Tabel 2.3 confirms the sub kegiatan rows are all there (each linked both ways): their sums are the sasaran's.
   * Without it a typed total that differs may be right and a row missing: no value is proposed for it.
   */
  verified: boolean;
}

export function subMoney32(ctx: Ctx, ang: AnggaranCheck): SubMoney32 {
  const costSubs = ang.subs.filter((x) => x.sub.cost);
  const realisasi = ang.subs.map((x) =>
    x.sub.cost
      ? ctx.money(x.sub.cost.realisasi, "Realisasi sub kegiatan")
      : null,
  );
  const realisasiInvalid = ang.subs.map((x, j) => {
    const cell = x.sub.cost?.realisasi;
    return !!cell && realisasi[j] === null && !isBlankInput(cell);
  });
  const complete = ang.complete32 && ang.subs.every((x) => x.sub.cost);
  const paguExpected =
    complete && costSubs.every((x) => ang.expected32[x.sub.index] !== null)
      ? sum(costSubs.map((x) => ang.expected32[x.sub.index]))
      : null;
  const realisasiSum =
    complete && !realisasiInvalid.some(Boolean) ? sum(realisasi) : null;
  return {
    costSubs,
    realisasi,
    realisasiInvalid,
    complete,
    realisasiSum,
    paguExpected,
    verified: complete && ang.subs.every((x) => x.sub.rincian),
  };
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
    subs.complete &&
    costSubs.length > 0 &&
    costSubs.every((x) => x.pagu !== null)
  ) {
    ctx.derive(paguCell, subPaguShown, "uang", "Pagu");
    return subPaguShown;
  }
  const want = costSubs.length ? subs.paguExpected : ang.groupTotal;
  const sure = !costSubs.length || subs.verified;
  if (shown) {
    if (want && !shown.eq(want) && !(costSubs.length && shown.eq(subPaguShown)))
      ctx.add(
        sure ? "PAGU_TIDAK_SESUAI" : "JUMLAH_TIDAK_PASTI",
        paguCell!,
        `Pagu sasaran ${s.index + 1} di Tabel 3.2 sel ${paguCell!.address} tertulis ${rp(shown)}, sedangkan ${costSubs.length ? "jumlah pagu sub kegiatannya" : "Tabel 2.3"} ${rp(want)}. ${shouldBe(sure, want)}`,
        sure ? want : null,
        "angka",
      );
    return shown;
  }
  if (ctx.isMalformed(paguCell))
    ctx.malformed(paguCell, sure ? want : null, "jumlah pagu sub kegiatan");
  return null;
}

/** What a typed total should be: said as fact when Tabel 2.3 confirms every row is there, else on that condition. */
const shouldBe = (sure: boolean, want: Decimal) =>
  sure
    ? `Seharusnya ${rp(want)}.`
    : `Tabel 2.3 tidak memastikan semua sub kegiatannya tercantum: bila tidak ada yang terlewat, jumlahnya salah; bila ada, baris sub kegiatannya belum lengkap.`;

/** Rule: the sasaran's 3.2 realisasi is the sum of its sub kegiatan's realisasi. */
export function checkSasaranRealisasi32(
  ctx: Ctx,
  s: Sasaran,
  subs: SubMoney32,
): Decimal | null {
  const cell = s.cost?.realisasi;
  if (!s.cost) return null;
  const shown = ctx.money(cell, "Realisasi sasaran");
  const total = subs.realisasiSum;
  // A sum of known rows only: a missing row or an unreadable realisasi leaves it unknown (spec §4).
  const anySub = total !== null && subs.realisasi.some((x) => x !== null);
  if (isEmpty(cell) && anySub) {
    ctx.derive(cell, total, "uang", "Realisasi (Rp)");
    return total;
  }
  if (shown) {
    if (anySub && !shown.eq(total))
      ctx.add(
        subs.verified ? "REALISASI_TIDAK_SESUAI" : "JUMLAH_TIDAK_PASTI",
        cell!,
        `Realisasi anggaran sasaran ${s.index + 1} di Tabel 3.2 sel ${cell!.address} tertulis ${rp(shown)}, sedangkan jumlah realisasi sub kegiatannya ${rp(total)}. ${shouldBe(subs.verified, total)}`,
        subs.verified ? total : null,
        "angka",
      );
    return shown;
  }
  if (ctx.isMalformed(cell) && anySub)
    ctx.malformed(
      cell,
      subs.verified ? total : null,
      "jumlah realisasi sub kegiatan",
    );
  return null;
}

/**
 * Rule: the sum of a sasaran's 3.2 pagu is its 2.3 total. They can only differ here when a 2.3 row is missing or
 * unreadable (else a sub kegiatan's own finding has put its pagu right): which one is right is then unknown, and
 * said. True when they differ: the narrative then states neither.
 */
export function checkPaguAgainst23(
  ctx: Ctx,
  s: Sasaran,
  ang: AnggaranCheck,
  subs: SubMoney32,
): boolean {
  const sum32 = subs.paguExpected;
  const total23 = ang.groupTotal;
  if (!sum32 || !total23 || sum32.eq(total23)) return false;
  const at = s.cost?.pagu ?? s.jumlah?.anggaran ?? null;
  ctx.add(
    "JUMLAH_TIDAK_PASTI",
    at,
    `Pagu sasaran ${s.index + 1}: jumlah pagu sub kegiatannya di Tabel 3.2 (${rp(sum32)}) berbeda dengan Tabel 2.3 (${rp(total23)}). Rincian Tabel 2.3 untuk sasaran ini tidak lengkap atau ada angka yang tidak terbaca, jadi tidak dapat ditentukan mana yang benar; periksa baris sub kegiatan kedua tabel.`,
  );
  return true;
}
