// `npx lkjip laporan BERKAS.xlsx -o LAPORAN.docx`: the whole report as a Word document, written whole or not
// at all (writeFileAtomic) and never over the input workbook (run() checks that first).
import ExcelJS from "exceljs";
import { Peta, Settings } from "../core";
import { readStore } from "../core/store";
import { buildLaporan } from "../report";
import { rasterizeWithResvg } from "../report/rasterize-node";
import { workbookToGrid, writeFileAtomic } from "./xlsx";

export async function writeLaporan(
  wb: ExcelJS.Workbook,
  out: string,
  settings: Partial<Settings>,
  peta?: Peta,
): Promise<void> {
  const grid = workbookToGrid(wb);
  await writeFileAtomic(out, async () => {
    const laporan = await buildLaporan(grid, {
      rasterize: rasterizeWithResvg,
      settings,
      peta,
      store: readStore(grid).values,
    });
    return laporan.bytes;
  });
}
