// Changes made to a workbook's grid the way a user makes them in Excel: one cell, one row or one column at a time.
// Work on the engine's grid (no file round trip), so that a property can try hundreds of them in seconds.
import { Area, GridCell, GridSheet, GridWorkbook, parseA1 } from "../../src/core";

/** A deep copy, so that a mutation never touches the grid it came from. */
export function cloneGrid(wb: GridWorkbook): GridWorkbook {
  return {
    sheets: wb.sheets.map((s) => ({
      ...s,
      cells: s.cells.map((row) => (row ? row.map((c) => (c ? { ...c } : c)) : row)),
      merges: s.merges.map((m) => ({ ...m })),
    })),
  };
}

export function sheetOf(wb: GridWorkbook, name: string): GridSheet {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The cell at an absolute position (undefined when empty). */
export function cellAt(s: GridSheet, row: number, col: number): GridCell | undefined {
  return s.cells[row - s.top]?.[col - s.left] ?? undefined;
}

/** Puts a cell at an absolute position (null empties it). */
export function putCell(s: GridSheet, row: number, col: number, cell: GridCell | null): void {
  const r = row - s.top;
  while (s.cells.length <= r) s.cells.push([]);
  const line = (s.cells[r] ??= []);
  line[col - s.left] = cell;
}

/** Sets one cell by its A1 address. */
export function setCell(wb: GridWorkbook, sheet: string, address: string, cell: GridCell | null): void {
  const at = parseA1(address)!;
  putCell(sheetOf(wb, sheet), at.row, at.col, cell);
}

/** Excel's Delete Row: the rows below move up; a merge over the row shrinks, one inside it goes. */
export function deleteRow(wb: GridWorkbook, sheet: string, row: number): void {
  const s = sheetOf(wb, sheet);
  // A merge that starts on the row keeps what it shows: its content moves to the row below, its new first row.
  for (const m of s.merges)
    if (m.top === row && m.bottom > row) {
      putCell(s, row + 1, m.left, cellAt(s, row, m.left) ?? null);
    }
  s.cells.splice(row - s.top, 1);
  s.merges = s.merges
    .filter((m) => !(m.top === row && m.bottom === row))
    .map((m) => ({
      ...m,
      top: m.top > row ? m.top - 1 : m.top,
      bottom: m.bottom >= row ? m.bottom - 1 : m.bottom,
    }))
    .filter((m) => m.bottom > m.top || m.right > m.left);
}

/** Excel's Insert Column before `col`: the columns from `col` on move right; a merge across it widens. */
export function insertColumn(wb: GridWorkbook, sheet: string, col: number): void {
  const s = sheetOf(wb, sheet);
  const at = col - s.left;
  for (const row of s.cells) if (row && row.length > at) row.splice(at, 0, null);
  s.merges = s.merges.map((m) => ({
    ...m,
    left: m.left >= col ? m.left + 1 : m.left,
    right: m.right >= col ? m.right + 1 : m.right,
  }));
}

/** True when (row, col) lies in a merge wider than its own column (a parent label such as `Kinerja` over T, R, %). */
function inWideMerge(s: GridSheet, row: number, col: number): boolean {
  return s.merges.some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && m.right > m.left);
}

/**
 * Two columns can change places cleanly when every merge on either is matched on the other: the same one-column
 * merge at the same rows (`No` over two header rows), or a parent label merged over both (T and R under Kinerja).
 */
export function columnsSwappable(s: GridSheet, a: number, b: number): boolean {
  const touches = (m: Area, c: number) => m.left <= c && c <= m.right;
  for (const m of s.merges) {
    const ta = touches(m, a);
    const tb = touches(m, b);
    if (!ta && !tb) continue;
    if (m.right > m.left) {
      if (!(ta && tb)) return false;
      continue;
    }
    const other = ta ? b : a;
    if (!s.merges.some((n) => n.left === other && n.right === other && n.top === m.top && n.bottom === m.bottom)) return false;
  }
  return true;
}

/**
 * Cut-and-insert of two columns below their parent labels: the cells change places row by row, except in rows
 * where either cell sits under a label merged across several columns (that label stays where it is); merges
 * within one column move with it.
 */
export function swapColumns(
  wb: GridWorkbook,
  sheet: string,
  a: number,
  b: number,
  /** Move the cells under a wide merge too (the merge stays: a parent label may end up off its merge's first cell). */
  wholeColumns = false,
): void {
  const s = sheetOf(wb, sheet);
  const rows = Math.max(s.cells.length, ...s.merges.map((m) => m.bottom - s.top + 1));
  for (let i = 0; i < rows; i++) {
    const row = s.top + i;
    if (!wholeColumns && (inWideMerge(s, row, a) || inWideMerge(s, row, b))) continue;
    const x = cellAt(s, row, a) ?? null;
    const y = cellAt(s, row, b) ?? null;
    if (x || y) {
      putCell(s, row, a, y);
      putCell(s, row, b, x);
    }
  }
  s.merges = s.merges.map((m): Area => {
    if (m.left === a && m.right === a) return { ...m, left: b, right: b };
    if (m.left === b && m.right === b) return { ...m, left: a, right: a };
    return m;
  });
}
