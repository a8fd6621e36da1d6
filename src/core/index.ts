// The engine's public face: adapters (Office.js, ExcelJS) and the UI import from here only.
export * from "./grid";
export { analyze, detectPeriod, effectiveSettings } from "./analyze";
export type { AnalyzeOptions } from "./analyze";
export {
  EMPTY_PETA,
  PETA_KEY,
  ROW_KINDS,
  assignColumns,
  assignRowKind,
  parsePeta,
  rowKey,
} from "./peta";
export type { ColumnChange, Peta, PetaTable, RowKind } from "./peta";
export { FORMAT_PERSEN, FORMAT_UANG } from "./format";
export type * from "./types";
export * from "./capaian";
export * from "./findings";
export {
  formatAngka,
  formatPersen,
  formatRupiah,
  formatTanggal,
  jumlahKata,
  terbilang,
} from "./format";
export { parseText, parseValue, displayText } from "./number";
export type { Parsed } from "./number";
export { TABLE_IDS, TABLE_SPECS } from "./tables";
export type { ColumnKey, TableId } from "./tables";
export * from "./narrative";
export type { NarrativeOptions as NarasiOptions } from "./narrative";
export { narasi, narasiParagraf } from "./render/narasi";
export {
  NOTES_HEADING,
  inlineText,
  renderText,
  reportRows,
  sheetRows,
} from "./render/text";
export type { TextOptions } from "./render/text";
export { cellNoteText, findingsJson, findingsTable } from "./render/findings";
export { default as Decimal } from "decimal.js";
export {
  SETTINGS_SHEET,
  SETTING_KEYS,
  TOOL_SHEET_PREFIX,
  isToolSheet,
  readStore,
  settingsFromStore,
  storeRows,
} from "./store";
export type { StoreRead } from "./store";
export { templateSheets } from "./template";
export type { TemplateSheet } from "./template";
