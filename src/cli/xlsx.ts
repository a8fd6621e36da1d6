// ExcelJS ⇄ the engine's grid: the Node side's only contact with .xlsx files.
import fs from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  Area,
  CellValue,
  DerivedCell,
  GridCell,
  GridSheet,
  GridWorkbook,
  SETTINGS_SHEET,
  formatTanggal,
  isToolSheet,
  storeRows,
} from "../core";

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

/**
 * Writes derived cells into the workbook. Only the cell itself: ExcelJS shares one style object between cells
 * of the same style, so the cell gets a style object of its own before its number format changes.
 */
export function applyDerived(
  wb: ExcelJS.Workbook,
  derived: DerivedCell[],
): number {
  let written = 0;
  for (const d of derived) {
    // The engine never empties a cell here (spec §5); a null is nothing to write.
    if (!d.changed || d.value === null) continue;
    const ws = wb.getWorksheet(d.sheet);
    if (!ws) continue;
    if (writeOwn(ws.getCell(d.row + 1, d.col + 1), d.value, d.numFmt))
      written++;
  }
  return written;
}

/** A value and number format into this cell only (a fresh style object); a user's formula is never replaced. */
function writeOwn(cell: ExcelJS.Cell, value: number, numFmt: string): boolean {
  if (cell.type === ExcelJS.ValueType.Formula) return false;
  cell.style = { ...cell.style, numFmt };
  cell.value = value;
  return true;
}

/**
 * Writes settings into the workbook's store sheet (very hidden, created when absent), values as text cells so
 * that nothing becomes a formula; keys already there and not given are kept.
 */
export function writeStore(
  wb: ExcelJS.Workbook,
  values: Record<string, unknown>,
  existing: Record<string, unknown> = {},
): void {
  const old = wb.getWorksheet(SETTINGS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  storeRows({ ...existing, ...values }).forEach((row, i) =>
    row.forEach((text, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      cell.numFmt = "@";
      cell.value = text;
    }),
  );
}

export class UnreadableFileError extends Error {}

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    const st = await fs.stat(file);
    if (st.isDirectory())
      throw Object.assign(new Error("directory"), { code: "EISDIR" });
    await wb.xlsx.readFile(file);
    // .ods and .xlsb are zip packages too: ExcelJS may open them without complaint and find no sheet.
    if (wb.worksheets.length === 0) throw new Error("no worksheet");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new UnreadableFileError(`Berkas tidak ditemukan: ${file}`);
    if (code === "EISDIR")
      throw new UnreadableFileError(
        `${file} adalah folder, bukan berkas .xlsx`,
      );
    if (code === "EACCES" || code === "EPERM")
      throw new UnreadableFileError(
        `Berkas tidak dapat dibuka (izin ditolak): ${file}`,
      );
    // Old .xls, .xlsb, .ods and .csv are common in offices: say how to get an .xlsx.
    const other = /\.(xls|xlsb|ods|csv)$/i.exec(file);
    const hint = other
      ? ` Berkas .${other[1].toLowerCase()} perlu disimpan ulang sebagai .xlsx (File › Simpan Sebagai › Buku Kerja Excel).`
      : "";
    throw new UnreadableFileError(
      `Berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx): ${file}.${hint}`,
    );
  }
  return wb;
}

/** The output could not be written; the message is one line for the user. */
export class OutputError extends Error {}

async function realpathOrNull(p: string): Promise<string | null> {
  try {
    return await fs.realpath(p);
  } catch {
    return null;
  }
}

/** The real path a file has or would have (its folder resolved when the file does not exist yet). */
async function realTarget(p: string): Promise<string> {
  const real = await realpathOrNull(p);
  if (real) return real;
  const dir = await realpathOrNull(path.dirname(p));
  return dir ? path.join(dir, path.basename(p)) : path.resolve(p);
}

/** True when both paths name one file: through symlinks (real paths) or hard links (device + inode). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await realTarget(a)) === (await realTarget(b))) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function outputMessage(e: unknown, out: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why: Record<string, string> = {
    ENOSPC: "disk penuh",
    EDQUOT: "kuota disk habis",
    EACCES: "izin ditolak",
    EPERM: "izin ditolak",
    EROFS: "disk hanya dapat dibaca",
    ENOENT: `folder ${path.dirname(out)} tidak ada`,
    ENOTDIR: `folder ${path.dirname(out)} tidak ada`,
    EISDIR: "itu sebuah folder",
  };
  const reason = (code && why[code]) ?? code ?? (e as Error).message;
  return `Berkas keluaran tidak dapat ditulis: ${out} (${reason}); tidak ada berkas yang ditulis.`;
}

/**
 * Writes the workbook whole or not at all: a temporary file in the target's folder, renamed into place. A symlink
 * as output keeps pointing where it did (its target is replaced). On failure the temporary file is removed.
 */
export async function writeXlsxAtomic(
  wb: ExcelJS.Workbook,
  out: string,
): Promise<void> {
  const target = await realTarget(out);
  const tmp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`,
  );
  let created = false;
  try {
    if ((await fs.stat(target).catch(() => null))?.isDirectory())
      throw Object.assign(new Error("directory"), { code: "EISDIR" });
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    created = true;
    await fs.writeFile(tmp, data, { flag: "wx" });
    await fs.rename(tmp, target);
  } catch (e) {
    if (created) await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new OutputError(outputMessage(e, out));
  }
}
