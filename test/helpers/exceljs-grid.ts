// Test-side only: workbooks built in memory with ExcelJS (test/fixtures) handed to the engine as a grid, without
// a round trip through a file. The command line reads files with its own package reader (src/xlsx);
// test/xlsx-reader.test.ts checks that both give the same grid on every seed layout.
import ExcelJS from "exceljs";
import {
  Area,
  CellValue,
  GridCell,
  GridSheet,
  GridWorkbook,
  SETTINGS_SHEET,
  formatTanggal,
  isToolSheet,
} from "../../src/core";
import { readXlsx } from "../../src/xlsx";

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return v;
  // ExcelJS gives a date cell as a Date at UTC midnight: the text a reader of the report would write.
  if (v instanceof Date)
    return Number.isNaN(v.getTime())
      ? null
      : formatTanggal(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === "object") {
    if ("error" in v && v.error) return { error: String(v.error) };
    if ("richText" in v && Array.isArray(v.richText))
      return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const res = (v as ExcelJS.CellFormulaValue).result;
      return res === undefined ? null : valueOf(res as ExcelJS.CellValue);
    }
    if (
      "text" in v &&
      typeof (v as ExcelJS.CellHyperlinkValue).text === "string"
    )
      return (v as ExcelJS.CellHyperlinkValue).text;
  }
  return String(v);
}

function parseRange(ref: string): Area | null {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(
    ref.replace(/\$/g, "").toUpperCase(),
  );
  if (!m) return null;
  const col = (s: string) =>
    [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return {
    top: Number(m[2]) - 1,
    left: col(m[1]),
    bottom: Number(m[4]) - 1,
    right: col(m[3]),
  };
}

export function sheetToGrid(ws: ExcelJS.Worksheet): GridSheet {
  const cells: (GridCell | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: (GridCell | null)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      // A merged cell's tail reports its master's value; the grid keeps it empty and lists the merge.
      if (cell.isMerged && cell.master !== cell) return;
      // An empty cell matters only for its number format (a template's "Rp" or 0.00% on a derived column).
      if (cell.type === ExcelJS.ValueType.Null) {
        const fmt = cell.numFmt;
        if (fmt && fmt !== "General") out[c - 1] = { value: null, numFmt: fmt };
        return;
      }
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      out[c - 1] = {
        value: valueOf(cell.value),
        numFmt: cell.numFmt || undefined,
        ...(isFormula ? { formula: true } : {}),
      };
    });
    cells[r - 1] = out;
  });
  const merges = ((ws.model as { merges?: string[] }).merges ?? [])
    .map(parseRange)
    .filter((a): a is Area => !!a);
  const hidden = ws.state === "hidden" || ws.state === "veryHidden";
  return {
    name: ws.name,
    top: 0,
    left: 0,
    cells,
    merges,
    ...(hidden ? { hidden: true } : {}),
  };
}

/** Every sheet the engine may read: the user's (hidden ones flagged) and the settings store, not the undo sheet. */
export function workbookToGrid(wb: ExcelJS.Workbook): GridWorkbook {
  return {
    sheets: wb.worksheets
      .filter((ws) => ws.name === SETTINGS_SHEET || !isToolSheet(ws.name))
      .map(sheetToGrid),
  };
}

/** The same workbook as the command line reads it: written to a package and read back by src/xlsx. */
export async function packageGrid(wb: ExcelJS.Workbook): Promise<GridWorkbook> {
  return readXlsx(new Uint8Array(await wb.xlsx.writeBuffer())).grid;
}
