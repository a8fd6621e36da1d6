// The add-in's own Urungkan: what a click replaced is kept in the very hidden sheet LKjIP_Urungkan (row 1 = newest),
// written BEFORE the click's changes (in the same sync, first), and put back exactly. Urungkan never deletes a sheet
// ("Worksheet.delete" has no undo and empties the user's undo stack:
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities), and never gets stuck: what
// cannot be put back (a sheet deleted since, an undo row that cannot be read) is skipped, named, and the row dropped.
import { columnLetters } from "../core";
import {
  CellSnapshot,
  UNDO_SHEET,
  UndoBatch,
  decodeUndo,
  encodeUndo,
} from "./cells";
import { run, userError } from "./capabilities";
import { NoteAt, removeNotes } from "./notes";
import { assertWritable } from "./protection";
import { SheetInfo, listSheets, rememberSheets, sheetInfos } from "./read";
import { rangeAt, writeText } from "./write";

/** Undo batches kept (one row each in the hidden sheet, newest in row 1). */
export const UNDO_DEPTH = 20;
const UNDO_COLS = "A1:Z1"; // column A: notes added; B…Z: the batch JSON in chunks

/** Pushes a batch onto the undo sheet (which ensureToolSheets made), dropping the oldest beyond UNDO_DEPTH. */
export function queueUndo(
  context: Excel.RequestContext,
  batch: UndoBatch,
): void {
  const ws = context.workbook.worksheets.getItem(UNDO_SHEET);
  const parts = encodeUndo(batch);
  if (parts.length > 25)
    throw userError(
      "UndoTooLarge",
      "Perubahan terlalu besar untuk disimpan sebagai satu langkah Urungkan; tidak ada yang diubah.",
    );
  ws.getRange("1:1").insert(Excel.InsertShiftDirection.down);
  const row = ws.getRange(`A1:${columnLetters(parts.length)}1`);
  row.numberFormat = [Array(parts.length + 1).fill("@")];
  row.values = [[JSON.stringify(batch.notes), ...parts]];
  ws.getRange(`${UNDO_DEPTH + 1}:${UNDO_DEPTH + 1}`).delete(
    Excel.DeleteShiftDirection.up,
  );
}

/** Records, in the newest batch's row, the notes added after it was pushed (same run, queued before the notes). */
export function queueUndoNotes(
  context: Excel.RequestContext,
  notes: NoteAt[],
): void {
  const a1 = context.workbook.worksheets.getItem(UNDO_SHEET).getRange("A1");
  a1.values = [[JSON.stringify(notes)]];
}

/**
 * Puts one cell back. Text goes in as text: under the format General Excel would turn `45%` or `1,234` back into
 * a number, so the cell is set to `@`, the text written, then its old format restored (which leaves text as text).
 */
function applySnapshot(
  context: Excel.RequestContext,
  s: CellSnapshot,
  sheet: string,
): void {
  const r = rangeAt(context, sheet, s.address);
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

/** What Urungkan did: the step's label, and what it could not put back (said to the user). */
export interface UndoOutcome {
  label: string;
  /** Sheets that no longer exist (renamed sheets are found again by their id), with how many cells were skipped. */
  skippedSheets: { sheet: string; cells: number }[];
  /** The newest undo row could not be read; it was dropped. */
  unreadable: boolean;
}

/** The current name of a snapshot's sheet: by its id first (a renamed sheet), then by its name; null when gone. */
function sheetResolver(infos: SheetInfo[]) {
  return (name: string, id?: string): string | null =>
    (id && infos.find((s) => s.id === id)?.name) ||
    infos.find((s) => s.name.toLowerCase() === name.toLowerCase())?.name ||
    null;
}

function parseNotes(raw: unknown): NoteAt[] {
  try {
    const list = JSON.parse(String(raw || "[]"));
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Restores a decoded batch on the sheets that still exist; returns what it had to skip. */
async function restore(
  context: Excel.RequestContext,
  batch: UndoBatch,
  notes: NoteAt[],
  infos: SheetInfo[],
): Promise<UndoOutcome["skippedSheets"]> {
  const where = sheetResolver(infos);
  const skipped = new Map<string, number>();
  const targets = new Set<string>();
  const cells = batch.cells.flatMap((s) => {
    const sheet = where(s.sheet, s.sheetId);
    if (!sheet) skipped.set(s.sheet, (skipped.get(s.sheet) ?? 0) + 1);
    else targets.add(sheet);
    return sheet ? [{ s, sheet }] : [];
  });
  const text = batch.sheetText ? where(batch.sheetText.sheet) : null;
  const created = batch.createdSheets
    .map((n) => where(n))
    .filter((n): n is string => !!n);
  for (const n of [text, ...created]) if (n) targets.add(n);
  assertWritable(infos, false, [...targets, UNDO_SHEET]);
  await removeNotes(
    context,
    notes
      .filter((n) => where(n.sheet))
      .map((n) => ({ ...n, sheet: where(n.sheet)! })),
  );
  for (const { s, sheet } of cells) applySnapshot(context, s, sheet);
  if (batch.sheetText && text) {
    const ws = context.workbook.worksheets.getItem(text);
    ws.getRange("A:A").clear(Excel.ClearApplyTo.contents);
    const rows = batch.sheetText.rows;
    if (rows.length) writeText(ws.getRange(`A1:A${rows.length}`), rows);
  }
  // A sheet the batch created is emptied, not deleted: deleting would empty Excel's own undo stack.
  // Whole sheet (values, formats, merges): Siapkan Tabel fills several columns, Narasi only column A.
  for (const name of created)
    context.workbook.worksheets
      .getItem(name)
      .getRange()
      .clear(Excel.ClearApplyTo.all);
  return [...skipped].map(([sheet, n]) => ({ sheet, cells: n }));
}

/** Urungkan: restores the newest batch (values, formulas, formats, fills, notes), then drops it; null when none. */
export async function urungkanLangkah(): Promise<UndoOutcome | null> {
  return run(async (context) => {
    const u = context.workbook.worksheets.getItemOrNullObject(UNDO_SHEET);
    u.load("name");
    const list = listSheets(context);
    await context.sync();
    if (u.isNullObject) return null;
    const infos = sheetInfos(list);
    rememberSheets(infos);
    const row = u.getRange(UNDO_COLS);
    row.load("values");
    await context.sync();
    const values = row.values[0];
    if (!values.slice(1).some((v) => v !== "" && v !== null)) return null;
    const batch = decodeUndo(values.slice(1));
    const outcome: UndoOutcome = batch
      ? {
          label: batch.label,
          skippedSheets: await restore(
            context,
            batch,
            parseNotes(values[0]),
            infos,
          ),
          unreadable: false,
        }
      : { label: "", skippedSheets: [], unreadable: true };
    u.getRange("1:1").delete(Excel.DeleteShiftDirection.up);
    await context.sync();
    return outcome;
  }, true);
}

/** Urungkan, for callers that need only the step's label (null: nothing to undo). */
export async function urungkan(): Promise<string | null> {
  const o = await urungkanLangkah();
  if (!o) return null;
  return o.unreadable ? "langkah yang tidak terbaca" : o.label;
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
