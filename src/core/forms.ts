// Forms officers already fill, as the tools that export them lay them out (issue 19): which column plays which
// part, which columns are there but not used (and why), how rows nest (by SIPD code), which figure adds up which
// periods. Data only: the reader (reader/forms.ts) applies it the same way to every form; no form has code of
// its own. Each layout cites the file and commit it follows.
// The layouts themselves are in forms-sipd.ts and forms-esakip.ts, listed in form-layouts.ts.
import { ColumnKey, TableId } from "./tables";

/** What a row is, by the number of parts of its code (`7.01.02` program, `7.01.02.2.01` kegiatan). */
export type CodeLevel = "program" | "kegiatan" | "sub" | "jumlah";

/**
 * Where a form's column is. With a numbering row: its number there (`7`, the `12` of `12 = 8+9+10+11`) and the
 * words of the header cells over or under it (`k`, `volume`, `rp`), normalised. Without: its header label.
 */
export interface FormPlace {
  number?: number;
  under?: string[];
  label?: string;
}

export interface FormColumn extends FormPlace {
  part: ColumnKey;
  /** The column as messages name it. */
  title: string;
  /** Without it the form is not read as this form (a column deleted, a different export). */
  required?: boolean;
}

/** A figure read from its cumulative column (placed like a column), and the period columns it adds up (checked). */
export interface FormPeriods extends FormPlace {
  part: ColumnKey;
  title: string;
  kind: "triwulan" | "bulan";
  /** Why the cumulative column is the figure, as the form says it (`kolom 12 = 8+9+10+11`). */
  why: string;
  parts: (FormPlace & { n: number })[];
  /** The form states no period anywhere: the report's triwulan is the last one filled (Monev Renja). */
  givesPeriod?: boolean;
}

export interface FormLayout {
  id: string;
  /** The form as the findings name it. */
  title: string;
  /** Repository, commit and file the layout follows. */
  source: string;
  /** The table of the report whose part the form plays (3.2: pagu, realisasi, capaian per program, kegiatan, sub kegiatan); null: read, not checked. */
  role: TableId | null;
  /** Recognised by its numbering row: every one of these (spaces ignored) is a cell of that row … */
  numbering?: string[];
  /** … or by one header row holding every one of these labels (normalised). */
  labels?: string[];
  /** Header rows above and below the numbering (or label) row. */
  rowsAbove: number;
  rowsBelow: number;
  columns: FormColumn[];
  periods: FormPeriods[];
  /** Columns the form has that no check uses, and why (Renstra, plans, notes). */
  notUsed: (FormPlace & { why: string })[];
  /** The row's level from its SIPD code: in these columns (joined with `.`), or `[7.01.02]` at the start of its name. */
  codes?: {
    columns?: number[];
    inName?: boolean;
    levels: Record<number, CodeLevel>;
  };
  /** The column whose header states the year the form evaluates (`… Tahun Berjalan Tahun 2025 …`). */
  yearAt?: FormPlace;
  /** A number merged across several columns belongs to the last of them (the total row's figures under K and Rp). */
  figuresRight?: boolean;
  /** A row with figures and neither code nor label is the table's total (Monev's footer). */
  unlabelledTotal?: boolean;
  /** Percentages are printed ×100 without a `%` (PHP floats: `44.52`, `0.1`): a plain number is always points. */
  percentPoints?: boolean;
  /** Its realisasi runs from 1 January to the month or triwulan of the report (the RFK's realisasi keuangan). */
  fromJanuary?: boolean;
  /** The form does not export which indicators are negative: a capaian written by either formula is accepted, and said. */
  polarityFromCapaian?: boolean;
  /** For a form with no figures to check: what its rows are. */
  note?: string;
}

/** SIPD codes: urusan `7`, bidang `7.01`, program `7.01.02`, kegiatan `7.01.02.2.01`, sub kegiatan `7.01.02.2.01.0001`. */
export const SIPD_LEVELS: Record<number, CodeLevel> = {
  1: "jumlah",
  2: "jumlah",
  3: "program",
  5: "kegiatan",
  6: "sub",
};

/** `12 = 8+9+10+11` as the numbering row is compared: spaces dropped, lower case. */
export const numberingKey = (s: string) => s.replace(/\s+/g, "").toLowerCase();

/** The column number a numbering cell starts with (`12` of `12 = 8+9+10+11`, `7` of `(7)`), or null. */
export function numberingNumber(s: string): number | null {
  const m = /^\(?(\d{1,2})\)?(?:\s*=|$)/.exec(s.trim());
  return m ? Number(m[1]) : null;
}
