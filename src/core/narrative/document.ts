// The narrative as a document, not as finished strings: sections, paragraphs, lists, figures that know
// the cell they come from, table and chart placements, and review notes kept apart from the report's
// text. One renderer per output (plain text, the Narasi sheet, the task pane, .docx) turns it into output.

import type { CellRef } from "../cell";

// A cell reference belongs to every layer (the figures cite cells before there is a narrative): its home is
// ../cell.ts, named here too for the document's readers.
export type { CellRef } from "../cell";

/** A run of text inside a paragraph. */
export type Inline =
  | { kind: "text"; text: string }
  /** A number as written in the text (`Rp 600.000`, `22,22%`), with where it comes from. */
  | {
      kind: "figure";
      text: string;
      /** The exact value (money in rupiah, percentages as fractions), as a decimal string. */
      value: string | null;
      source: CellRef | null;
      /** What the value is: rupiah, a percentage (fraction), percentage points (fraction), or a quantity. */
      format?: "rupiah" | "persen" | "poin" | "angka";
      /** Unit written after a quantity (`dokumen`, `persen`). */
      unit?: string;
      /** Decimals the workbook shows this figure with; absent for a computed figure (figures.ts). */
      decimals?: number;
    }
  /** A foreign term the seed sets in italics (*time schedule*), rendered plain where there is no style. */
  | { kind: "emphasis"; text: string }
  /** A text the officer has not entered yet: a visible label to fill in by hand (`(jabatan atasan)`). */
  | { kind: "blank"; text: string };

export interface Paragraph {
  kind: "paragraph";
  content: Inline[];
}

/** A list; each item is its own blocks (a paragraph, possibly a nested list). */
export interface ListBlock {
  kind: "list";
  /** `1.`, `a.`, `(1)` or a bullet. */
  style: "numbered" | "lettered" | "parenthesized" | "bullet";
  items: Block[][];
}

/** Where a report table stands in the text (the .docx renderer sets the real table there). */
export interface TablePlacement {
  kind: "table";
  /** Role of the table in the default layout: "2.1", "2.2", "2.3", "3.1", "3.2". */
  table: string;
  caption: string;
}

/** Where a chart stands (rendered as an image with its caption where the output can hold one). */
export interface ChartPlacement {
  kind: "chart";
  chart: "kinerja" | "anggaran";
  caption: string;
}

/** A heading inside a chapter of the report (`1.1. Dasar Hukum Pembentukan`). */
export interface HeadingBlock {
  kind: "heading";
  /** Stable id, also the bookmark the Daftar Isi points at. */
  id: string;
  text: string;
}

/** Lines to write on by hand (a blank text, the atasan's response). */
export interface LinesBlock {
  kind: "lines";
  count: number;
}

/** Boxes to tick (2.5 Tanggapan Atasan Langsung). */
export interface ChecklistBlock {
  kind: "checklist";
  items: string[];
}

export type Block =
  | Paragraph
  | ListBlock
  | TablePlacement
  | ChartPlacement
  | HeadingBlock
  | LinesBlock
  | ChecklistBlock;

export interface Section {
  /** Stable id: "2.2", "2.3", "bab3" (the narrative's three sections, whatever their numbers). */
  id: string;
  /** Number as printed (`2.2.`, `BAB III`), empty when none. */
  number: string;
  title: string;
  blocks: Block[];
}

/** What to check before signing: never part of the report's text. */
export interface ReviewNote {
  code: string;
  severity: "error" | "warning" | "info";
  source: CellRef | null;
  text: string;
}

export interface NarrativeDocument {
  /** `Laporan Kinerja Triwulan I Tahun 2024`. */
  title: string;
  /** A quarterly report (seed: 2.2, 2.3, BAB III) or an annual LKjIP (3.1, 3.2, BAB IV: PermenPAN-RB 53/2014). */
  kind?: "triwulan" | "tahunan";
  /** `triwulan I tahun 2024`, `Tahun 2022`: the period as the text names it. */
  period?: string;
  sections: Section[];
  reviewNotes: ReviewNote[];
}
