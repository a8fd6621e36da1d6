// The report's period as data: what the reader finds on the cover and in the titles, and what the analysis,
// the narrative and the report state (spec §9). Reading it is the reader's job (reader/period.ts).

export interface Period {
  triwulan: number | null;
  tahun: number | null;
  /** The realisasi run from the start of the year (`s.d. TW II`, `Kumulatif`): the text says so (§9). */
  cumulative?: boolean;
}

/** Where the period was stated, for a finding when two statements disagree. */
export interface PeriodMention {
  triwulan: number;
  sheet: string;
  row: number;
  col: number;
  text: string;
}

export interface PeriodRead extends Period {
  /** Every triwulan stated, in reading order (more than one value: the sources disagree). */
  mentions: PeriodMention[];
}
