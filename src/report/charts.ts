// The report's two charts, drawn by ECharts' server-side SVG renderer: no browser and no DOM needed, so
// the command line and the task pane draw the same picture. Rasterising to PNG is the caller's (resvg in
// Node, a canvas in the browser), because Word cannot be relied on to show SVG.
import { EChartsOption, init } from "./echarts-lib";
import Decimal from "decimal.js";
import { formatAngka, formatPersen } from "../core/format";
import { Analysis } from "../core/types";

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
const WIDTH = 640;
const BLUE = "#2f5597";
const GREY = "#a6a6a6";
const ORANGE = "#c55a11";

const num = (d: Decimal | null) => (d ? d.toNumber() : 0);

function render(option: EChartsOption, width: number, height: number): string {
  const chart = init(null, null, {
    renderer: "svg",
    ssr: true,
    width,
    height,
  });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT, fontSize: 12, color: "#000" },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** `Rp 94,16 jt` on the axis: rupiah in millions, Indonesian decimal comma. */
function juta(v: number): string {
  if (v === 0) return "0";
  return `${formatAngka(new Decimal(v).div(1e6), 2)} jt`;
}

/** Capaian kinerja per sasaran against its target (100%). */
export function kinerjaChart(a: Analysis): ChartSvg | null {
  const rows = a.sasaran.filter((s) => s.capaianKinerja !== null);
  if (rows.length === 0) return null;
  const names = rows.map((s) => `Sasaran ${s.index + 1}`);
  const capaian = rows.map((s) => num(s.capaianKinerja) * 100);
  const height = Math.min(520, 140 + 70 * rows.length);
  const max = Math.max(100, ...capaian);
  const svg = render(
    {
      legend: { bottom: 0, data: ["Target", "Capaian kinerja"] },
      grid: { left: 90, right: 50, top: 20, bottom: 50 },
      xAxis: {
        type: "value",
        max: Math.ceil(max / 20) * 20,
        axisLabel: { formatter: (v: number) => `${v}%` },
      },
      yAxis: { type: "category", data: names, inverse: true },
      series: [
        {
          name: "Target",
          type: "bar",
          data: rows.map(() => 100),
          itemStyle: { color: GREY },
          label: { show: true, position: "right", formatter: () => "100%" },
        },
        {
          name: "Capaian kinerja",
          type: "bar",
          data: capaian,
          itemStyle: { color: BLUE },
          label: {
            show: true,
            position: "right",
            formatter: (p: { dataIndex: number }) =>
              formatPersen(rows[p.dataIndex].capaianKinerja!),
          },
        },
      ],
    },
    WIDTH,
    height,
  );
  const description = rows
    .map(
      (s) =>
        `Sasaran ${s.index + 1} (${s.name}): capaian ${formatPersen(s.capaianKinerja!)} dari target 100%`,
    )
    .join("; ");
  return { id: "kinerja", svg, width: WIDTH, height, description };
}

/** Realisasi against pagu per sub kegiatan (1.a, 1.b …), in millions of rupiah. */
export function anggaranChart(a: Analysis): ChartSvg | null {
  const subs = a.sasaran.flatMap((s) => s.subs).filter((x) => x.pagu !== null);
  if (subs.length === 0) return null;
  const height = Math.min(900, 110 + 44 * subs.length);
  const svg = render(
    {
      legend: { bottom: 0, data: ["Pagu", "Realisasi"] },
      grid: { left: 60, right: 90, top: 20, bottom: 50 },
      xAxis: { type: "value", axisLabel: { formatter: juta } },
      yAxis: {
        type: "category",
        data: subs.map((x) => x.label),
        inverse: true,
      },
      series: [
        {
          name: "Pagu",
          type: "bar",
          data: subs.map((x) => num(x.pagu)),
          itemStyle: { color: GREY },
        },
        {
          name: "Realisasi",
          type: "bar",
          data: subs.map((x) => num(x.realisasi)),
          itemStyle: { color: ORANGE },
          label: {
            show: true,
            position: "right",
            formatter: (p: { dataIndex: number }) => {
              const x = subs[p.dataIndex];
              return x.capaianAnggaran ? formatPersen(x.capaianAnggaran) : "";
            },
          },
        },
      ],
    },
    WIDTH,
    height,
  );
  const description = subs
    .map(
      (x) =>
        `${x.label}: realisasi Rp ${formatAngka(x.realisasi ?? new Decimal(0))} dari pagu Rp ${formatAngka(x.pagu!)}`,
    )
    .join("; ");
  return { id: "anggaran", svg, width: WIDTH, height, description };
}
