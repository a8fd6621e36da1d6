// Formulas saved without their result (spec §4): reported wherever they sit in a table, input or derived,
// with the cell; their value is unknown, so nothing that depends on them is computed or narrated as fact.
import { Ctx, keyOf } from "./context";
import { GridWorkbook } from "../grid";
import { Field, Report, Row } from "../model";
import { noCachedResult } from "../number";
import { ColumnKey, TABLE_SPECS } from "../tables";

/** Columns Hitung computes: a formula there is the user's and gets RUMUS_TANPA_HASIL (a warning). */
const DERIVED: ReadonlySet<string> = new Set<ColumnKey>([
  "capaian",
  "kinerja",
  "efisiensi",
]);

function* cellsOf(report: Report): Iterable<[string, Field]> {
  const rows: (Row | undefined)[] = [
    ...report.subCapaian,
    ...report.groups.map((g) => g.row),
    ...report.totals.map((t) => t.row),
    ...report.unplaced,
  ];
  for (const s of report.sasaran) {
    rows.push(s.pk, s.anggaran, s.jumlah, s.capaian, s.cost);
    for (const x of s.subs) rows.push(x.rincian, x.cost);
  }
  for (const r of rows) {
    if (!r) continue;
    for (const [key, v] of Object.entries(r)) {
      if (!(v instanceof Field)) continue;
      if (v.parts) for (const part of v.parts) yield [key, part];
      else yield [key, v];
    }
  }
}

/** Whether any cell of the workbook is a formula saved without its result (most workbooks have none). */
export function anyNoResult(wb: GridWorkbook): boolean {
  for (const s of wb.sheets)
    for (const row of s.cells)
      if (row)
        for (const c of row)
          if (c && c.formula && c.value === null) return true;
  return false;
}

export function reportNoResult(ctx: Ctx, report: Report): void {
  let written: Set<string> | null = null;
  for (const [key, f] of cellsOf(report)) {
    if (!noCachedResult(f.cell)) continue;
    // A derived cell Hitung computed has been reported where it was checked.
    written ??= new Set(ctx.derived.map((d) => keyOf(d)));
    if (written.has(keyOf(f))) continue;
    const title =
      TABLE_SPECS[f.table].columns.find((c) => c.key === key)?.title ?? "Sel";
    if (DERIVED.has(key))
      ctx.add(
        "RUMUS_TANPA_HASIL",
        f,
        `${title} di Tabel ${f.table} sel ${f.address} berisi rumus yang belum mempunyai hasil (buku kerja belum dihitung ulang). Rumus tidak diubah.`,
      );
    else
      ctx.add(
        "RUMUS_MASUKAN_TANPA_HASIL",
        f,
        `${title} di Tabel ${f.table} sel ${f.address} berisi rumus yang tersimpan tanpa hasil (buku kerja disimpan tanpa dihitung ulang, misalnya oleh program lain). Nilainya tidak diketahui: sel ini tidak dibaca sebagai kosong, dan angka yang bergantung padanya tidak dihitung.`,
      );
  }
}
