// Cells read as text (names, Jadwal): an Excel error there (`#REF!`) is reported, and the text is not used —
// never narrated as a schedule or a name (spec §4).
import { Field, Report, Row } from "../model";
import { isExcelError } from "../grid";
import { ColumnKey, TABLE_SPECS } from "../tables";
import { Ctx } from "./context";

const TEXT_PARTS: ColumnKey[] = [
  "sasaran",
  "indikator",
  "kegiatan",
  "subKegiatan",
  "jadwal",
];

function check(ctx: Ctx, row: Row | undefined): void {
  if (!row) return;
  for (const key of TEXT_PARTS) {
    const f: Field | undefined = row[key];
    // The cell's own value, not a parse: name cells are never parsed as figures.
    const v = f?.cell?.value;
    if (!f || v === undefined || v === null || !isExcelError(v)) continue;
    const p = { code: v.error };
    const title =
      TABLE_SPECS[f.table].columns.find((c) => c.key === key)?.title ?? key;
    ctx.add(
      "NILAI_TIDAK_VALID",
      f,
      `${title} di Tabel ${f.table} sel ${f.address} berisi galat Excel ${p.code}; isinya tidak dipakai. Isi dengan teks yang benar.`,
    );
  }
}

export function checkTexts(ctx: Ctx, report: Report): void {
  for (const s of report.sasaran) {
    for (const r of [s.pk, s.anggaran, s.capaian, s.cost]) check(ctx, r);
    for (const x of s.subs) {
      check(ctx, x.rincian);
      check(ctx, x.cost);
    }
  }
}
