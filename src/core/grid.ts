// The workbook as plain data: what both adapters (Office.js and ExcelJS) hand to the engine.

/** An Excel error value such as `#DIV/0!`. */
export interface ExcelError {
  error: string;
}

export type CellValue = number | string | boolean | null | ExcelError;

export interface GridCell {
  /** The cell's value (a formula's result for formula cells). */
  value: CellValue;
  /** What Excel displays, when the adapter knows it. */
  text?: string;
  /** The number format, e.g. `0%`, `#,##0`. */
  numFmt?: string;
  /** True when the cell holds a formula. */
  formula?: boolean;
}

/** A rectangle, 0-based and inclusive, in absolute sheet coordinates. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSheet {
  name: string;
  /** Absolute 0-based row/column of `cells[0][0]` (the used range may not start at A1). */
  top: number;
  left: number;
  /** Rows of cells; a missing or null entry is an empty cell. */
  cells: (GridCell | null | undefined)[][];
  merges: Area[];
  /** Hidden (or very hidden) in Excel: a visible sheet claiming the same table wins (spec §1). */
  hidden?: boolean;
}

export interface GridWorkbook {
  sheets: GridSheet[];
}

export function isExcelError(v: CellValue): v is ExcelError {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as ExcelError).error === "string"
  );
}

/** Column letters for a 0-based column index: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Parses `B12` into 0-based row/col; null when it is not a single-cell A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Reads cells by absolute coordinates, with merged areas resolved to their top-left cell. */
export class SheetView {
  // Keyed by row * 2^14 + col (Excel has at most 16,384 columns): no string per lookup.
  private readonly mergeOf = new Map<number, Area>();
  readonly lastCol: number;

  constructor(readonly sheet: GridSheet) {
    let w = 0;
    for (const row of sheet.cells) if (row && row.length > w) w = row.length;
    this.lastCol = sheet.left + w - 1;
    for (const m of sheet.merges) {
      // Large merges (whole-row titles) are few; indexing every covered cell keeps lookups O(1).
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++)
          this.mergeOf.set(r * 16384 + c, m);
      }
    }
  }

  get name(): string {
    return this.sheet.name;
  }
  get firstRow(): number {
    return this.sheet.top;
  }
  get lastRow(): number {
    return this.sheet.top + this.sheet.cells.length - 1;
  }
  get firstCol(): number {
    return this.sheet.left;
  }

  /** The cell stored at (row, col), ignoring merges. */
  raw(row: number, col: number): GridCell | undefined {
    const r = this.sheet.cells[row - this.sheet.top];
    const c = r ? r[col - this.sheet.left] : undefined;
    return c ?? undefined;
  }

  merge(row: number, col: number): Area | undefined {
    return this.mergeOf.size === 0
      ? undefined
      : this.mergeOf.get(row * 16384 + col);
  }

  /** The cell at (row, col); inside a merge, the merge's top-left cell. */
  cell(row: number, col: number): GridCell | undefined {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** True when (row, col) is covered by a merge but is not its top-left cell. */
  isMergedTail(row: number, col: number): boolean {
    const m = this.merge(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }
}
