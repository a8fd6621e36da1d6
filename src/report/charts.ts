// The report's two charts, drawn by ECharts' server-side SVG renderer: no browser and no DOM needed, so the
// command line and the task pane draw the same picture. Rasterising to PNG is the caller's (resvg in Node, a
// canvas in the browser), because Word cannot be relied on to show SVG. Drawn at the size they print (the
// text width, 14 cm), so 12 px text prints at 9 pt; two greys far apart, so they read in black and white.
import { EChartsOption, init } from "./echarts-lib";
import Decimal from "decimal.js";
import { formatAngka } from "../core/format";
import { persenText } from "../core/narrative/figures";
import { subName } from "../core/narrative/context";
import { Analysis, SasaranFigures } from "../core/types";

export type ChartId = "kinerja" | "anggaran";

export interface ChartSvg {
  id: ChartId;
  svg: string;
  /** Size of the picture in CSS pixels (the rasteriser may render it denser). */
  width: number;
  height: number;
  /** Alternative text: what the chart shows, in words. */
  description: string;
}

/** Families present on Debian after LibreOffice (Liberation, DejaVu) and on Windows (Arial). */
export const CHART_FONT = "Liberation Sans, Arial, DejaVu Sans, sans-serif";
/** 14 cm at 96 px per inch: the width between the margins, so the picture prints at its own size. */
export const CHART_WIDTH = Math.round((140 / 25.4) * 96);
/** Text size in px: 12 px print at 9 pt. */
const FONT_PX = 12;
const DARK = "#404040";
const LIGHT = "#d0d0d0";
/** Characters per line and lines per category label. */
const LABEL_CHARS = 34;
const LABEL_LINES = 3;
const LINE_PX = 15;

const num = (d: Decimal | null) => (d ? d.toNumber() : 0);

function render(option: EChartsOption, width: number, height: number): string {
  const chart = init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: FONT_PX, color: "#000" },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** A name wrapped to the label's width, cut with `…` after its last line; the table beside it has it whole. */
export function wrapLabel(
  name: string,
  chars = LABEL_CHARS,
  lines = LABEL_LINES,
): string {
  const out: string[] = [];
  let line = "";
  for (const w of name.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + w.length > chars) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out.join("\n");
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1].slice(0, chars - 1).trimEnd()}…`;
  return kept.join("\n");
}

/** One horizontal bar chart of percentages: a light bar for the 100% mark behind each dark value bar. */
function percentBars(
  labels: string[],
  values: number[],
  texts: string[],
  legend: [string, string],
): { svg: string; height: number } {
  const lines = Math.max(1, ...labels.map((l) => l.split("\n").length));
  const row = Math.max(34, lines * LINE_PX + 12);
  const height = 70 + row * labels.length;
  const max = Math.max(100, ...values);
  const svg = render(
    {
      legend: { bottom: 0, data: legend, textStyle: { fontSize: FONT_PX } },
      grid: { left: 8, right: 62, top: 10, bottom: 48, containLabel: true },
      xAxis: {
        type: "value",
        max: Math.ceil(max / 20) * 20,
        axisLabel: {
          formatter: (v: number) => `${v}%`,
          fontSize: FONT_PX,
          color: "#000",
        },
      },
      yAxis: {
        type: "category",
        data: labels,
        inverse: true,
        axisLabel: {
          fontSize: FONT_PX,
          lineHeight: LINE_PX,
          align: "right",
          color: "#000",
        },
      },
      series: [
        {
          name: legend[0],
          type: "bar",
          data: labels.map(() => 100),
          itemStyle: { color: LIGHT },
          barGap: "-100%",
          barWidth: 14,
        },
        {
          name: legend[1],
          type: "bar",
          data: values,
          itemStyle: { color: DARK },
          barWidth: 14,
          label: {
            show: true,
            position: "right",
            fontSize: FONT_PX,
            color: "#000",
            formatter: (p: { dataIndex: number }) => texts[p.dataIndex],
          },
        },
      ],
    },
    CHART_WIDTH,
    height,
  );
  return { svg, height };
}

const rowLabel = (s: SasaranFigures) =>
  (s.name.trim() || s.indikator.trim() || `Sasaran ${s.index + 1}`).replace(
    /\s+/g,
    " ",
  );

/** Capaian kinerja per sasaran (or indicator) against its target, 100%. */
export function kinerjaChart(a: Analysis): ChartSvg | null {
  const rows = a.sasaran.filter((s) => s.capaianKinerjaResolved !== null);
  if (rows.length === 0) return null;
  const texts = rows.map((s) => persenText(s.capaianKinerjaResolved!));
  const { svg, height } = percentBars(
    rows.map((s) => wrapLabel(`${s.index + 1}. ${rowLabel(s)}`)),
    rows.map((s) => num(s.capaianKinerjaResolved) * 100),
    texts,
    ["Target (100%)", "Capaian kinerja"],
  );
  const description = rows
    .map(
      (s, i) =>
        `${s.index + 1}. ${rowLabel(s)}: capaian ${texts[i]} dari target 100%`,
    )
    .join("; ");
  return { id: "kinerja", svg, width: CHART_WIDTH, height, description };
}

/** Capaian anggaran (realisasi ÷ pagu, %) per sub kegiatan, named. */
export function anggaranChart(a: Analysis): ChartSvg | null {
  const subs = a.sasaran
    .flatMap((s) => s.subs)
    .filter((x) => x.paguResolved !== null && !x.paguResolved.isZero());
  if (subs.length === 0) return null;
  const share = (x: (typeof subs)[number]) =>
    x.capaianAnggaranResolved ?? new Decimal(0);
  const texts = subs.map((x) => persenText(share(x)));
  const { svg, height } = percentBars(
    subs.map((x) => wrapLabel(`${x.label} ${subName(x)}`)),
    subs.map((x) => num(share(x)) * 100),
    texts,
    ["Pagu (100%)", "Realisasi anggaran"],
  );
  const description = subs
    .map(
      (x, i) =>
        `${x.label} ${subName(x)}: realisasi Rp ${formatAngka(x.realisasi ?? new Decimal(0))} dari pagu Rp ${formatAngka(x.paguResolved!)} (${texts[i]})`,
    )
    .join("; ");
  return { id: "anggaran", svg, width: CHART_WIDTH, height, description };
}
