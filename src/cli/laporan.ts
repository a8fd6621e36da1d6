// `npx lkjip laporan BERKAS.xlsx -o LAPORAN.docx`: the whole report as a Word document, from the grid the
// package reader gives (the same reader as every other command), written whole or not at all. The report stack
// (docx, ECharts, resvg) is loaded with this module, which the command table loads only for `laporan`.
import { GridWorkbook, Peta, Settings } from "../core";
import { readStore } from "../core/store";
import { buildLaporan } from "../report";
import { rasterizeWithResvg } from "../report/rasterize-node";
import type { Args, Io } from "./args";
import { analysed } from "./analysis";
import { outputRefused, writeOut } from "./output";
import { readFindings } from "./xlsx";

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

export async function runCommand(args: Args, io: Io): Promise<number> {
  const refused = await outputRefused(args, ".docx");
  if (refused) {
    io.err(refused);
    return 2;
  }
  const opened = await analysed(args, io, "apart");
  if (typeof opened === "number") return opened;
  const { wb, analysis, peta } = opened;
  const failed = await writeOut(args, () =>
    writeLaporan(wb.grid, args.settings, peta),
  );
  if (failed) {
    io.err(failed);
    return 2;
  }
  // What the reader could not read, and the doubtful figures, go to the officer, never into the report.
  const notes = [
    ...readFindings(wb.problems),
    ...analysis.findings.filter((f) => f.severity === "error"),
  ];
  if (notes.length)
    io.err(
      `Periksa sebelum ditandatangani:\n${notes.map((f) => `  ${f.sheet ?? ""}${f.cell ? "!" + f.cell : ""}  ${f.message}`).join("\n")}`,
    );
  // The same verdict the document prints: a DRAF on every page while error findings remain.
  const errors = analysis.findings.filter((f) => f.severity === "error").length;
  io.err(
    errors
      ? `Laporan DRAF ditulis ke ${args.out}: ${errors} angka perlu diperbaiki sebelum ditandatangani (Catatan Pemeriksaan di halaman terakhir laporan).`
      : `Laporan ditulis ke ${args.out}.`,
  );
  return opened.code;
}
