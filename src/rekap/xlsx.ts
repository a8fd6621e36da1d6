// The recap as a new .xlsx file, written by hand (parts as text, zipped with fflate): the table with number formats,
// a frozen header and a filter, and a second sheet listing every finding of every workbook with its file, sheet and
// cell. Every text is an inline string (never a formula). Platform-neutral: the command line and the web page both
// write it. ExcelJS is not used: it is not in the page's bundle, and a small writer keeps the file as specified.
import { strToU8, zipSync } from "fflate";
import { columnLetters } from "../core";
import { RekapRow, STATUS_TEXT } from "./row";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Styles (cellXfs): default, header, whole number, rupiah, percent, wrapped text. */
const S = { text: 0, head: 1, int: 2, money: 3, pct: 4, wrap: 5 } as const;
type Style = (typeof S)[keyof typeof S];
type Value = string | number | null;
type Column = { title: string; width: number; style: Style };

/** Control characters (a vertical tab pasted from Word) as Excel keeps them: `_x000B_`. */
function controlsEscaped(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out +=
      c < 32 && c !== 9 && c !== 10 && c !== 13
        ? `_x${c.toString(16).toUpperCase().padStart(4, "0")}_`
        : s[i];
  }
  return out;
}

const esc = (s: string) =>
  controlsEscaped(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

function cell(ref: string, v: Value, s: Style): string {
  const style = s ? ` s="${s}"` : "";
  if (v === null || v === "") return s ? `<c r="${ref}"${style}/>` : "";
  if (typeof v === "number")
    return Number.isFinite(v) ? `<c r="${ref}"${style}><v>${v}</v></c>` : "";
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
}

/** One worksheet: header row frozen, a filter over the table, widths per column. */
function sheet(columns: Column[], rows: Value[][], selected: boolean): string {
  const last = columnLetters(columns.length - 1);
  const head = `<row r="1">${columns.map((c, i) => cell(`${columnLetters(i)}1`, c.title, S.head)).join("")}</row>`;
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 2}">${row.map((v, i) => cell(`${columnLetters(i)}${r + 2}`, v, columns[i].style)).join("")}</row>`,
    )
    .join("");
  const cols = columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${last}${rows.length + 1}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ` tabSelected="1"` : ""}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${head}${body}</sheetData>` +
    `<autoFilter ref="A1:${last}${rows.length + 1}"/></worksheet>`
  );
}

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
  `<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDEECF9"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The recap table: one row per workbook, each sasaran's capaian in a column of its own. */
export function rekapTable(rows: RekapRow[]): {
  columns: Column[];
  values: Value[][];
} {
  const n = Math.max(0, ...rows.map((r) => r.sasaran.length));
  const columns: Column[] = [
    { title: "Berkas", width: 32, style: S.text },
    { title: "Unit", width: 40, style: S.text },
    { title: "Unit menurut", width: 14, style: S.text },
    { title: "Periode", width: 16, style: S.text },
    { title: "Periode menurut", width: 14, style: S.text },
    { title: "Galat", width: 8, style: S.int },
    { title: "Peringatan", width: 11, style: S.int },
    ...Array.from({ length: n }, (_, i) => ({
      title: `Capaian sasaran ${i + 1}`,
      width: 12,
      style: S.pct,
    })),
    { title: "Total pagu (Rp)", width: 16, style: S.money },
    { title: "Total realisasi (Rp)", width: 16, style: S.money },
    { title: "Serapan", width: 10, style: S.pct },
    { title: "Status", width: 20, style: S.text },
    { title: "Alasan", width: 60, style: S.wrap },
  ];
  const values = rows.map((r): Value[] => [
    r.file,
    r.unit,
    r.unitFrom,
    r.period,
    r.periodFrom,
    r.galat,
    r.peringatan,
    ...Array.from({ length: n }, (_, i) => r.sasaran[i]?.capaian ?? null),
    r.pagu,
    r.realisasi,
    r.serapan,
    STATUS_TEXT[r.status],
    r.reason,
  ]);
  return { columns, values };
}

const TINGKAT = { error: "galat", warning: "peringatan", info: "info" };

function findingsTable(rows: RekapRow[]): {
  columns: Column[];
  values: Value[][];
} {
  const columns: Column[] = [
    { title: "Berkas", width: 32, style: S.text },
    { title: "Unit", width: 32, style: S.text },
    { title: "Tingkat", width: 11, style: S.text },
    { title: "Kode", width: 26, style: S.text },
    { title: "Lembar", width: 14, style: S.text },
    { title: "Sel", width: 7, style: S.text },
    { title: "Isi", width: 16, style: S.text },
    { title: "Seharusnya", width: 16, style: S.text },
    { title: "Pesan", width: 80, style: S.wrap },
  ];
  const values = rows.flatMap((r) =>
    r.findings.map((f): Value[] => [
      r.file,
      r.unit,
      TINGKAT[f.severity],
      f.code,
      f.sheet,
      f.cell,
      f.actual,
      f.expectedText,
      f.message,
    ]),
  );
  return { columns, values };
}

/** The recap workbook: sheet Rekap (the table) and sheet Temuan (every finding). */
export function rekapXlsx(rows: RekapRow[]): Uint8Array {
  const rekap = rekapTable(rows);
  const temuan = findingsTable(rows);
  const last = (t: { columns: Column[]; values: Value[][] }) =>
    `$${columnLetters(t.columns.length - 1)}$${t.values.length + 1}`;
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="Rekap" sheetId="1" r:id="rId1"/><sheet name="Temuan" sheetId="2" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Rekap!$A$1:${last(rekap)}</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Temuan!$A$1:${last(temuan)}</definedName></definedNames></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": sheet(rekap.columns, rekap.values, true),
    "xl/worksheets/sheet2.xml": sheet(temuan.columns, temuan.values, false),
  };
  // A fixed date in the zip entries: the same recap gives the same bytes.
  const mtime = new Date(2024, 0, 1);
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([k, v]) => [k, [strToU8(v), { mtime }]]),
    ),
    { level: 6 },
  );
}
