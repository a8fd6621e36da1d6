// The .xlsx/.xlsm package itself, read into the engine's grid and written back by patching only the cells
// Hitung computes; and the HTML table SIPD tools save as `.xls`, read as a table. Platform-neutral (no Node
// APIs): the command line and the web page both use it.
export { PackageError, readXlsx } from "./read";
export type { OpenedWorkbook, ReadProblem } from "./read";
export { openWorkbook } from "./open";
export type { Opened } from "./open";
export { htmlSheet, htmlText } from "./html-table";
export { gridToXlsx } from "./from-grid";
export { patchXlsx } from "./write";
export type { Patched } from "./write";
export { NARASI_SHEET, NarasiSheetError, writeNarasiSheet } from "./narasi";
export type { SheetCellPatch } from "./write";
export { notAWorkbook, readFindings, saveAsHint } from "./problems";
