// Total rows of Tabel 3.2 (a `TOTAL` or `Jumlah` row, a form's footer, an RFK bidang row): pagu and realisasi are
// the sums of the programs (sasaran rows) they cover, and the capaian is their realisasi over their pagu. A program
// whose typed figure and the sum of its sub kegiatan disagree has its own finding; the total is then checked
// against either, so one cause gives one finding.
import Decimal from "decimal.js";
import { Field, Report, Row, Sasaran } from "../model";
import { Ctx, isBlankInput, rp } from "./context";
import { capaianPagu } from "./plan";

/** The most program figures whose reading is in doubt before the total is left unchecked (2^n sums). */
const MAX_DOUBTS = 4;

type Part = "pagu" | "realisasi";

/** What a program's figure may be: its typed value and the sum of its sub kegiatan (one value when they agree). */
function optionsOf(ctx: Ctx, s: Sasaran, part: Part): Decimal[] | null {
  const what = part === "pagu" ? "Pagu" : "Realisasi (Rp)";
  const cell = s.cost?.[part];
  const typed = cell && !isBlankInput(cell) ? ctx.money(cell, what) : null;
  if (cell && !isBlankInput(cell) && typed === null) return null;
  const subs = s.subs.filter((x) => x.cost).map((x) => x.cost![part]);
  let subSum: Decimal | null = null;
  if (subs.length) {
    const values = subs.map((f) =>
      f && !isBlankInput(f) ? ctx.money(f, what) : new Decimal(0),
    );
    if (values.some((v) => v === null)) return typed ? [typed] : null;
    subSum = values.reduce<Decimal>((a, b) => a.plus(b!), new Decimal(0));
  }
  const out = [typed, subSum].filter((v): v is Decimal => v !== null);
  if (out.length === 2 && out[0].eq(out[1])) out.pop();
  return out.length ? out : null;
}

/** Every sum the covered programs may add up to; null when one is unknown or too many are in doubt. */
function possibleSums(
  ctx: Ctx,
  programs: Sasaran[],
  part: Part,
): Decimal[] | null {
  let sums = [new Decimal(0)];
  let doubts = 0;
  for (const s of programs) {
    const options = optionsOf(ctx, s, part);
    if (!options) return null;
    if (options.length > 1 && ++doubts > MAX_DOUBTS) return null;
    sums = sums.flatMap((x) => options.map((o) => x.plus(o)));
  }
  return sums;
}

interface TotalRow {
  row: Row;
  covers: number[];
}

/** Another total row over the same programs whose typed figure is their sum: the programs are all there. */
function confirmedBy(
  ctx: Ctx,
  others: TotalRow[],
  t: TotalRow,
  part: Part,
  want: Decimal,
): boolean {
  return others.some((o) => {
    const f = o.row[part];
    if (o === t || !f || isBlankInput(f)) return false;
    const same =
      o.covers.length === t.covers.length &&
      o.covers.every((i, k) => i === t.covers[k]);
    return same && !!ctx.money(f, "Jumlah")?.eq(want);
  });
}

/**
 * Rule: a total row is the sum of its programs. Whether the total or a program row is wrong (or a row missing) is
 * only known when another total over the same programs agrees with their sum: then it is proposed, else not.
 */
function checkPart(
  ctx: Ctx,
  t: TotalRow,
  programs: Sasaran[],
  part: Part,
  others: TotalRow[],
): Decimal | null {
  const cell: Field | undefined = t.row[part];
  if (!cell || isBlankInput(cell)) return null;
  const what = part === "pagu" ? "Pagu" : "Realisasi (Rp)";
  const shown = ctx.money(cell, what);
  const sums = possibleSums(ctx, programs, part);
  if (shown === null || !sums) return shown;
  if (sums.some((x) => x.eq(shown))) return shown;
  const sure = sums.length === 1 && confirmedBy(ctx, others, t, part, sums[0]);
  const stated = `${what} baris jumlah di Tabel ${cell.table} sel ${cell.address} tertulis ${rp(shown)}, sedangkan jumlah ${programs.length} program yang dijumlahkannya ${sums.map(rp).join(" atau ")}${sums.length > 1 ? " (angka programnya sendiri belum pasti)" : ""}.`;
  ctx.add(
    sure
      ? part === "pagu"
        ? "PAGU_TIDAK_SESUAI"
        : "REALISASI_TIDAK_SESUAI"
      : "JUMLAH_TIDAK_PASTI",
    cell,
    sure
      ? `${stated} Baris jumlah lain atas program yang sama mencatat ${rp(sums[0])}; seharusnya ${rp(sums[0])}.`
      : `${stated} Bila tidak ada baris program yang terlewat atau salah, angka ini yang salah; periksa baris programnya.`,
    sure ? sums[0] : null,
    "angka",
  );
  // Nothing is built on a total found wrong (its capaian, fisik and deviasi are left as they are).
  ctx.dispute(cell);
  return null;
}

export function checkTotals(ctx: Ctx, report: Report): void {
  // A row of Tabel 3.2 that could not be placed may belong under a total: no total is checked against its programs.
  if (report.unplaced.some((r) => r.table === "3.2")) return;
  for (const t of report.totals) {
    const programs = t.covers
      .map((i) => report.sasaran[i])
      .filter((s) => s?.cost);
    if (programs.length === 0) continue;
    const pagu = checkPart(ctx, t, programs, "pagu", report.totals);
    const realisasi = checkPart(ctx, t, programs, "realisasi", report.totals);
    const row = t.row;
    if (pagu && realisasi && !pagu.isZero())
      ctx.derive(
        row.capaian,
        realisasi.div(capaianPagu(ctx, row, pagu, realisasi)),
        "persen",
        "Capaian (%)",
      );
  }
}
