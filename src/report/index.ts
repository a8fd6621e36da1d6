// Unduh Laporan: the workbook in, the report's .docx bytes out. Platform-neutral: the caller reads the
// workbook and its settings store, and brings the rasteriser (resvg in Node, a canvas in the browser).
import { Packer } from "docx";
import { analyze } from "../core/analyze";
import { Settings } from "../core/capaian";
import { GridWorkbook } from "../core/grid";
import { Peta } from "../core/peta";
import { NarrativeDocument } from "../core/narrative/document";
import { narrativeTexts } from "../core/narrative/texts";
import {
  ReportDocument,
  buildReportDocument,
} from "../core/narrative/report-document";
import { whoReports } from "../core/narrative/report-chapters";
import { ReportTexts, reportTexts } from "../core/narrative/report-texts";
import { Analysis } from "../core/types";
import { ChartId, ChartSvg, anggaranChart, kinerjaChart } from "./charts";
import { ChartImage, laporanDocument } from "./docx";
import { ReportTable, reportTables } from "./tables";
import { fixPackage } from "./word/package";

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
  /** The settings store's values (`readStore(…).values`): cover, signature and chapter texts. */
  store?: Record<string, unknown>;
  /** Where the tables are, when the user says so (`--peta`); else the workbook's stored peta. */
  peta?: Peta;
}

export interface Laporan {
  /** The .docx file. */
  bytes: Uint8Array;
  analysis: Analysis;
  report: ReportDocument;
  narrative: NarrativeDocument;
  tables: ReportTable[];
  texts: ReportTexts;
  charts: ChartImage[];
}

export const CHART_CAPTIONS: Record<ChartId, string> = {
  kinerja: "Grafik 3.1 Capaian Kinerja terhadap Target",
  anggaran: "Grafik 3.2 Capaian Anggaran per Sub Kegiatan",
};

/** `Tahun 2024 - Triwulan I` / `Tahun 2020` under Tabel 3.2's title, as the seed writes it. */
function periodTitle(a: Analysis): string {
  const roman = ["", "I", "II", "III", "IV"];
  const { triwulan, tahun } = a.period;
  return [
    tahun ? `Tahun ${tahun}` : "",
    triwulan ? `Triwulan ${roman[triwulan]}` : "",
  ]
    .filter(Boolean)
    .join(" - ");
}

async function chartImages(
  a: Analysis,
  rasterize: Rasterize,
): Promise<ChartImage[]> {
  const svgs = [kinerjaChart(a), anggaranChart(a)].filter(
    (c): c is ChartSvg => !!c,
  );
  const out: ChartImage[] = [];
  for (const c of svgs)
    out.push({
      id: c.id,
      caption: CHART_CAPTIONS[c.id],
      png: await rasterize(c.svg, c.width, c.height),
      width: c.width,
      height: c.height,
      description: c.description,
    });
  return out;
}

export async function buildLaporan(
  grid: GridWorkbook,
  opts: LaporanOptions,
): Promise<Laporan> {
  const store = opts.store ?? {};
  const analysis = analyze(grid, opts.settings, { peta: opts.peta });
  const texts = reportTexts(store);
  const report = buildReportDocument(analysis, texts, narrativeTexts(store));
  const unit = texts.jabatan.blank && texts.unit.blank ? "" : whoReports(texts);
  const tables = reportTables(
    grid,
    analysis,
    unit,
    periodTitle(analysis),
    opts.peta,
  );
  const charts = await chartImages(analysis, opts.rasterize);
  const doc = laporanDocument({ report, tables, charts });
  const bytes = await fixPackage(await Packer.toArrayBuffer(doc));
  return {
    bytes,
    analysis,
    report,
    narrative: report.narrative,
    tables,
    texts,
    charts,
  };
}

export { REPORT_TEXT_KEYS } from "./texts";
