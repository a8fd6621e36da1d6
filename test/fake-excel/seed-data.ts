// The seed workbook (test/fixtures/seed.ts, built with ExcelJS) as data for the fake Excel host.
import { a1, GridWorkbook } from "../../src/core";
import { workbookToGrid } from "../helpers/exceljs-grid";
import { ReportSeed, SEED, buildSeedWorkbook, buildWorkbook } from "../fixtures/seed";
import type { FakeCell, FakeSheetData } from "./fake-office";

export function gridToFake(grid: GridWorkbook): FakeSheetData[] {
  return grid.sheets.map((s) => {
    const cells: Record<string, FakeCell> = {};
    s.cells.forEach((row, r) =>
      (row ?? []).forEach((c, col) => {
        if (!c) return;
        const v = c.value;
        const cell: FakeCell = typeof v === "object" && v !== null ? { error: v.error } : { value: v };
        if (c.numFmt && c.numFmt !== "General") cell.numFmt = c.numFmt;
        cells[a1(s.top + r, s.left + col)] = cell;
      }),
    );
    const merges = s.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
    return { name: s.name, cells, merges };
  });
}

/** The seed report as the finance officer keeps it (two typos, merged headers, figures as text). */
export function seedSheets(): FakeSheetData[] {
  return gridToFake(workbookToGrid(buildSeedWorkbook()));
}

/** The seed with every sasaran's name replaced (e.g. by markup, to check the pane shows it as text). */
export function seedSheetsNamed(name: string): FakeSheetData[] {
  const data: ReportSeed = { ...SEED, sasaran: SEED.sasaran.map((s, i) => ({ ...s, name: i === 0 ? name : s.name, name31: i === 0 ? name : s.name31 })) };
  return gridToFake(workbookToGrid(buildWorkbook(data)));
}
