// Tabel 3.1 (Capaian Kinerja) against the Perjanjian Kinerja (2.1) and Tabel 3.2: targets agree, realisasi
// agree, and 3.1's capaian is its realisasi over its target. The Perjanjian Kinerja is the authority for targets.
import Decimal from "decimal.js";
import { Polaritas } from "../capaian";
import { Sasaran } from "../model";
import { capaianOf } from "./capaian-cells";
import { Ctx, isBlankInput, isEmpty } from "./context";
import { scaleNote } from "./written-rule";
import { Qty, deriveMeanOf, qtyExpected, sameQty, showQty } from "./quantity";

/** A sasaran's targets and realisasi kinerja as each table states them (null: absent or unreadable). */
export interface Kinerja31 {
  target21: Qty | null;
  target31: Qty | null;
  target32: Qty | null;
  realisasi31: Qty | null;
  /** 3.2's R, or the mean of its sub kegiatan's kinerja where R is empty. */
  realisasi32: Qty | null;
}

/** The target the tables agree on: the Perjanjian Kinerja's (2.1), without it 3.1's. */
export const agreedTarget = (q: Kinerja31) => q.target21 ?? q.target31;

export const target31Differs = (q: Kinerja31) =>
  !!(q.target31 && q.target21 && !sameQty(q.target31, q.target21));

export const target32Differs = (q: Kinerja31) => {
  const agreed = agreedTarget(q);
  return !!(q.target32 && agreed && !sameQty(q.target32, agreed));
};

export const realisasi31Differs = (q: Kinerja31) =>
  !!(q.realisasi31 && q.realisasi32 && !sameQty(q.realisasi31, q.realisasi32));

const kindOf = (...qs: Qty[]) =>
  qs.some((q) => q.unit === "%") ? "persen" : "angka";

export function readKinerja31(
  ctx: Ctx,
  s: Sasaran,
  subKinerja: (Decimal | null)[],
): Kinerja31 {
  const costRow = s.cost;
  const target21 = ctx.qty(s.pk?.target, "Target");
  const target31 = ctx.qty(s.capaian?.target, "Target");
  const realisasi31 = ctx.qty(s.capaian?.realisasi, "Realisasi");
  const target32 = costRow ? ctx.qty(costRow.t, "Target kinerja") : null;
  const realisasi32 = costRow
    ? costRow.r && !isEmpty(costRow.r)
      ? ctx.qty(costRow.r, "Realisasi kinerja")
      : deriveMeanOf(subKinerja)
    : null;
  return { target21, target31, target32, realisasi31, realisasi32 };
}

/** Rule: Tabel 3.1's target is the Perjanjian Kinerja's (Tabel 2.1). */
export function checkTarget31(ctx: Ctx, s: Sasaran, q: Kinerja31): void {
  const cell = s.capaian?.target;
  if (target31Differs(q))
    ctx.add(
      "TARGET_TIDAK_SESUAI",
      cell!,
      `Target sasaran ${s.index + 1} di Tabel 3.1 sel ${cell!.address} tertulis ${cell!.text}, sedangkan Perjanjian Kinerja (Tabel 2.1 sel ${s.pk!.target!.address}) menetapkan ${s.pk!.target!.text}.`,
      qtyExpected(q.target21!),
      kindOf(q.target21!),
    );
  else if (!q.target31 && q.target21 && ctx.isMalformed(cell))
    ctx.malformed(
      cell,
      q.target21.unit === "%" ? null : q.target21.v,
      "Tabel 2.1",
    );
}

/** Rule: Tabel 3.2's target is the agreed one (the Perjanjian Kinerja's, else 3.1's). */
export function checkTarget32(ctx: Ctx, s: Sasaran, q: Kinerja31): void {
  if (!target32Differs(q)) return;
  const cell = s.cost!.t!;
  const agreed = agreedTarget(q)!;
  const src = q.target21 ? "Perjanjian Kinerja (Tabel 2.1)" : "Tabel 3.1";
  ctx.add(
    "TARGET_TIDAK_SESUAI",
    cell,
    `Target sasaran ${s.index + 1} di Tabel 3.2 sel ${cell.address} tertulis ${cell.text}, berbeda dengan ${src} (${showQty(agreed)}).`,
    qtyExpected(agreed),
    kindOf(agreed),
  );
}

/** Rule: Tabel 3.1's realisasi kinerja is Tabel 3.2's. */
export function checkRealisasi31(ctx: Ctx, s: Sasaran, q: Kinerja31): void {
  if (!realisasi31Differs(q)) return;
  const cell = s.capaian!.realisasi!;
  ctx.add(
    "REALISASI_TIDAK_SESUAI",
    cell,
    `Realisasi kinerja sasaran ${s.index + 1} di Tabel 3.1 sel ${cell.address} tertulis ${cell.text}, sedangkan Tabel 3.2 mencatat ${showQty(q.realisasi32!)}.`,
    qtyExpected(q.realisasi32!),
    kindOf(q.realisasi32!, q.realisasi31!),
  );
}

/**
 * Rule: Tabel 3.1's capaian is its realisasi over its target (3.1's, else the Perjanjian Kinerja's), by polarity;
 * an empty or zero target has none (TARGET_NOL) and the capaian cell stays as it is.
 */
export function deriveCapaian31(
  ctx: Ctx,
  s: Sasaran,
  q: Kinerja31,
  polaritas: Polaritas,
): Decimal | null {
  const row31 = s.capaian;
  if (!row31 || !q.realisasi31) return null;
  const target = q.target31 ?? q.target21;
  const targetCell = row31.target ?? s.pk?.target ?? null;
  // Zero or nothing written; an unreadable target has its own finding.
  const noTarget = target
    ? target.v.isZero()
    : !targetCell || isBlankInput(targetCell);
  if (noTarget) {
    ctx.add(
      "TARGET_NOL",
      targetCell,
      `Target sasaran ${s.index + 1}${targetCell ? ` di Tabel ${targetCell.table} sel ${targetCell.address}` : ""} kosong atau nol, sehingga capaiannya tidak dapat dihitung.`,
    );
    return null;
  }
  if (!target) return null;
  const kinerja = capaianOf(
    ctx,
    target,
    q.realisasi31,
    row31.realisasi,
    polaritas,
  );
  if (kinerja !== null)
    ctx.derive(row31.capaian, kinerja, "persen", "Capaian", () =>
      scaleNote(
        row31.capaian!.text,
        kinerja,
        row31.capaian ? (ctx.percentOf(row31.capaian)?.value ?? null) : null,
      ),
    );
  return kinerja;
}

/** Tabel 3.1 against 2.1 and 3.2, and the capaian it derives; the quantities read, for the figures. */
export function checkCapaian31(
  ctx: Ctx,
  s: Sasaran,
  subKinerja: (Decimal | null)[],
  polaritas: Polaritas,
): Kinerja31 & { kinerja: Decimal | null } {
  const q = readKinerja31(ctx, s, subKinerja);
  checkTarget31(ctx, s, q);
  checkTarget32(ctx, s, q);
  checkRealisasi31(ctx, s, q);
  return { ...q, kinerja: deriveCapaian31(ctx, s, q, polaritas) };
}
