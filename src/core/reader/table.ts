// A found table: where its header is, which column plays which part, which parts are missing, and which rows
// are its body (down to a blank row, a caption, or the end of the sheet; a page break inside it is bridged).
import { SheetView } from "../grid";
import { displayText, noCachedResult } from "../number";
import { ColumnKey, ColumnSpec, TABLE_SPECS, TableId } from "../tables";
import { ColumnChoice } from "./columns";
import { HeaderMatch } from "./header";

export interface FoundTable {
  id: TableId;
  view: SheetView;
  foundBy: "sheet" | "caption" | "content" | "peta";
  /** Absolute rows of the header band (one or two rows). */
  headerRows: number[];
  /** Leftmost and rightmost header columns. */
  left: number;
  right: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** A figure that is the sum of several period columns (no total column): the columns summed. */
  sums: Partial<Record<ColumnKey, number[]>>;
  missing: ColumnSpec[];
  /** Header columns that play no part, with their labels. */
  unused: { col: number; label: string }[];
  choices: ColumnChoice[];
  /** Absolute rows of the body, blank rows left out. */
  rows: number[];
}

function rowIsBlank(
  view: SheetView,
  row: number,
  left: number,
  right: number,
): boolean {
  for (let c = left; c <= right; c++) {
    if (view.isMergedTail(row, c)) continue;
    const cell = view.raw(row, c);
    // A formula with no cached result holds an unknown value: the row is not blank.
    if (displayText(cell) !== "" || noCachedResult(cell)) return false;
  }
  return true;
}

const COLUMN_NUMBER = /^\(?(\d{1,2})\)?(?:\s*=.*)?$/;

/**
 * A row of column numbers (`1 2 3 4 5 6 7`, in any order, `(1)`, `6 = 5/4`): every cell a distinct small number,
 * at least three of them (two in a table of three columns or fewer). Never a row of the table's body (§9).
 */
export function isNumberingRow(
  view: SheetView,
  row: number,
  left: number,
  right: number,
): boolean {
  const seen = new Set<number>();
  for (let c = left; c <= right; c++) {
    if (view.isMergedTail(row, c)) continue;
    const t = displayText(view.raw(row, c));
    if (t === "") continue;
    const m = COLUMN_NUMBER.exec(t);
    const n = m ? Number(m[1]) : 0;
    if (!m || n < 1 || n > 40 || seen.has(n)) return false;
    seen.add(n);
  }
  return seen.size >= Math.min(3, right - left + 1) && seen.size >= 2;
}

/** Rows after a blank row that still belong to the table (the seed's page breaks inside 2.3 and 3.2). */
function continuesAfterBlank(
  t: {
    id: TableId;
    view: SheetView;
    columns: Partial<Record<ColumnKey, number>>;
  },
  row: number,
): boolean {
  const text = (k: ColumnKey) =>
    t.columns[k] === undefined
      ? ""
      : displayText(t.view.raw(row, t.columns[k]!));
  return TABLE_SPECS[t.id].continuation.some((rule) =>
    (Object.entries(rule) as [ColumnKey, RegExp][]).every(([k, re]) =>
      re.test(text(k)),
    ),
  );
}

/** The next row after a blank one that carries the table on (at most two blank rows between), or null. */
function continuationAfter(
  t: Omit<FoundTable, "rows">,
  blank: number,
  stopRows: Set<number>,
): number | null {
  let next = blank + 1;
  while (
    next <= t.view.lastRow &&
    next - blank <= 2 &&
    rowIsBlank(t.view, next, t.left, t.right)
  )
    next++;
  return next <= t.view.lastRow &&
    next - blank <= 2 &&
    !stopRows.has(next) &&
    continuesAfterBlank(t, next)
    ? next
    : null;
}

function bodyRows(
  t: Omit<FoundTable, "rows">,
  stopRows: Set<number>,
): number[] {
  const rows: number[] = [];
  for (
    let r = t.headerRows[t.headerRows.length - 1] + 1;
    r <= t.view.lastRow;
    r++
  ) {
    if (stopRows.has(r)) break;
    // Column numbers under the header, or again after a page break: never data.
    if (isNumberingRow(t.view, r, t.left, t.right)) continue;
    if (rowIsBlank(t.view, r, t.left, t.right)) {
      // A table ends at a blank row, unless the next non-blank row is plainly its continuation.
      const next = continuationAfter(t, r, stopRows);
      if (next === null) break;
      r = next - 1;
      continue;
    }
    rows.push(r);
  }
  return rows;
}

/** The required parts no column plays. */
export function missingOf(
  id: TableId,
  columns: Partial<Record<ColumnKey, number>>,
  sums: Partial<Record<ColumnKey, number[]>>,
): ColumnSpec[] {
  const spec = TABLE_SPECS[id];
  const has = (k: ColumnKey) => columns[k] !== undefined || !!sums[k];
  const missing = spec.columns.filter((s) => s.required && !has(s.key));
  // Rows may be named by one of several columns (3.1: sasaran, or indicators under sasaran heading rows).
  if (spec.names && !spec.names.some(has)) {
    const first = spec.columns.find((s) => s.key === spec.names![0]);
    if (first) missing.unshift(first);
  }
  return missing;
}

export function toTable(
  id: TableId,
  view: SheetView,
  foundBy: FoundTable["foundBy"],
  h: HeaderMatch,
  stopRows: Set<number>,
): FoundTable {
  const missing = missingOf(id, h.columns, h.sums);
  const base = {
    id,
    view,
    foundBy,
    headerRows: h.rows,
    left: h.left,
    right: h.right,
    columns: h.columns,
    sums: h.sums,
    missing,
    unused: h.unused,
    choices: h.choices,
  };
  return { ...base, rows: bodyRows(base, stopRows) };
}

/** The last row a table occupies: its last body row, else its header's last row. */
export function lastRowOf(t: FoundTable): number {
  return t.rows.length
    ? t.rows[t.rows.length - 1]
    : t.headerRows[t.headerRows.length - 1];
}
