// Unduh Laporan: the workbook in, the report's .docx bytes out. Platform-neutral: the caller reads the
// workbook and its settings store, and brings the rasteriser (resvg in Node, a canvas in the browser).
import { Packer } from "docx";
import { analyze } from "../core/analyze";
import { Settings } from "../core/capaian";
import { GridWorkbook } from "../core/grid";
import { Peta } from "../core/peta";
import { NarrativeDocument } from "../core/narrative/document";
import { buildNarrativeDocument, narrativeTexts } from "../core/narrative";
import { Analysis } from "../core/types";
import { ChartId, ChartSvg, anggaranChart, kinerjaChart } from "./charts";
import { ChartImage, laporanDocument } from "./docx";
import { ReportTable, reportTables } from "./tables";
import { ReportTexts, periodTexts, reportTexts } from "./texts";

/** SVG text → PNG bytes, `width`×`height` being the picture's size in CSS pixels. */
export type Rasterize = (
  svg: string,
  width: number,
  height: number,
) => Promise<Uint8Array>;

export interface LaporanOptions {
  rasterize: Rasterize;
  /** Hitung settings (polarity, efisiensi method), as for periksa/hitung. */
  settings?: Partial<Settings>;
  /** The settings store's values (`readStore(…).values`): cover and signature texts. */
  store?: Record<string, unknown>;
  /** Where the tables are, when the user says so (`--peta`); else the workbook's stored peta. */
  peta?: Peta;
}

export interface Laporan {
  /** The .docx file. */
  bytes: Uint8Array;
  analysis: Analysis;
  narrative: NarrativeDocument;
  tables: ReportTable[];
  texts: ReportTexts;
  charts: ChartImage[];
}

export const CHART_CAPTIONS: Record<ChartId, string> = {
  kinerja: "Grafik 3.1 Capaian Kinerja per Sasaran terhadap Target",
  anggaran: "Grafik 3.2 Realisasi terhadap Pagu Anggaran per Sub Kegiatan",
};

/** `Kepala Seksi … Kecamatan …` for the table titles, as far as the texts are filled. */
function tableUnit(t: ReportTexts): string {
  const who = !t.jabatan.blank
    ? t.jabatan.text
    : !t.unit.blank
      ? t.unit.text
      : "";
  const kec = t.kecamatan.blank ? "" : `Kecamatan ${t.kecamatan.text}`;
  return [who, kec].filter(Boolean).join(" ");
}

function tugasOf(store: Record<string, unknown>): string[] {
  const v = store["laporan.tugas"];
  return Array.isArray(v)
    ? v
        .filter((x): x is string => typeof x === "string" && x.trim() !== "")
        .map((x) => x.trim())
    : [];
}

export async function buildLaporan(
  grid: GridWorkbook,
  opts: LaporanOptions,
): Promise<Laporan> {
  const store = opts.store ?? {};
  const analysis = analyze(grid, opts.settings, { peta: opts.peta });
  const texts = reportTexts(store);
  // The whole narrative (2.2, 2.3, BAB III) whatever length Buat Narasi is set to; review notes stay apart.
  const narrative = buildNarrativeDocument(analysis, {
    panjang: "lengkap",
    texts: narrativeTexts(store),
  });
  const { triwulan, tahun } = periodTexts(analysis);
  const tables = reportTables(
    grid,
    analysis,
    tableUnit(texts),
    `Tahun ${tahun} - Triwulan ${triwulan}`,
    opts.peta,
  );
  const svgs = [kinerjaChart(analysis), anggaranChart(analysis)].filter(
    (c): c is ChartSvg => !!c,
  );
  const charts: ChartImage[] = [];
  for (const c of svgs)
    charts.push({
      id: c.id,
      caption: CHART_CAPTIONS[c.id],
      png: await opts.rasterize(c.svg, c.width, c.height),
      width: c.width,
      height: c.height,
      description: c.description,
    });
  const doc = laporanDocument({
    analysis,
    narrative,
    tables,
    charts,
    texts,
    tugas: tugasOf(store),
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  return { bytes, analysis, narrative, tables, texts, charts };
}

export { REPORT_TEXT_KEYS } from "./texts";
