// Cell notes (ExcelApi 1.18) carrying a finding's message, in the forms Microsoft documents ("excel-note-basics"
// sample, NoteCollection reference): Worksheet.notes.getItemOrNullObject("A1") to look a cell up and
// Workbook.notes.add(Range, text) to add one. A note of the user's is never replaced.
// Notes are their own step of a click, after the values and their undo record: if Excel refuses a note, the values
// stand, Urungkan can take them back, and the user is told the notes are missing.
import { Finding, cellNoteText } from "../core";
import { errorCode, notesOf } from "./capabilities";
import { rangeAt } from "./write";

/** Notes the add-in writes start with this, so it never touches a note of the user's. */
export const NOTE_PREFIX = "LKjIP: ";

export type CellFinding = Finding & {
  sheet: string;
  cell: string;
  row: number;
  col: number;
};

export type NoteAt = { sheet: string; address: string };

export function cellFindings(list: Finding[]): CellFinding[] {
  return list.filter(
    (f): f is CellFinding =>
      !!f.sheet &&
      !!f.cell &&
      typeof f.row === "number" &&
      typeof f.col === "number",
  );
}

/** Worksheet.notes.getItemOrNullObject(address), or null when the loaded script lacks Worksheet.notes. */
function noteAt(context: Excel.RequestContext, at: NoteAt): Excel.Note | null {
  const ws = context.workbook.worksheets.getItem(
    at.sheet,
  ) as Excel.Worksheet & {
    notes?: Excel.NoteCollection;
  };
  if (!ws.notes || typeof ws.notes.getItemOrNullObject !== "function")
    return null;
  const note = ws.notes.getItemOrNullObject(at.address);
  note.load("content");
  return note;
}

export interface NotesOutcome {
  /** Notes added (for the undo record) and notes written in all. */
  added: NoteAt[];
  written: number;
  /** Set when Excel refused: the values stand, the notes are missing. */
  failed?: string;
}

/**
 * The notes step of Hitung Capaian: looks each finding cell's note up (one sync), then adds the missing notes and
 * updates ours (one sync). `record` queues the undo record of the notes added, before they are added, so a refusal
 * halfway leaves no added note unrecorded. Where this Excel has no notes API, nothing at all.
 */
export async function writeNotes(
  context: Excel.RequestContext,
  findings: CellFinding[],
  record: (added: NoteAt[]) => void,
): Promise<NotesOutcome> {
  const notes = notesOf(context);
  const none: NotesOutcome = { added: [], written: 0 };
  if (!notes || !findings.length) return none;
  const byCell = new Map<string, CellFinding[]>();
  for (const f of findings) {
    const k = `${f.sheet}!${f.cell}`;
    byCell.set(k, [...(byCell.get(k) ?? []), f]);
  }
  try {
    const lookups = [...byCell.values()].map((list) => ({
      at: { sheet: list[0].sheet, address: list[0].cell },
      text: cellNoteText(list, NOTE_PREFIX),
      note: noteAt(context, { sheet: list[0].sheet, address: list[0].cell }),
    }));
    if (lookups.some((l) => !l.note)) return none;
    await context.sync();
    const added = lookups.filter((l) => l.note!.isNullObject).map((l) => l.at);
    const ours = lookups.filter(
      (l) => !l.note!.isNullObject && l.note!.content.startsWith(NOTE_PREFIX),
    );
    if (added.length) record(added);
    for (const l of lookups)
      if (l.note!.isNullObject)
        notes.add(rangeAt(context, l.at.sheet, l.at.address), l.text);
    for (const l of ours) l.note!.content = l.text;
    if (added.length || ours.length) await context.sync();
    return { added, written: added.length + ours.length };
  } catch (e) {
    return {
      ...none,
      failed: errorCode(e) || String((e as Error)?.message ?? e),
    };
  }
}

/** Urungkan: deletes the notes a batch added, if they are still ours. One lookup sync, only when there are notes. */
export async function removeNotes(
  context: Excel.RequestContext,
  list: NoteAt[],
): Promise<void> {
  if (!notesOf(context) || !list.length) return;
  const found = list.map((n) => noteAt(context, n));
  if (found.some((n) => !n)) return;
  await context.sync();
  for (const n of found)
    if (!n!.isNullObject && n!.content.startsWith(NOTE_PREFIX)) n!.delete();
}
