// What the engine hands out: derived cells to write, figures for the narrative, and the whole analysis.
import Decimal from "decimal.js";
import { Efisiensi, Polaritas, Settings } from "./capaian";
import { CellRef, DerivedCell } from "./cell";
import { Finding } from "./findings";
import { Period } from "./period";
import { TableId } from "./tables";

export type { DerivedCell } from "./cell";
export type { Period } from "./period";

/** A target or realisation as read: value (a fraction for `%`), unit (`%`, a word such as `dokumen`, or ""). */
export interface Quantity {
  value: Decimal;
  unit: string;
  /** Decimals as written (`95.56` → 2). */
  decimals: number;
  /** Upper bound of a range target. */
  high?: Decimal;
}

export interface SubFigures {
  index: number;
  label: string;
  name: string;
  indikator: string;
  pagu: Decimal | null;
  realisasi: Decimal | null;
  capaianAnggaran: Decimal | null;
  kinerja: Decimal | null;
  jadwal: string;
  /** Error findings on this sub kegiatan's cells. */
  doubtful: Finding[];
  /** The pagu the tables establish: a figure a finding marks wrong is put right (3.2's typo → 2.3's value). */
  paguResolved: Decimal | null;
  /** Realisasi / paguResolved. */
  capaianAnggaranResolved: Decimal | null;
  /** Figures not known because an input they depend on is invalid or missing: never stated (spec §4). */
  unknown?: ("realisasi" | "pagu")[];
  /** The cells the figures come from; a cell is absent when its column is absent. */
  sources: {
    pagu?: CellRef;
    anggaran?: CellRef;
    realisasi?: CellRef;
    capaianAnggaran?: CellRef;
    kinerja?: CellRef;
    jadwal?: CellRef;
  };
}

export interface SasaranFigures {
  index: number;
  name: string;
  indikator: string;
  kegiatan: string;
  target: string;
  realisasi: string;
  /** The unit from a Satuan column (`persen`, `dokumen`), for the narrative; "" when there is none. */
  satuan?: string;
  capaianKinerja: Decimal | null;
  predikat: string | null;
  pagu: Decimal | null;
  realisasiAnggaran: Decimal | null;
  capaianAnggaran: Decimal | null;
  efisiensi: Efisiensi | null;
  polaritas: Polaritas;
  subs: SubFigures[];
  doubtful: Finding[];
  /** Capaian kinerja from the Perjanjian Kinerja's target and 3.2's realisasi where the tables disagree. */
  capaianKinerjaResolved: Decimal | null;
  /** The predikat the report states: from the resolved capaian, and none on a quarterly report (verdicts.ts). */
  predikatResolved: string | null;
  /** Target and realisasi as quantities (units, decimals), null where absent or unreadable. */
  targetQty: Quantity | null;
  realisasiQty: Quantity | null;
  /** The pagu, realisasi, serapan and efisiensi the tables establish (figures a finding marks wrong put right). */
  paguResolved: Decimal | null;
  realisasiAnggaranResolved: Decimal | null;
  capaianAnggaranResolved: Decimal | null;
  efisiensiResolved: Efisiensi | null;
  /** Totals not known because an input they depend on is invalid or missing: never stated (spec §4). */
  unknown?: ("pagu" | "realisasiAnggaran")[];
  sources: {
    target?: CellRef;
    realisasi?: CellRef;
    capaianKinerja?: CellRef;
    pagu?: CellRef;
    anggaran?: CellRef;
    realisasiAnggaran?: CellRef;
    capaianAnggaran?: CellRef;
    efisiensi?: CellRef;
  };
}

export interface Analysis {
  findings: Finding[];
  derived: DerivedCell[];
  sasaran: SasaranFigures[];
  period: Period;
  settings: Settings;
  /** Where each table was found, for the pane and the command line. */
  tables: {
    id: TableId;
    found: boolean;
    sheet: string | null;
    header: string | null;
    rows: number;
    /** How it was found (§1): sheet name, caption, header content, or the user's peta. */
    foundBy?: "sheet" | "caption" | "content" | "peta";
    /** The caption line just above the header (`Tabel 19 Realisasi Anggaran …`), as written; absent when none. */
    caption?: string;
    /** Each column's part, for the pane: `Realisasi ← P "Jumlah"`; `cols` when the figure is a sum of columns. */
    columns?: { key: string; title: string; col: string; label: string }[];
    /** Header columns with no part: `not used: G "Ket"`. */
    unused?: { col: string; label: string }[];
  }[];
}
