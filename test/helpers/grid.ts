// Test helpers: the seed as a grid, with a change applied the way a user would make it in Excel.
import ExcelJS from "exceljs";
import { GridWorkbook, analyze, Settings, Analysis } from "../../src/core";
import { workbookToGrid } from "./exceljs-grid";
import { buildSeedWorkbook, SeedOptions } from "../fixtures/seed";

export function seedGrid(opts: SeedOptions = {}, mutate?: (wb: ExcelJS.Workbook) => void): GridWorkbook {
  const wb = buildSeedWorkbook(opts);
  mutate?.(wb);
  return workbookToGrid(wb);
}

export function seedAnalysis(opts: SeedOptions = {}, mutate?: (wb: ExcelJS.Workbook) => void, settings?: Partial<Settings>): Analysis {
  return analyze(seedGrid(opts, mutate), settings);
}

/** Sets a cell on a sheet of the seed workbook. */
export function set(wb: ExcelJS.Workbook, sheet: string, address: string, value: ExcelJS.CellValue, numFmt?: string): void {
  const cell = wb.getWorksheet(sheet)!.getCell(address);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

export const codes = (a: Analysis, severity?: string) =>
  a.findings.filter((f) => !severity || f.severity === severity).map((f) => `${f.code}@${f.sheet}!${f.cell}`);

/** A small grid from literal rows, for reader tests. */
export function gridOf(sheets: Record<string, (string | number | null)[][]>): GridWorkbook {
  return {
    sheets: Object.entries(sheets).map(([name, rows]) => ({
      name,
      top: 0,
      left: 0,
      merges: [],
      cells: rows.map((r) => r.map((v) => (v === null ? null : { value: v }))),
    })),
  };
}
