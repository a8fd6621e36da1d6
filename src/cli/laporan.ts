// `npm run lkjip -- laporan BERKAS.xlsx -o LAPORAN.docx`: the whole report as a Word document.
// The file is written whole or not at all (a temporary file in the target folder, renamed into place),
// and never over the input workbook.
import fs from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { Settings, SETTINGS_SHEET, readStore } from "../core";
import { buildLaporan } from "../report";
import { rasterizeWithResvg } from "../report/rasterize-node";
import { sheetToGrid, workbookToGrid } from "./xlsx";

export interface LaporanResult {
  /** Error findings: the report is written, but these figures need a look before signing. */
  notes: string[];
  errors: number;
  unreadableKeys: string[];
}

/** The very hidden settings sheet's values (the grid for the engine leaves that sheet out). */
export function storeValues(wb: ExcelJS.Workbook): {
  values: Record<string, unknown>;
  unreadable: string[];
} {
  const ws = wb.getWorksheet(SETTINGS_SHEET);
  return ws
    ? readStore({ sheets: [sheetToGrid(ws)] })
    : { values: {}, unreadable: [] };
}

/** True when `out` is the input itself, also through a symlink or a hard link. */
export async function sameFile(input: string, out: string): Promise<boolean> {
  if (path.resolve(input) === path.resolve(out)) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(input), fs.stat(out)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** Writes `bytes` to `target` through a temporary file in the same folder, then renames it into place. */
export async function writeAtomic(
  target: string,
  bytes: Uint8Array,
): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`,
  );
  try {
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

export async function writeLaporan(
  wb: ExcelJS.Workbook,
  out: string,
  settings: Partial<Settings>,
): Promise<LaporanResult> {
  const store = storeValues(wb);
  const laporan = await buildLaporan(workbookToGrid(wb), {
    rasterize: rasterizeWithResvg,
    settings,
    store: store.values,
  });
  await writeAtomic(out, laporan.bytes);
  const errors = laporan.analysis.findings.filter(
    (f) => f.severity === "error",
  );
  return {
    notes: errors.map(
      (f) => `${f.sheet ?? ""}${f.cell ? "!" + f.cell : ""}  ${f.message}`,
    ),
    errors: errors.length,
    unreadableKeys: store.unreadable,
  };
}
