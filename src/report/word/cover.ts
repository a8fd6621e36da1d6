// The cover, in the unit's own words: the report's kind and period, who reports (position, unit), the signer,
// and the government it belongs to. Nothing here is a title of our own: each line is a stored text or its blank.
import { AlignmentType, LineRuleType, Paragraph, TextRun } from "docx";
import { ReportDocument } from "../../core/narrative/report-document";
import { ReportText } from "../../core/narrative/report-texts";
import { SHORT_DOTS, filled, mm, run } from "./text";

const upper = (x: ReportText): ReportText =>
  x.blank ? x : { ...x, text: x.text.toUpperCase() };

const line = (parts: TextRun[], after = 120) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after, line: 276, lineRule: LineRuleType.AUTO },
    children: parts,
  });

/** `TRIWULAN I TAHUN 2024`, `TAHUN 2020`, or the blanks of a period the workbook does not state. */
export function periodLine(d: ReportDocument): string {
  const p = d.period;
  if (p.annual) return `TAHUN ${p.year}`;
  if (p.title) return p.title.toUpperCase();
  return "TRIWULAN … TAHUN …";
}

export function cover(d: ReportDocument): Paragraph[] {
  const t = d.texts;
  const big = { bold: true, size: 28 };
  const blank = (x: ReportText) => filled(upper(x), big, SHORT_DOTS);
  const who = t.jabatan.blank && !t.unit.blank ? t.unit : t.jabatan;
  return [
    new Paragraph({ spacing: { before: mm(20) }, children: [] }),
    line([run("LAPORAN KINERJA", { bold: true, size: 40 })]),
    ...(d.kind === "tahunan"
      ? [line([run("INSTANSI PEMERINTAH (LKjIP)", { bold: true, size: 32 })])]
      : []),
    line([run(periodLine(d), { bold: true, size: 36 })], mm(30)),
    line(blank(who)),
    line(blank(t.instansi), mm(40)),
    line(filled(t.nama, { bold: true, underline: {}, size: 26 }), 0),
    line([run("NIP. "), ...filled(t.nip)], mm(40)),
    line(blank(t.pemda)),
    line(blank(t.instansi)),
    line([run(d.period.year ? `TAHUN ${d.period.year}` : "TAHUN …", big)]),
  ];
}
