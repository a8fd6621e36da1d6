// What the pane and the ribbon need from the workbook they work on: today Excel (src/excel, the only Office.js code);
// a file read and patched in the browser is to be the second host (issue 20). Views and actions call this, never
// Office.js.
import * as excel from "../excel";

export type Host = Pick<
  typeof excel,
  | "associate"
  | "buatNarasi"
  | "canOfferDownload"
  | "diagnostikReport"
  | "diagnostikSummary"
  | "displayLanguage"
  | "ensureToolSheets"
  | "hidingClearsUndo"
  | "hitungCapaian"
  | "loadPeta"
  | "loadSettings"
  | "loadStoreValues"
  | "missingToolSheets"
  | "onReady"
  | "periksa"
  | "primeSheetList"
  | "readForLaporan"
  | "runDiagnostik"
  | "savePeta"
  | "saveSettings"
  | "saveStoreValues"
  | "selectCell"
  | "showPane"
  | "siapkanTabel"
  | "terapkan"
  | "undoDepth"
  | "urungkanLangkah"
>;

export const host: Host = excel;
