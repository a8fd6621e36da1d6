// The report's period and the Jadwal of a sub kegiatan, as the narrative names and compares them.
import { BULAN as BULAN_NAMES } from "../format";
import { Period } from "../types";

/** Month names indexed 1–12 (index 0 unused), as the Jadwal parser counts months. */
export const BULAN = ["", ...BULAN_NAMES];
const ROMAN = ["", "I", "II", "III", "IV"];
const LAST_DAY = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface PeriodWords {
  /** `triwulan I tahun 2024`, `tahun 2022`, `periode laporan ini`. */
  name: string;
  /** What the figures cover: `name`, or `sampai dengan triwulan II tahun 2024` when they run from January (§9). */
  covers: string;
  /** `Triwulan I Tahun 2024`, `Tahun 2022`: for titles and the start of BAB III. */
  title: string;
  /** `1 Januari s.d. 31 Maret 2024`, or "" when the year is unknown. */
  range: string;
  /** Quarterly and not the last quarter: later quarters of the year are still to come. */
  early: boolean;
  annual: boolean;
  /** Last month (1–12) and year the report covers, when known. */
  endMonth: number | null;
  year: number | null;
}

/** Quarterly reports name the triwulan; a report with a year and no triwulan is annual. */
export function periodWords(p: Period): PeriodWords {
  const { triwulan, tahun } = p;
  if (triwulan) {
    // Cumulative figures (`s.d. TW II`) run from 1 January, not from the quarter's first day.
    const first = p.cumulative ? 1 : (triwulan - 1) * 3 + 1;
    const last = triwulan * 3;
    const name = `triwulan ${ROMAN[triwulan]}${tahun ? ` tahun ${tahun}` : ""}`;
    return {
      name,
      covers: p.cumulative ? `sampai dengan ${name}` : name,
      title: `Triwulan ${ROMAN[triwulan]}${tahun ? ` Tahun ${tahun}` : ""}`,
      range: tahun
        ? `1 ${BULAN[first]} s.d. ${lastDay(last, tahun)} ${BULAN[last]} ${tahun}`
        : "",
      early: triwulan < 4,
      annual: false,
      endMonth: last,
      year: tahun,
    };
  }
  if (tahun)
    return {
      name: `Tahun ${tahun}`,
      covers: `Tahun ${tahun}`,
      title: `Tahun ${tahun}`,
      range: `1 Januari s.d. 31 Desember ${tahun}`,
      early: false,
      annual: true,
      endMonth: 12,
      year: tahun,
    };
  return {
    name: "periode laporan ini",
    covers: "periode laporan ini",
    title: "",
    range: "",
    early: false,
    annual: false,
    endMonth: null,
    year: null,
  };
}

function lastDay(month: number, year: number): number {
  if (month !== 2) return LAST_DAY[month];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

export interface Month {
  month: number;
  year: number | null;
}

export interface Jadwal {
  /** As the narrative writes it: `Juli s.d. Agustus 2024`, `15 Juli 2024`. */
  text: string;
  start: Month | null;
  end: Month | null;
}

const MONTHS: [RegExp, number][] = [
  [/^jan/, 1],
  [/^feb|^peb/, 2],
  [/^mar/, 3],
  [/^apr/, 4],
  [/^mei$|^may$/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^ag|^aug/, 8],
  [/^sep/, 9],
  [/^okt|^oct/, 10],
  [/^nov|^nop/, 11],
  [/^des|^dec/, 12],
];
const TW: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** A Jadwal cell's text, made readable: ISO and serial dates in Indonesian, booleans and ticks dropped. */
export function readJadwal(raw: string): Jadwal | null {
  const t = raw.replace(/\s+/g, " ").trim();
  if (!t || /^(true|false|ya|tidak|v|x|✓|✔|-)$/i.test(t)) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(t);
  if (iso) return dateJadwal(+iso[1], +iso[2], +iso[3]);
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    // An Excel date serial (days since 1899-12-30) shown without its format.
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(+t) * 86400000);
    return dateJadwal(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const slash = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (slash) return dateJadwal(+slash[3], +slash[2], +slash[1]);
  const years = [...t.matchAll(/\b(20\d\d)\b/g)].map((m) => +m[1]);
  const year = years.length ? years[years.length - 1] : null;
  const tw = /\b(?:triwulan|tw)\s*(iv|iii|ii|i|[1-4])\b/i.exec(t);
  if (tw) {
    const q = TW[tw[1].toLowerCase()] ?? +tw[1];
    return {
      text: t,
      start: { month: q * 3 - 2, year },
      end: { month: q * 3, year },
    };
  }
  const months: number[] = [];
  for (const w of t.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 3) continue;
    const hit = MONTHS.find(([re]) => re.test(w));
    if (hit) months.push(hit[1]);
  }
  if (!months.length) return { text: t, start: null, end: null };
  return {
    text: t,
    start: { month: months[0], year: years[0] ?? year },
    end: { month: months[months.length - 1], year },
  };
}

function dateJadwal(y: number, m: number, d: number): Jadwal | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return {
    text: `${d} ${BULAN[m]} ${y}`,
    start: { month: m, year: y },
    end: { month: m, year: y },
  };
}

const order = (m: Month, fallbackYear: number) =>
  (m.year ?? fallbackYear) * 12 + m.month;

/** Where a Jadwal stands against the report's period. */
export function scheduleOf(
  j: Jadwal | null,
  p: PeriodWords,
): "later" | "due" | "unknown" {
  if (!j?.start || p.endMonth === null) return "unknown";
  const year = p.year ?? j.start.year ?? 0;
  return order(j.start, year) > year * 12 + p.endMonth ? "later" : "due";
}

/** `Agustus s.d. November 2024` for the months a set of Jadwal spans; "" when any lacks a month. */
export function spanOf(list: (Jadwal | null)[], p: PeriodWords): string {
  if (!list.length || list.some((j) => !j?.start || !j.end)) return "";
  const year = p.year ?? 0;
  const starts = list.map((j) => j!.start!);
  const ends = list.map((j) => j!.end!);
  const first = starts.reduce((a, b) =>
    order(b, year) < order(a, year) ? b : a,
  );
  const last = ends.reduce((a, b) => (order(b, year) > order(a, year) ? b : a));
  const fy = first.year ?? p.year;
  const ly = last.year ?? p.year;
  if (order(first, year) === order(last, year))
    return `${BULAN[first.month]}${fy ? ` ${fy}` : ""}`;
  if (fy === ly)
    return `${BULAN[first.month]} s.d. ${BULAN[last.month]}${ly ? ` ${ly}` : ""}`;
  return `${BULAN[first.month]} ${fy ?? ""} s.d. ${BULAN[last.month]} ${ly ?? ""}`.trim();
}

/**
 * The quarters a set of Jadwal falls in, as the text names them: `triwulan III dan IV`, `triwulan II, III,
 * dan IV`, `triwulan IV`; "" when any Jadwal has no month (the text then names no quarter).
 */
export function quartersOf(list: (Jadwal | null)[]): string {
  if (!list.length || list.some((j) => !j?.start || !j.end)) return "";
  const qs = new Set<number>();
  for (const j of list) {
    const from = Math.ceil(j!.start!.month / 3);
    const to = Math.ceil(j!.end!.month / 3);
    // A Jadwal running into the next year (`November 2024 s.d. Januari 2025`) counts to triwulan IV.
    const last = to >= from ? to : 4;
    for (let q = from; q <= last; q++) qs.add(q);
  }
  const names = [...qs].sort((a, b) => a - b).map((q) => ROMAN[q]);
  if (names.length === 1) return `triwulan ${names[0]}`;
  const head = names.slice(0, -1).join(", ");
  return `triwulan ${head}${names.length > 2 ? "," : ""} dan ${names[names.length - 1]}`;
}
