// The add-in's own Urungkan: what a click replaced is kept in the very hidden sheet LKjIP_Urungkan (row 1 = newest),
// and put back exactly. Excel's undo stack is spared: the tool sheet is created (and hidden) in a run of its own,
// outside any undo group, and Urungkan never deletes a sheet ("Worksheet.delete" has no undo and empties the
// user's undo stack: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
import {
  CellSnapshot,
  UNDO_SHEET,
  UndoBatch,
  decodeUndo,
  encodeUndo,
} from "./cells";
import { errorCode, run } from "./capabilities";
import { removeNotes } from "./notes";
import { cachedSheets, rememberSheets } from "./read";
import { rangeAt, writeText } from "./write";
import { columnLetters } from "../core";

/** Undo batches kept (one row each in the hidden sheet, newest in row 1). */
export const UNDO_DEPTH = 20;
const UNDO_COLS = "A1:Z1"; // column A: notes added; B…Z: the batch JSON in chunks

/**
 * Creates a very hidden tool sheet when it is missing, in its own ungrouped run: Worksheet.visibility cannot be
 * undone on Windows and Mac, so inside a grouped run it would make Excel refuse the whole click (UndoNotSupported).
 * No sync at all when the cached sheet list already has it.
 */
export async function ensureToolSheet(name: string): Promise<void> {
  const cached = cachedSheets();
  if (cached?.some((s) => s.name === name)) return;
  await Excel.run(async (context) => {
    if (!cached) {
      const existing = context.workbook.worksheets.getItemOrNullObject(name);
      existing.load("name");
      await context.sync();
      if (!existing.isNullObject) return;
    }
    const ws = context.workbook.worksheets.add(name);
    // veryHidden: not listed in Excel's Unhide dialog, so users do not edit it by accident.
    ws.visibility = Excel.SheetVisibility.veryHidden;
    try {
      await context.sync();
    } catch (e) {
      if (errorCode(e) !== "ItemAlreadyExists") throw e;
    }
  });
  const now = cachedSheets();
  if (now && !now.some((s) => s.name === name))
    rememberSheets([...now, { name, visibility: "VeryHidden" }]);
}

/** Pushes a batch onto the undo sheet (which ensureToolSheet made), dropping the oldest beyond UNDO_DEPTH. */
export function queueUndo(
  context: Excel.RequestContext,
  batch: UndoBatch,
): void {
  const ws = context.workbook.worksheets.getItem(UNDO_SHEET);
  const parts = encodeUndo(batch);
  if (parts.length > 25)
    throw new Error(
      "Perubahan terlalu besar untuk disimpan sebagai satu langkah urungkan.",
    );
  ws.getRange("1:1").insert(Excel.InsertShiftDirection.down);
  const row = ws.getRange(`A1:${columnLetters(parts.length)}1`);
  row.numberFormat = [Array(parts.length + 1).fill("@")];
  row.values = [[JSON.stringify(batch.notes), ...parts]];
  ws.getRange(`${UNDO_DEPTH + 1}:${UNDO_DEPTH + 1}`).delete(
    Excel.DeleteShiftDirection.up,
  );
}

/** Records, in the newest batch's row, the notes added after it was pushed (same run, next sync). */
export function queueUndoNotes(
  context: Excel.RequestContext,
  notes: { sheet: string; address: string }[],
): void {
  const a1 = context.workbook.worksheets.getItem(UNDO_SHEET).getRange("A1");
  a1.values = [[JSON.stringify(notes)]];
}

/**
 * Puts one cell back. Text goes in as text: under the format General Excel would turn `45%` or `1,234` back into
 * a number, so the cell is set to `@`, the text written, then its old format restored (which leaves text as text).
 */
function applySnapshot(context: Excel.RequestContext, s: CellSnapshot): void {
  const r = rangeAt(context, s.sheet, s.address);
  if (s.kind === "cell") {
    const fmt = s.numFmt ?? "General";
    if (s.formula) {
      r.numberFormat = [[fmt]];
      r.formulas = [[s.formula]];
    } else if (typeof s.value === "string" && s.value !== "") {
      writeText(r, [s.value], fmt);
    } else {
      r.numberFormat = [[fmt]];
      r.values = [[s.value ?? ""]];
    }
  }
  if (s.fill === null) r.format.fill.clear();
  else if (typeof s.fill === "string") r.format.fill.color = s.fill;
}

/** Urungkan: restores the newest batch exactly (values, formulas, formats, fills, notes), then drops it. */
export async function urungkan(): Promise<string | null> {
  return run(async (context) => {
    const u = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
    u.load("name");
    await context.sync();
    if (u.isNullObject) return null;
    const row = u.getRange(UNDO_COLS);
    row.load("values");
    await context.sync();
    const values = row.values[0];
    const batch = decodeUndo(values.slice(1));
    if (!batch) return null;
    let notes: { sheet: string; address: string }[] = [];
    try {
      notes = JSON.parse(String(values[0] || "[]"));
    } catch {
      notes = [];
    }
    await removeNotes(context, notes);
    for (const s of batch.cells) applySnapshot(context, s);
    if (batch.sheetText) {
      const ws = context.workbook.worksheets.getItem(batch.sheetText.sheet);
      ws.getRange("A:A").clear(Excel.ClearApplyTo.contents);
      const rows = batch.sheetText.rows;
      if (rows.length) writeText(ws.getRange(`A1:A${rows.length}`), rows);
    }
    // A sheet the batch created is emptied, not deleted: deleting would empty Excel's own undo stack.
    // Whole sheet (values, formats, merges): Siapkan Tabel fills several columns, Narasi only column A.
    for (const name of batch.createdSheets)
      context.workbook.worksheets
        .getItem(name)
        .getRange()
        .clear(Excel.ClearApplyTo.all);
    u.getRange("1:1").delete(Excel.DeleteShiftDirection.up);
    await context.sync();
    return batch.label;
  }, true);
}

/** How many undo steps are stored (for enabling Urungkan). */
export async function undoDepth(): Promise<number> {
  return run(async (context) => {
    const u = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
    u.load("name");
    await context.sync();
    if (u.isNullObject) return 0;
    const col = u.getRange(`B1:B${UNDO_DEPTH}`);
    col.load("values");
    await context.sync();
    let depth = 0;
    for (const r of col.values ?? []) if (r[0] !== "" && r[0] !== null) depth++;
    return depth;
  });
}
