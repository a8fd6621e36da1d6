// Forms recognised by their layout (issue 19): one info finding per form, saying which form, which layout it was
// read by (the repository and commit it follows), how its rows nest, and where the report's period came from.
import { finding } from "../findings";
import { BULAN } from "../format";
import { a1, columnLetters } from "../grid";
import { displayText } from "../number";
import { FormSeen, ReadResult } from "../reader";
import { TABLE_SPECS } from "../tables";
import { Ctx } from "./context";

function roleText(f: FormSeen): string {
  const t = f.table;
  if (!t) return f.layout.note ? `: ${f.layout.note}` : "";
  const codes = t.form?.codeCols ?? [];
  const nesting = codes.length
    ? t.form!.layout.codes?.inName
      ? "; program menurut kode di awal namanya"
      : `; program, kegiatan dan sub kegiatan menurut kode SIPD (kolom ${codes.map(columnLetters).join(", ")}), bukan menurut nomornya`
    : "";
  return `, dibaca sebagai Tabel ${t.id} (${TABLE_SPECS[t.id].title}) dengan ${t.rows.length} baris isi${nesting}`;
}

export function formsRecognised(ctx: Ctx, read: ReadResult): void {
  for (const f of read.forms) {
    const row = f.headerRows[0];
    const at = {
      sheet: f.view.name,
      row,
      col: f.left,
      address: a1(row, f.left),
      text: displayText(f.view.cell(row, f.left)),
    };
    const b = read.period.bulan;
    const period = f.period
      ? ` Periode laporan: ${f.period}.`
      : b && f.table
        ? ` Periode laporan: bulan ${BULAN[b - 1]}${read.period.tahun ? ` tahun ${read.period.tahun}` : ""} menurut judul di atas tabel, dinilai sebagai triwulan ${Math.ceil(b / 3)}${f.layout.fromJanuary ? "; realisasinya dari 1 Januari" : ""}.`
        : "";
    const notRead =
      f.table && read.tables[f.table.id] !== f.table
        ? ` Tabel ${f.table.id} dibaca dari tempat lain (lihat TABEL_GANDA), jadi formulir ini tidak diperiksa.`
        : "";
    ctx.findings.push(
      finding(
        "FORMULIR_DIKENALI",
        at,
        `Lembar "${f.view.name}" (judul kolom mulai ${at.address}) dikenali sebagai ${f.layout.title} menurut tata letak ${f.layout.source}${roleText(f)}.${period}${notRead}`,
      ),
    );
  }
}

/** Only forms were found: the report tables they do not hold are not "missing" (a Monev Renja is no LKjIP). */
export function onlyForms(read: ReadResult): boolean {
  const found = Object.values(read.tables);
  return found.length > 0 && found.every((t) => t!.foundBy === "form");
}
