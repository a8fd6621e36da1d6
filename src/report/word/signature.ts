// The signature block: "Mengetahui," and the atasan on the left (a quarterly report, or an annual one that names
// an atasan), place, date and the signer on the right, each with a NIP. Positions are the stored texts: never
// "Camat" of our own; an empty one is its marked blank.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatTanggal } from "../../core/format";
import { ReportDocument } from "../../core/narrative/report-document";
import { SHORT_DOTS, filled, run } from "./text";

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** `2024-04-01` → `1 April 2024`; any other text as typed. */
export function tanggalText(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const month = m ? Number(m[2]) : 0;
  return m && month >= 1 && month <= 12
    ? formatTanggal(Number(m[1]), month, Number(m[3]))
    : s;
}

const para = (children: TextRun[]) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
    children,
  });

export function signature(d: ReportDocument, textWidth: number): Table {
  const t = d.texts;
  const tanggal = t.tanggal.blank
    ? t.tanggal
    : { ...t.tanggal, text: tanggalText(t.tanggal.text) };
  const atasanNamed = !t.atasanNama.blank || !t.atasanJabatan.blank;
  const both = d.kind === "triwulan" || atasanNamed;
  const half = Math.floor(textWidth / 2);
  const cell = (children: Paragraph[]) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: NO_BORDERS,
      children,
    });
  const gap = () => [0, 1, 2, 3].map(() => para([]));
  const left = [
    [para([run("Mengetahui,")])],
    [para(filled(t.atasanJabatan, {}, SHORT_DOTS))],
    gap(),
    [para(filled(t.atasanNama, { bold: true, underline: {} }, SHORT_DOTS))],
    [para([run("NIP. "), ...filled(t.atasanNip, {}, SHORT_DOTS)])],
  ];
  const right = [
    [para([...filled(t.tempat, {}, 0), run(", "), ...filled(tanggal, {}, 0)])],
    [para(filled(t.jabatan, {}, SHORT_DOTS))],
    gap(),
    [para(filled(t.nama, { bold: true, underline: {} }, SHORT_DOTS))],
    [para([run("NIP. "), ...filled(t.nip, {}, SHORT_DOTS)])],
  ];
  // One row per line, so the two names stand level even when a position wraps onto two lines.
  const rows = right.map(
    (r, i) =>
      new TableRow({
        cantSplit: true,
        children: [cell(both ? left[i] : [para([])]), cell(r)],
      }),
  );
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
    rows,
  });
}
