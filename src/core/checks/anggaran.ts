// Anggaran across tables: 2.3 rincian ↔ 3.2 pagu ↔ 2.3 Jumlah ↔ 2.2 anggaran, the root cause reported first.
// In that order: each sub kegiatan's 2.3 anggaran against its 3.2 pagu (which one is wrong, told by the totals),
// then the 2.3 Jumlah against its rincian, then 2.2's anggaran against the 2.3 total.
import Decimal from "decimal.js";
import { shortName } from "../findings";
import { Field, Sasaran, SubKegiatan } from "../model";
import { Ctx, name, rp } from "./context";
import { sum } from "./quantity";

export interface SubAnggaran {
  sub: SubKegiatan;
  /** The sub kegiatan's anggaran cell in 2.3 (its rincian) and pagu cell in 3.2 … */
  rincianCell: Field | undefined;
  paguCell: Field | undefined;
  /** … and what they read as (null: empty or unreadable). */
  rincian: Decimal | null;
  pagu: Decimal | null;
}

export interface AnggaranCheck {
  subs: SubAnggaran[];
  /** 2.3 anggaran per sub kegiatan, with a figure the other tables show to be wrong put right. */
  resolved23: (Decimal | null)[];
  /** What each 3.2 pagu should be. */
  expected32: (Decimal | null)[];
  /** The group's total as the tables establish it. */
  groupTotal: Decimal | null;
  /** No 3.2 sub kegiatan row is known to be missing (a kegiatan's numbers `1.`, `3.` skip one): sums can be made. */
  complete32: boolean;
}

/** The kegiatan's own stated total: the 2.3 Jumlah, else the 2.2 anggaran; and how a message names it. */
interface StatedTotal {
  jumlahCell: Field | undefined;
  jumlah: Decimal | null;
  anggaran22Cell: Field | undefined;
  anggaran22: Decimal | null;
  value: Decimal | null;
  source: string;
}

function statedTotal(ctx: Ctx, s: Sasaran): StatedTotal {
  const jumlahCell = s.jumlah?.anggaran;
  const anggaran22Cell = s.anggaran?.anggaran;
  const jumlah = ctx.money(jumlahCell, "Jumlah anggaran");
  const anggaran22 = ctx.money(anggaran22Cell, "Anggaran kegiatan");
  const source = jumlah
    ? `Jumlah pada Tabel 2.3 (${rp(jumlah)})`
    : anggaran22
      ? `Tabel 2.2 (${rp(anggaran22)})`
      : "";
  return {
    jumlahCell,
    jumlah,
    anggaran22Cell,
    anggaran22,
    value: jumlah ?? anggaran22,
    source,
  };
}

/** One sub kegiatan in the reconciling of 2.3 against 3.2: its figures, its number and its name for messages. */
interface SubInReconcile {
  x: SubAnggaran;
  j: number;
  label: string;
  subName: string;
  /** The sasaran's 2.3 group has every row: its total less the others is this row's figure. */
  complete23: boolean;
}

/** The sub kegiatan's anggaran in 2.3 and pagu in 3.2 are both read and differ: the stated total says which is wrong. */
function reconcileDiffering(
  ctx: Ctx,
  sub: SubInReconcile,
  stated: StatedTotal,
  sum23: Decimal | null,
  resolved23: (Decimal | null)[],
  expected32: (Decimal | null)[],
): void {
  const { x, j, label, subName } = sub;
  const rincian = x.rincian!;
  const pagu = x.pagu!;
  if (sum23 && sum23.eq(stated.value!)) {
    ctx.add(
      "PAGU_TIDAK_SESUAI",
      x.paguCell!,
      `Pagu sub kegiatan ${label} "${subName}" di Tabel 3.2 sel ${x.paguCell!.address} tertulis ${rp(pagu)}, sedangkan Tabel 2.3 mencatat ${rp(rincian)} dan rincian Tabel 2.3 cocok dengan ${stated.source}. Seharusnya ${rp(rincian)}.`,
      rincian,
      "angka",
    );
    expected32[j] = rincian;
  } else if (sum23 && sum23.minus(rincian).plus(pagu).eq(stated.value!)) {
    ctx.add(
      "PAGU_TIDAK_SESUAI",
      x.rincianCell!,
      `Anggaran sub kegiatan "${subName}" di Tabel 2.3 sel ${x.rincianCell!.address} tertulis ${rp(rincian)}, sedangkan Tabel 3.2 mencatat ${rp(pagu)} dan hanya dengan ${rp(pagu)} rincian cocok dengan ${stated.source}. Seharusnya ${rp(pagu)}.`,
      pagu,
      "angka",
    );
    resolved23[j] = pagu;
  } else {
    ctx.add(
      "PAGU_TIDAK_SESUAI",
      x.paguCell!,
      `Pagu sub kegiatan ${label} "${subName}" di Tabel 3.2 sel ${x.paguCell!.address} (${rp(pagu)}) berbeda dengan Tabel 2.3 sel ${x.rincianCell!.address} (${rp(rincian)}). Tabel lain tidak menunjukkan mana yang benar; Tabel 2.3 dipakai sebagai acuan.`,
      rincian,
      "angka",
    );
    expected32[j] = rincian;
  }
}

/** What a sub kegiatan's unreadable 2.3 anggaran must be for its group to add up to the stated total, or null. */
function remainderOf(
  sub: SubInReconcile,
  subs: SubAnggaran[],
  total: Decimal | null,
): Decimal | null {
  const { j } = sub;
  if (!total || !sub.complete23) return null;
  const othersReadable = subs.every(
    (y, k) => k === j || !y.rincianCell || y.rincian,
  );
  const remainder = total.minus(
    sum(subs.map((y, k) => (k === j ? null : y.rincian))),
  );
  return othersReadable && remainder.gt(0) ? remainder : null;
}

/**
 * One of the two figures is unreadable: a 2.3 anggaran is read from what its own group's total leaves for it,
 * else from its 3.2 pagu; a 3.2 pagu from its 2.3 anggaran.
 */
function recoverUnreadable(
  ctx: Ctx,
  sub: SubInReconcile,
  subs: SubAnggaran[],
  stated: StatedTotal,
  resolved23: (Decimal | null)[],
  expected32: (Decimal | null)[],
): void {
  const { x, j, label } = sub;
  if (!x.rincian && ctx.isMalformed(x.rincianCell)) {
    // The group's own total speaks for its row before the other table does (3.2 may hold the typo).
    const remainder = remainderOf(sub, subs, stated.value);
    const expected = remainder ?? x.pagu;
    if (!expected) return;
    ctx.malformed(
      x.rincianCell,
      expected,
      remainder ? stated.source : `Tabel 3.2 (pagu sub kegiatan ${label})`,
    );
    resolved23[j] = expected;
  } else if (x.rincian && !x.pagu && ctx.isMalformed(x.paguCell)) {
    ctx.malformed(x.paguCell, x.rincian, `Tabel 2.3 (anggaran sub kegiatan)`);
    expected32[j] = x.rincian;
  }
}

/**
 * Rule: each sub kegiatan's 2.3 anggaran is its 3.2 pagu. When they differ, the stated total says which is wrong;
 * an unreadable figure is read from its counterpart, or from the total when it is the only one missing.
 */
function reconcileSubPagu(
  ctx: Ctx,
  s: Sasaran,
  subs: SubAnggaran[],
  stated: StatedTotal,
  resolved23: (Decimal | null)[],
  expected32: (Decimal | null)[],
): void {
  const all23Readable = subs.every((x) => !x.rincianCell || x.rincian !== null);
  // The 2.3 rincian's sum, when it can say which figure is wrong (a stated total, every rincian there and read).
  const sum23 =
    stated.value && all23Readable && rincianComplete(s)
      ? sum(subs.map((x) => x.rincian))
      : null;
  subs.forEach((x, j) => {
    const sub = {
      x,
      j,
      label: x.sub.label,
      subName: shortName(
        name(x.sub.rincian?.subKegiatan) || name(x.sub.cost?.sasaran),
      ),
      complete23: rincianComplete(s),
    };
    if (x.rincian && x.pagu && !x.rincian.eq(x.pagu))
      reconcileDiffering(ctx, sub, stated, sum23, resolved23, expected32);
    else recoverUnreadable(ctx, sub, subs, stated, resolved23, expected32);
  });
}

/** The 2.3 Jumlah against the sum of its rincian; the group's total as the tables establish it. */
function checkJumlah23(
  ctx: Ctx,
  s: Sasaran,
  subs: SubAnggaran[],
  stated: StatedTotal,
  resolved23: (Decimal | null)[],
): Decimal | null {
  const { jumlah, jumlahCell, anggaran22 } = stated;
  const has23 = subs.some((x) => x.rincianCell);
  // A sum over a missing row is no total: a row 3.2 lists but 2.3 lacks, or a 2.3 row left unlinked (spec §4).
  const complete23 =
    rincianComplete(s) &&
    subs.every((x, j) => !x.rincianCell || resolved23[j] !== null);
  if (!has23 || !complete23) return jumlah;
  const total23 = sum(resolved23);
  if (jumlah && !jumlah.eq(total23)) {
    const also =
      anggaran22 && anggaran22.eq(total23)
        ? ` Tabel 2.2 juga mencatat ${rp(anggaran22)}.`
        : "";
    ctx.add(
      "JUMLAH_TIDAK_SESUAI",
      jumlahCell!,
      `Jumlah anggaran kegiatan "${shortName(name(s.kegiatan))}" di Tabel 2.3 sel ${jumlahCell!.address} tertulis ${rp(jumlah)}, padahal jumlah rincian sub kegiatannya ${rp(total23)}.${also} Seharusnya ${rp(total23)}.`,
      total23,
      "angka",
    );
  } else if (!jumlah && ctx.isMalformed(jumlahCell)) {
    ctx.malformed(jumlahCell, total23, "jumlah rincian sub kegiatan Tabel 2.3");
  }
  return total23;
}

/** Tabel 2.2's anggaran for the sasaran against the 2.3 total of its kegiatan. */
function checkAnggaran22(
  ctx: Ctx,
  s: Sasaran,
  stated: StatedTotal,
  groupTotal: Decimal | null,
): void {
  const { anggaran22, anggaran22Cell } = stated;
  if (anggaran22 && groupTotal && !anggaran22.eq(groupTotal)) {
    ctx.add(
      "ANGGARAN_TIDAK_SESUAI",
      anggaran22Cell!,
      `Anggaran sasaran ${s.index + 1} di Tabel 2.2 sel ${anggaran22Cell!.address} tertulis ${rp(anggaran22)}, sedangkan Tabel 2.3 merinci ${rp(groupTotal)} untuk kegiatan ini. Seharusnya ${rp(groupTotal)}.`,
      groupTotal,
      "angka",
    );
  } else if (!anggaran22 && ctx.isMalformed(anggaran22Cell)) {
    ctx.malformed(
      anggaran22Cell,
      groupTotal,
      groupTotal ? `Tabel 2.3 (Jumlah ${rp(groupTotal)})` : undefined,
    );
  }
}

/** Every sub kegiatan of the sasaran has its Tabel 2.3 row, and every row of its 2.3 group is linked. */
function rincianComplete(s: Sasaran): boolean {
  return s.unlinked23.length === 0 && s.subs.every((x) => x.rincian);
}

export function checkAnggaran(ctx: Ctx, s: Sasaran): AnggaranCheck {
  const subs: SubAnggaran[] = s.subs.map((x) => ({
    sub: x,
    rincianCell: x.rincian?.anggaran,
    paguCell: x.cost?.pagu,
    rincian: ctx.money(x.rincian?.anggaran, "Anggaran sub kegiatan"),
    pagu: ctx.money(x.cost?.pagu, "Pagu sub kegiatan"),
  }));
  const stated = statedTotal(ctx, s);
  const resolved23 = subs.map((x) => x.rincian);
  const expected32 = subs.map((x) => x.pagu);
  reconcileSubPagu(ctx, s, subs, stated, resolved23, expected32);
  const groupTotal = checkJumlah23(ctx, s, subs, stated, resolved23);
  checkAnggaran22(ctx, s, stated, groupTotal);
  return {
    subs,
    resolved23,
    expected32,
    groupTotal,
    complete32: !s.incomplete32,
  };
}
