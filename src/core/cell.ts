// Cells as every layer names them: the cell a figure cites, the cell a finding points at, the cell Hitung Capaian
// writes. Their own module, below the reader and the checks, so that no layer has to look up to name a cell.
import { CellValue } from "./grid";
import { TableId } from "./tables";

/** A cell of the workbook a figure was read or computed from. */
export interface CellRef {
  sheet: string;
  /** A1 address. */
  cell: string;
}

/** Where a finding points: the sheet, the 0-based position and its A1 address; what the cell shows, its table. */
export interface CellAt {
  sheet: string;
  row: number;
  col: number;
  address: string;
  text?: string;
  table?: string;
}

/** A cell Hitung Capaian writes. */
export interface DerivedCell {
  table: TableId;
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** Column title, for the undo list and messages. */
  what: string;
  /** The value to write, percentages as fractions; null when there is nothing to write (a cell is never emptied). */
  value: number | null;
  numFmt: string;
  /** What the cell held before, kept for undo. */
  previous: { value: CellValue; text: string; numFmt?: string };
  /** False when the cell already shows this value: nothing to write. */
  changed: boolean;
}
