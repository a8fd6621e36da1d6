// What the pane's views and actions need from the workbook they work on. Two hosts implement it: Excel (src/excel,
// the only Office.js code; installed by the ribbon's entry, src/commands/commands.ts) and a file the web page holds
// (src/web/file-host.ts). Views and actions call `host`, never either one directly; where a host lacks a feature
// (selecting a cell, Urungkan, Diagnostik), its capabilities say so and the views leave the control out.
import type {
  Analysis,
  Finding,
  NarrativeDocument,
  NarrativeTexts,
  Peta,
  Settings,
} from "../core";
import type {
  DiagLine,
  DiagResult,
  LaporanRead,
  LoadedSettings,
  SiapkanResult,
  UndoOutcome,
} from "../excel";

export type { LaporanRead, LoadedSettings } from "../excel";

/** What a host can do beyond reading, checking and writing the workbook. */
export interface HostCapabilities {
  /** A finding's cell can be selected in the spreadsheet (the cell link). */
  selectCell: boolean;
  /** The add-in's own undo record (Urungkan). */
  undo: boolean;
  /** Siapkan Tabel: the five empty tables in new sheets. */
  siapkan: boolean;
  /** The Diagnostik of the spreadsheet program. */
  diagnostik: boolean;
  /** A ribbon whose first click may only start the runtime (office-js#5176): the start's notice. */
  ribbon: boolean;
  /** The workbook is a file held by the page: every change is made to its copy and offered as a download. */
  file: boolean;
}

export interface HitungOutcome {
  analysis: Analysis;
  /** Derived cells written. */
  written: number;
  /** Cells marked with a finding's fill (0 where the host paints none). */
  marked: number;
  /** The host refused the notes (its error code); values and fills stand. */
  notesFailed?: string;
  /** The file offered as a download (file host). */
  download?: string;
}

export interface NarasiOutcome {
  analysis: Analysis;
  paragraphs: string[];
  document: NarrativeDocument;
  /** The file offered as a download, with the Narasi sheet (file host, when asked). */
  download?: string;
}

export interface Host {
  capabilities: HostCapabilities;
  onReady(): Promise<unknown>;
  displayLanguage(): string;
  /** Associates a ribbon command (Office); a no-op elsewhere. */
  associate(
    id: string,
    handler: (event: Office.AddinCommands.Event) => void,
  ): void;
  showPane(): Promise<void>;
  canOfferDownload(): boolean;
  /** Making the add-in's hidden sheets empties the user's Ctrl+Z history (Excel on Windows and Mac). */
  hidingClearsUndo(): boolean;
  missingToolSheets(): Promise<string[]>;
  ensureToolSheets(): Promise<void>;
  primeSheetList(): Promise<void>;
  periksa(settings: Partial<Settings>): Promise<Analysis>;
  hitungCapaian(settings: Partial<Settings>): Promise<HitungOutcome>;
  buatNarasi(
    settings: Partial<Settings>,
    panjang?: "ringkas" | "lengkap",
    texts?: Partial<NarrativeTexts>,
  ): Promise<NarasiOutcome>;
  terapkan(f: Finding): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  siapkanTabel(): Promise<SiapkanResult>;
  undoDepth(): Promise<number>;
  urungkanLangkah(): Promise<UndoOutcome | null>;
  readForLaporan(): Promise<LaporanRead>;
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(s: Settings, texts?: Partial<NarrativeTexts>): Promise<void>;
  loadStoreValues(): Promise<Record<string, unknown>>;
  saveStoreValues(changes: Record<string, unknown>): Promise<void>;
  loadPeta(): Promise<Peta>;
  savePeta(peta: Peta): Promise<void>;
  runDiagnostik(onLine: (l: DiagLine) => void): Promise<DiagResult>;
  diagnostikSummary(lines: DiagLine[]): string;
  diagnostikReport(r: DiagResult, summary: string): string;
}

/**
 * The host the pane works on, installed once by the page's entry before anything else runs (a live binding: every
 * module that imported `host` sees it).
 */
export let host: Host;

export function useHost(h: Host): void {
  host = h;
}
