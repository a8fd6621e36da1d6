// Installing the fake Excel host as the globals Office and Excel, for the adapter and pane tests.
import { storeRows } from "../../src/core";
import * as excel from "../../src/excel";
import { FakeHost, FakeOptions, FakeSheetData, createFakeOffice } from "../fake-excel/fake-office";

const g = global as unknown as { Office: unknown; Excel: unknown };

/** The fake host with `sheets`, installed; the sheet list primed as the pane does when it loads. */
export async function installFake(opts: FakeOptions, sheets: FakeSheetData[], prime = true): Promise<FakeHost> {
  const f = createFakeOffice(sheets, opts);
  g.Office = f.Office;
  g.Excel = f.Excel;
  excel.resetSheetCache();
  if (prime) await excel.primeSheetList();
  f.host.syncs = 0;
  f.host.writes = [];
  f.host.runs = [];
  return f.host;
}

/** A settings sheet as the command line or an earlier session left it: keys in A, JSON in B, very hidden. */
export function storeSheet(values: Record<string, unknown>): FakeSheetData {
  const cells: FakeSheetData["cells"] = {};
  storeRows(values).forEach(([k, v], i) => {
    cells[`A${i + 1}`] = { value: k, numFmt: "@" };
    cells[`B${i + 1}`] = { value: v, numFmt: "@" };
  });
  return { name: "LKjIP_Pengaturan", visibility: "VeryHidden", cells };
}

/** The add-in's undo sheet, already there (a workbook the add-in worked on before). */
export const undoSheet = (): FakeSheetData => ({ name: "LKjIP_Urungkan", visibility: "VeryHidden", cells: {} });
