// A new, minimal .xlsx package from a grid: what a file that is not a workbook package (an HTML table saved as
// .xls) becomes, so that reading, Hitung's patching writer and the report treat it as any other workbook.
// Text cells as inline strings, numbers as numbers, merges kept; nothing else (no styles beyond the default).
import { GridCell, GridWorkbook, a1, isExcelError } from "../core";
import { escapeXml } from "./xml";
import { ZipArchive, writeZip } from "./zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Control characters XML cannot hold (tab, line feed and carriage return it can), as Excel escapes them. */
function escapeControls(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out +=
      c < 32 && c !== 9 && c !== 10 && c !== 13
        ? `_x${c.toString(16).toUpperCase().padStart(4, "0")}_`
        : ch;
  }
  return out;
}

/** Text as a cell's XML keeps it: control characters and a literal `_xHHHH_` escaped the way Excel does. */
function cellString(s: string): string {
  return escapeXml(
    escapeControls(s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")),
  );
}

function cellXml(ref: string, cell: GridCell): string {
  const v = cell.value;
  if (v === null) return "";
  if (typeof v === "number")
    return Number.isFinite(v) ? `<c r="${ref}"><v>${v}</v></c>` : "";
  if (typeof v === "boolean")
    return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isExcelError(v))
    return `<c r="${ref}" t="e"><v>${escapeXml(v.error)}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${cellString(v)}</t></is></c>`;
}

function sheetXml(sheet: GridWorkbook["sheets"][number]): string {
  const rows: string[] = [];
  sheet.cells.forEach((row, i) => {
    const r = sheet.top + i;
    const cells = (row ?? [])
      .map((cell, j) => (cell ? cellXml(a1(r, sheet.left + j), cell) : ""))
      .join("");
    if (cells) rows.push(`<row r="${r + 1}">${cells}</row>`);
  });
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges
        .map(
          (m) =>
            `<mergeCell ref="${a1(m.top, m.left)}:${a1(m.bottom, m.right)}"/>`,
        )
        .join("")}</mergeCells>`
    : "";
  return `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows.join("")}</sheetData>${merges}</worksheet>`;
}

const STYLES = `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The parts of a package holding the grid's sheets, by part name. */
function parts(grid: GridWorkbook): [string, string][] {
  const sheets = grid.sheets.map((s, i) => ({ s, n: i + 1 }));
  const types = sheets
    .map(
      ({ n }) =>
        `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  return [
    [
      "[Content_Types].xml",
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${types}</Types>`,
    ],
    [
      "_rels/.rels",
      `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
        .map(
          ({ s, n }) =>
            `<sheet name="${escapeXml(s.name)}" sheetId="${n}" r:id="rId${n}"/>`,
        )
        .join("")}</sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${DECL}<Relationships xmlns="${PKG_REL}">${sheets
        .map(
          ({ n }) =>
            `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`,
        )
        .join(
          "",
        )}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    ["xl/styles.xml", STYLES],
    ...sheets.map(({ s, n }): [string, string] => [
      `xl/worksheets/sheet${n}.xml`,
      sheetXml(s),
    ]),
  ];
}

const EMPTY: ZipArchive = {
  bytes: new Uint8Array(0),
  entries: [],
  directoryOffset: 0,
  comment: new Uint8Array(0),
};

/** The grid as the bytes of a new .xlsx package. */
export function gridToXlsx(grid: GridWorkbook): Uint8Array {
  const enc = new TextEncoder();
  return writeZip(
    EMPTY,
    new Map(),
    parts(grid).map(([name, text]) => ({ name, data: enc.encode(text) })),
  );
}
