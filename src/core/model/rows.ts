// A found table's body as rows of Fields, and what a row says about itself: a total, a level label
// (`Kegiatan`, `Sub-Kegiatan :`), a heading naming the official. Blank rows never become objects.
import { GridCell } from "../grid";
import { cleanText } from "../number";
import { RowKind } from "../peta";
import { FoundTable } from "../reader";
import { ColumnKey, TableId } from "../tables";
import { normalizeLabel } from "../text";
import { Field } from "./field";

export type Row = Partial<Record<ColumnKey, Field>> & {
  row: number;
  table: TableId;
  sheet: string;
  /** For a row that could not be placed: its first non-empty cell outside the known columns. */
  other?: Field;
  /** For a row that could not be placed: why, when the reader knows (`nomor 1.b dipakai dua kali`). */
  why?: string;
};

/** The user's word on what a row is (peta), when there is one. */
export type KindOf = (r: Row) => RowKind | undefined;
export const noKinds: KindOf = () => undefined;

function field(t: FoundTable, row: number, col: number): Field {
  // A cell covered by a merge but not its top-left is empty for the body (the merge's value belongs to its first row).
  const cell = t.view.isMergedTail(row, col) ? undefined : t.view.raw(row, col);
  return new Field(t.id, t.view.name, row, col, cell);
}

export function rowOf(
  t: FoundTable,
  row: number,
  cols = Object.entries(t.columns) as [ColumnKey, number][],
  sums = Object.entries(t.sums) as [ColumnKey, number[]][],
): Row {
  const out: Row = { row, table: t.id, sheet: t.view.name };
  for (let i = 0; i < cols.length; i++)
    out[cols[i][0]] = field(t, row, cols[i][1]);
  if (sums.length) sumFields(t, row, sums, out);
  return out;
}

function sumFields(
  t: FoundTable,
  row: number,
  sums: [ColumnKey, number[]][],
  out: Row,
): void {
  for (const [key, parts] of sums) {
    const fields: Field[] = [];
    for (const c of parts) fields.push(field(t, row, c));
    out[key] = new Field(
      t.id,
      t.view.name,
      row,
      fields[0]?.col ?? 0,
      undefined,
      fields,
    );
  }
}

function blankAt(t: FoundTable, r: number, c: number): boolean {
  return t.view.isMergedTail(r, c) || isBlank(t.view.raw(r, c));
}

function isBlank(cell: GridCell | undefined): boolean {
  // A formula with no cached result holds an unknown value, not nothing.
  if (cell?.formula && cell.value === null) return false;
  const v = cell?.value;
  return (
    v === null || v === undefined || (typeof v === "string" && v.trim() === "")
  );
}

/** Text only in a column the layout does not use: the row, to be reported rather than dropped. */
function unmappedRow(t: FoundTable, r: number): Row | null {
  for (let c = t.left; c <= t.right; c++)
    if (!blankAt(t, r, c)) {
      const f = new Field(t.id, t.view.name, r, c, t.view.raw(r, c));
      return { row: r, table: t.id, sheet: t.view.name, other: f };
    }
  return null;
}

/** The table's body rows that hold anything in its mapped columns, as Rows (blank rows never become objects). */
export function rowsOf(t: FoundTable, unplaced?: Row[]): Row[] {
  const cols = Object.entries(t.columns) as [ColumnKey, number][];
  const sums = Object.entries(t.sums) as [ColumnKey, number[]][];
  const used: number[] = [
    ...cols.map(([, c]) => c),
    ...sums.flatMap(([, p]) => p),
  ];
  const out: Row[] = [];
  for (const r of t.rows) {
    const held = holds(t, r, used);
    if (held === "nothing") {
      const other = unplaced ? unmappedRow(t, r) : null;
      if (other) unplaced!.push(other);
      continue;
    }
    const row = rowOf(t, r, cols, sums);
    // Only formulas with no result: nothing to place it by (the formulas are reported where they sit).
    if (held === "unknown") unplaced?.push(row);
    else out.push(row);
  }
  return out;
}

/** What a row holds in the table's columns: something, nothing, or only formulas without a result. */
function holds(
  t: FoundTable,
  r: number,
  used: number[],
): "something" | "nothing" | "unknown" {
  let unknown = false;
  for (const c of used) {
    if (blankAt(t, r, c)) continue;
    const cell = t.view.raw(r, c);
    if (!(cell?.formula && cell.value === null)) return "something";
    unknown = true;
  }
  return unknown ? "unknown" : "nothing";
}

/** A cell's text with Word's white space normalised; "" for an absent cell. */
export const text = (f: Field | undefined) => (f ? cleanText(f.text) : "");

const MAYBE_TOTAL = /^\W*(jumlah|total|sub|rata)/i;
const TOTAL = /^(jumlah|total|sub total|subtotal|rata rata)\b/;
export const isTotalLabel = (s: string) =>
  MAYBE_TOTAL.test(s) && TOTAL.test(normalizeLabel(s));

/** A table whose rows are one sasaran each (2.1, 2.2): its rows, totals left out. */
export function plainRows(t: FoundTable | undefined, unplaced?: Row[]): Row[] {
  if (!t) return [];
  // Rows of formulas with no result go on to be reported; text outside the columns stays as before (unread).
  const odd: Row[] = [];
  const rows = rowsOf(t, odd);
  unplaced?.push(...odd.filter((r) => !r.other));
  return rows.filter((r) => !isTotalLabel(text(r.no) || text(r.sasaran)));
}

export function filledCount(r: Row): number {
  let n = 0;
  for (const v of Object.values(r))
    if (v instanceof Field && v.text !== "") n++;
  return n;
}

/** The row's first cell with text. */
export function firstFilled(r: Row): Field | undefined {
  return Object.values(r).find(
    (v): v is Field => v instanceof Field && v.text !== "",
  );
}

const LEVEL_WORDS = /kegiatan|program|sasaran/i;

/** A row whose only text is a level label (`Kegiatan`, `Sub-Kegiatan :`, `Sasaran Kegiatan :`). */
export function separatorKind(r: Row): "kegiatan" | "sub" | "sasaran" | null {
  // Cheap test first: this runs on every row of the table.
  const lead = text(r.no) || text(r.sasaran);
  if (!lead || lead.length > 40 || !LEVEL_WORDS.test(lead)) return null;
  if (filledCount(r) !== 1) return null;
  const only = firstFilled(r);
  if (!only || !LEVEL_WORDS.test(only.text) || only.text.length > 40)
    return null;
  const label = normalizeLabel(only.text);
  if (
    label === "kegiatan" ||
    label === "program" ||
    label === "program kegiatan"
  )
    return "kegiatan";
  if (label === "sub kegiatan" || label === "sasaran sub kegiatan")
    return "sub";
  if (
    label === "sasaran kegiatan" ||
    label === "sasaran" ||
    label === "sasaran program"
  )
    return "sasaran";
  return null;
}

/** A row with text only in the `Pejabat` column: a heading naming the official. */
export const isPejabatRow = (r: Row) =>
  !!r.pejabat && r.pejabat.text !== "" && filledCount(r) === 1;
