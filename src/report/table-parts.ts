// What a report table is (rows of printable cells) and what its builders share.
import { Field, Report } from "../core/model";
import { cleanText } from "../core/number";
import { TableId } from "../core/tables";
import { Analysis } from "../core/types";
import { CellText } from "./cells";

export type Align = "left" | "center" | "right";

export interface ReportCell {
  text: string;
  align?: Align;
  bold?: boolean;
  colSpan?: number;
  /** Cells of the rows below this one that it covers (vertical merge); those rows leave it out. */
  rowSpan?: number;
  /** No border above / below: the cell continues the one above / below it (a group's kegiatan). */
  openAbove?: boolean;
  openBelow?: boolean;
}

export interface ReportTable {
  id: TableId;
  /** `Tabel 2.1.` */
  caption: string;
  /** `Lembar Dokumen Perjanjian Kinerja …` */
  title: string;
  /** Relative widths (percent of the text width), one per column. */
  widths: number[];
  /** Header rows, repeated on every page. */
  header: ReportCell[][];
  body: ReportCell[][];
  /** Font size in points. */
  fontSize: number;
  /** False when the workbook has no such table (or an empty one): the report leaves it out and says so. */
  found: boolean;
  /** Set on a landscape page: ten columns of names and figures need the width (Tabel 3.2). */
  landscape?: boolean;
  /** Under the table: which figures were put right and what the workbook still says. */
  note?: string;
}

export interface TableParts {
  report: Report;
  a: Analysis;
  cells: CellText;
  found: (id: TableId) => boolean;
  withUnit: (t: string) => string;
  periodTitle: string;
}

export type SasaranRow = Report["sasaran"][number];

export const text = (f: Field | undefined) => (f ? cleanText(f.text) : "");

export const cell = (
  t: string,
  align: Align = "left",
  extra: Partial<ReportCell> = {},
): ReportCell => ({
  text: t,
  align,
  ...extra,
});

export const head = (t: string, extra: Partial<ReportCell> = {}) =>
  cell(t, "center", { bold: true, ...extra });

export const numbered = (f: Field | undefined, i: number) =>
  text(f) || `${i + 1}.`;

/** The sasaran rows that have a row in this table, with their index. */
export function rowsOf<T>(
  p: TableParts,
  pick: (s: SasaranRow) => T | undefined,
): { s: SasaranRow; i: number; r: T }[] {
  const out: { s: SasaranRow; i: number; r: T }[] = [];
  p.report.sasaran.forEach((s, i) => {
    const r = pick(s);
    if (r) out.push({ s, i, r });
  });
  return out;
}
