// The Office.js adapter: the only code that calls Excel.run or Office.context. Split by job:
// capabilities (what the host has, how a batch runs), read, write, notes, undo, settings, and the operations.
export {
  associate,
  canOfferDownload,
  capabilities,
  diagnostics,
  displayLanguage,
  hidingClearsUndo,
  onReady,
  showPane,
} from "./capabilities";
export {
  hitungCapaian,
  periksa,
  primeSheetList,
  selectCell,
  terapkan,
} from "./operations";
export type { HitungResult } from "./operations";
export { buatNarasi } from "./narasi";
export type { NarasiResult } from "./narasi";
export { resetSheetCache } from "./read";
export { siapkanTabel } from "./template";
export type { SiapkanResult } from "./template";
export { TOOL_SHEETS, ensureToolSheets, missingToolSheets } from "./tools";
export { UNDO_DEPTH, undoDepth, urungkan, urungkanLangkah } from "./undo";
export type { UndoOutcome } from "./undo";
export { NOTE_PREFIX } from "./notes";
export { FILLS } from "./write";
export {
  LEGACY_SETTINGS_KEY,
  SETTING_KEYS,
  loadPeta,
  loadSettings,
  savePeta,
  saveSettings,
  saveStoreValues,
} from "./settings";
export { loadStoreValues, readForLaporan } from "./laporan";
export type { LaporanRead } from "./laporan";
export type { LoadedSettings } from "./settings";
export {
  diagnostikReport,
  diagnostikSummary,
  runDiagnostik,
} from "./diagnostik";
export type { DiagLine, DiagResult, DiagStatus } from "./diagnostik";
