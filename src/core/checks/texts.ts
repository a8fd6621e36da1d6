// Cells read as text (names, Jadwal): an Excel error there (`#REF!`) is reported, and the text is not used —
// never narrated as a schedule or a name (spec §4).
import { Field, Report, Row } from "../model";
import { NO_RESULT } from "../number";
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
    const p = f?.parsed;
    if (!f || p?.kind !== "error" || p.code === NO_RESULT) continue;
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
