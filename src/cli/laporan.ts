// `npx lkjip laporan BERKAS.xlsx -o LAPORAN.docx`: the whole report as a Word document, from the grid the
// package reader gives (the same reader as every other command); run() writes it whole or not at all.
import { GridWorkbook, Peta, Settings } from "../core";
import { readStore } from "../core/store";
import { buildLaporan } from "../report";
import { rasterizeWithResvg } from "../report/rasterize-node";

export async function writeLaporan(
  grid: GridWorkbook,
  settings: Partial<Settings>,
  peta?: Peta,
): Promise<Uint8Array> {
  const laporan = await buildLaporan(grid, {
    rasterize: rasterizeWithResvg,
    settings,
    peta,
    store: readStore(grid).values,
  });
  return laporan.bytes;
}
