// Cell notes (ExcelApi 1.18) carrying a finding's message. A note of the user's is never replaced: each cell is
// looked up first, in the same sync as the cell writes, and the notes go in with the next sync of the SAME run,
// so with undo grouping the whole click stays one step in Excel's undo stack.
import { Finding, cellNoteText } from "../core";
import { notesOf } from "./capabilities";
import { sheetRef } from "./cells";

/** Notes the add-in writes start with this, so it never touches a note of the user's. */
export const NOTE_PREFIX = "LKjIP: ";

export type CellFinding = Finding & {
  sheet: string;
  cell: string;
  row: number;
  col: number;
};

export function cellFindings(list: Finding[]): CellFinding[] {
  return list.filter(
    (f): f is CellFinding =>
      !!f.sheet &&
      !!f.cell &&
      typeof f.row === "number" &&
      typeof f.col === "number",
  );
}

export interface NoteLookup {
  key: string;
  sheet: string;
  address: string;
  text: string;
  note: Excel.Note;
}

/** Queues a lookup of each finding cell's note; null when this Excel (or the loaded office.js) has no notes. */
export function queueNoteLookups(
  context: Excel.RequestContext,
  findings: CellFinding[],
): NoteLookup[] | null {
  const notes = notesOf(context);
  if (!notes || !findings.length) return null;
  const byCell = new Map<string, CellFinding[]>();
  for (const f of findings) {
    const key = `${sheetRef(f.sheet)}!${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  return [...byCell].map(([key, list]) => {
    const note = notes.getItemOrNullObject(key);
    note.load("content");
    return {
      key,
      sheet: list[0].sheet,
      address: list[0].cell,
      text: cellNoteText(list, NOTE_PREFIX),
      note,
    };
  });
}

/** After the lookup's sync: adds the missing notes, updates ours. Returns the notes added (for undo) and the count written. */
export function queueNotes(
  context: Excel.RequestContext,
  lookups: NoteLookup[],
): { added: { sheet: string; address: string }[]; written: number } {
  const notes = notesOf(context)!;
  const added: { sheet: string; address: string }[] = [];
  let written = 0;
  for (const l of lookups) {
    if (l.note.isNullObject) {
      notes.add(l.key, l.text);
      added.push({ sheet: l.sheet, address: l.address });
      written++;
    } else if (l.note.content.startsWith(NOTE_PREFIX)) {
      l.note.content = l.text;
      written++;
    }
  }
  return { added, written };
}

/** Urungkan: deletes the notes a batch added, if they are still ours. Two syncs only when there are notes. */
export async function removeNotes(
  context: Excel.RequestContext,
  list: { sheet: string; address: string }[],
): Promise<void> {
  const notes = notesOf(context);
  if (!notes || !list.length) return;
  const found = list.map((n) => {
    const note = notes.getItemOrNullObject(`${sheetRef(n.sheet)}!${n.address}`);
    note.load("content");
    return note;
  });
  await context.sync();
  for (const n of found)
    if (!n.isNullObject && n.content.startsWith(NOTE_PREFIX)) n.delete();
}
