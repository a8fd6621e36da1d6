// The report's period (triwulan I–IV or a whole year), read from the cover, captions and titles (spec §9).
import { BULAN } from "../format";
import { GridWorkbook } from "../grid";
import { Period, PeriodMention, PeriodRead } from "../period";
import { isToolSheet } from "../store";

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
type Cells = GridWorkbook["sheets"][number]["cells"];
const TRIWULAN = /\b(?:triwulan(?:an)?|tw)\s*\.?\s*(iv|iii|ii|i|[1-4])\b/gi;
const YEAR_CONTEXT = /(tahun|triwulan|tabel|laporan)/i;
const YEAR = /\b(20\d\d)\b/;
/** `Bulan Juni Tahun 2025` (the RFK's title): the month of a monthly report. */
const BULAN_TITLE =
  /\bbulan\s+(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b/i;
const BULAN_NAMES = BULAN.map((b) => b.toLowerCase());

/** A caption line (`Tabel 2.1 …`): the lines around it may state the period. */
export interface CaptionLine {
  view: { sheet: { top: number; cells: Cells } };
  row: number;
}

/** Rows that can hold a period: the top of each sheet (cover, titles) and the lines around each caption. */
function titleRows(
  wb: GridWorkbook,
  captions: CaptionLine[],
): { sheet: string; top: number; index: number; cells: Cells[number] }[] {
  const out: {
    sheet: string;
    top: number;
    index: number;
    cells: Cells[number];
  }[] = [];
  const seen = new Set<string>();
  const take = (name: string, top: number, cells: Cells, i: number) => {
    const k = `${name}!${i}`;
    if (i < 0 || i >= cells.length || seen.has(k)) return;
    seen.add(k);
    out.push({ sheet: name, top, index: i, cells: cells[i] });
  };
  for (const sheet of wb.sheets)
    if (!isToolSheet(sheet.name))
      for (let i = 0; i < Math.min(15, sheet.cells.length); i++)
        take(sheet.name, sheet.top, sheet.cells, i);
  for (const c of captions) {
    const sheet = wb.sheets.find((s) => s.cells === c.view.sheet.cells);
    if (!sheet) continue;
    for (let i = c.row - sheet.top; i < c.row - sheet.top + 3; i++)
      take(sheet.name, sheet.top, sheet.cells, i);
  }
  return out;
}

/** Triwulan and year from the captions and titles (`Tahun 2024 - Triwulanan I`). */
export function readPeriod(
  wb: GridWorkbook,
  captions: CaptionLine[] = [],
): PeriodRead {
  let tahun: number | null = null;
  let bulan: number | null = null;
  const mentions: PeriodMention[] = [];
  for (const r of titleRows(wb, captions)) {
    (r.cells ?? []).forEach((cell, j) => {
      const v = cell?.value;
      if (typeof v !== "string" || v.length > 300) return;
      if (/tri|tw/i.test(v))
        for (const m of v.matchAll(TRIWULAN)) {
          const tw = ROMAN[m[1].toLowerCase()] ?? Number(m[1]);
          mentions.push({
            triwulan: tw,
            sheet: r.sheet,
            row: r.top + r.index,
            col: j,
            text: v.trim(),
          });
          break;
        }
      const y = tahun === null && YEAR_CONTEXT.test(v) ? YEAR.exec(v) : null;
      if (y) tahun = Number(y[1]);
      const b = bulan === null && /bulan/i.test(v) ? BULAN_TITLE.exec(v) : null;
      if (b) bulan = BULAN_NAMES.indexOf(b[1].toLowerCase()) + 1;
    });
  }
  // A monthly report (a month and no triwulan stated) is judged as the triwulan the month is in.
  if (bulan !== null && mentions.length === 0)
    return { triwulan: Math.ceil(bulan / 3), tahun, mentions, bulan };
  return { triwulan: mentions[0]?.triwulan ?? null, tahun, mentions };
}

export function detectPeriod(
  wb: GridWorkbook,
  captions: CaptionLine[] = [],
): Period {
  const p = readPeriod(wb, captions);
  return { triwulan: p.triwulan, tahun: p.tahun };
}
