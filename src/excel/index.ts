// The Office.js adapter: the only code that calls Excel.run or Office.context. Split by job:
// capabilities (what the host has, how a batch runs), read, write, notes, undo, settings, and the operations.
export { associate, displayLanguage, onReady, showPane } from "./capabilities";
export {
  buatNarasi,
  hitungCapaian,
  periksa,
  primeSheetList,
  selectCell,
  terapkan,
} from "./operations";
export type { HitungResult, NarasiResult } from "./operations";
export { resetSheetCache } from "./read";
export { siapkanTabel } from "./template";
export type { SiapkanResult } from "./template";
export { UNDO_DEPTH, undoDepth, urungkan } from "./undo";
export { NOTE_PREFIX } from "./notes";
export { FILLS } from "./write";
export {
  LEGACY_SETTINGS_KEY,
  SETTING_KEYS,
  loadPeta,
  loadSettings,
  savePeta,
  saveSettings,
} from "./settings";
export type { LoadedSettings } from "./settings";
