// The recap's chart: per unit, the serapan anggaran and the mean capaian kinerja of its sasaran, as horizontal bars
// in SVG built node by node (no library, nothing fetched). Each bar carries its figure as text, the two bars of a
// unit are always in the same order (named in the legend), and the SVG has a title and a description; the table
// beside it holds every figure, so a screen reader user loses nothing.
import { Decimal, formatPersen } from "../core";
import type { RekapRow } from "../rekap";

const NS = "http://www.w3.org/2000/svg";
const WIDTH = 760;
const LABEL = 250;
const ROW = 40;
const TOP = 36;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

const mean = (xs: number[]) =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;

/** The mean capaian kinerja of a row's sasaran (null when none has one). */
export const capaianMean = (r: RekapRow): number | null =>
  mean(r.sasaran.flatMap((s) => (s.capaian === null ? [] : [s.capaian])));

const pct = (v: number | null) =>
  v === null ? "–" : formatPersen(new Decimal(v));

function bar(
  g: SVGGElement,
  y: number,
  value: number | null,
  scale: (v: number) => number,
  cls: string,
): void {
  const w = value === null ? 0 : Math.max(1, scale(Math.max(0, value)));
  g.append(svg("rect", { x: LABEL, y, width: w, height: 14, class: cls }));
  g.append(
    svg(
      "text",
      { x: LABEL + w + 6, y: y + 11, class: "chart-value" },
      pct(value),
    ),
  );
}

/** The chart for the readable rows; `id` prefixes the ids its title and description use. */
export function rekapChart(rows: RekapRow[], id: string): SVGSVGElement {
  const shown = rows.filter((r) => r.status !== "tidak-terbaca");
  const values = shown.flatMap((r) => [r.serapan ?? 0, capaianMean(r) ?? 0]);
  const max = Math.max(1, Math.ceil(Math.max(0, ...values) * 4) / 4);
  const scale = (v: number) => (v / max) * (WIDTH - LABEL - 70);
  const height = TOP + shown.length * ROW + 10;
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: "img",
    "aria-labelledby": `${id}-title ${id}-desc`,
    class: "rekap-chart",
  });
  root.append(
    svg(
      "title",
      { id: `${id}-title` },
      "Serapan anggaran dan capaian kinerja per unit",
    ),
    svg(
      "desc",
      { id: `${id}-desc` },
      `${shown.length} unit. Setiap unit: batang pertama serapan anggaran (realisasi / pagu), batang kedua rata-rata capaian kinerja sasarannya. Angka setiap unit ada juga di tabel rekap.`,
    ),
  );
  const legend = svg("g", { class: "chart-legend" });
  legend.append(
    svg("rect", {
      x: LABEL,
      y: 8,
      width: 14,
      height: 14,
      class: "bar-serapan",
    }),
    svg("text", { x: LABEL + 20, y: 20 }, "Serapan anggaran"),
    svg("rect", {
      x: LABEL + 170,
      y: 8,
      width: 14,
      height: 14,
      class: "bar-capaian",
    }),
    svg(
      "text",
      { x: LABEL + 190, y: 20 },
      "Capaian kinerja (rata-rata sasaran)",
    ),
  );
  root.append(legend);
  shown.forEach((r, i) => {
    const y = TOP + i * ROW;
    const g = svg("g", { class: "chart-row" });
    const name = r.unit.length > 38 ? `${r.unit.slice(0, 37)}…` : r.unit;
    const file = r.file.split(/[\\/]/).pop() ?? r.file;
    g.append(
      svg("text", { x: LABEL - 8, y: y + 14, class: "chart-label" }, name),
      svg(
        "text",
        { x: LABEL - 8, y: y + 28, class: "chart-label chart-file" },
        file,
      ),
    );
    bar(g, y + 2, r.serapan, scale, "bar-serapan");
    bar(g, y + 18, capaianMean(r), scale, "bar-capaian");
    root.append(g);
  });
  return root;
}
