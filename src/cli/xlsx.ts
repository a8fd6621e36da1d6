// ExcelJS ⇄ the engine's grid: the Node side's only contact with .xlsx files.
import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import {
  Area,
  CellValue,
  DerivedCell,
  GridCell,
  GridSheet,
  GridWorkbook,
} from "../core";

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
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
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged cell's tail reports its master's value; the grid keeps it empty and lists the merge.
      if (cell.isMerged && cell.master !== cell) return;
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
  return { name: ws.name, top: 0, left: 0, cells, merges };
}

export function workbookToGrid(wb: ExcelJS.Workbook): GridWorkbook {
  return {
    sheets: wb.worksheets
      .filter((ws) => ws.state !== "veryHidden")
      .map(sheetToGrid),
  };
}

/** Writes derived cells into the workbook; a null value clears a stale one. Other cells stay as they are. */
export function applyDerived(
  wb: ExcelJS.Workbook,
  derived: DerivedCell[],
): number {
  let written = 0;
  for (const d of derived) {
    if (!d.changed) continue;
    const ws = wb.getWorksheet(d.sheet);
    if (!ws) continue;
    const cell = ws.getCell(d.row + 1, d.col + 1);
    cell.value = d.value;
    if (d.value !== null) cell.numFmt = d.numFmt;
    written++;
  }
  return written;
}

export class UnreadableFileError extends Error {}

export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    const st = await fs.stat(path);
    if (st.isDirectory())
      throw Object.assign(new Error("directory"), { code: "EISDIR" });
    await wb.xlsx.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new UnreadableFileError(`Berkas tidak ditemukan: ${path}`);
    if (code === "EISDIR")
      throw new UnreadableFileError(
        `${path} adalah folder, bukan berkas .xlsx`,
      );
    if (code === "EACCES")
      throw new UnreadableFileError(
        `Berkas tidak dapat dibuka (izin ditolak): ${path}`,
      );
    // Old .xls, .ods and .csv are common in offices: say how to get an .xlsx.
    const other = /\.(xls|xlsb|ods|csv)$/i.exec(path);
    const hint = other
      ? ` Berkas .${other[1].toLowerCase()} perlu disimpan ulang sebagai .xlsx (File › Simpan Sebagai › Buku Kerja Excel).`
      : "";
    throw new UnreadableFileError(
      `Berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx): ${path}.${hint}`,
    );
  }
  return wb;
}
