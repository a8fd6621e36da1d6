// Label matching: what each cell of a header band says, before any column is given a part. A label may carry a
// period (`Realisasi TW II`, months under `Realisasi`) or a year (`Target 2020`); a parent label (`Anggaran`,
// `Kinerja`) groups the labels under it (spec §2, §9).
import { BULAN } from "../format";
import { SheetView } from "../grid";
import { displayText } from "../number";
import {
  ColumnKey,
  ColumnSpec,
  GROUP_LABELS,
  TABLE_IDS,
  TABLE_SPECS,
} from "../tables";
import { labelMatches, normalizeLabel } from "../text";

/** One column of a period group: a month (1–12), a triwulan (1–4), or a cumulative total. */
export interface PeriodColumn {
  col: number;
  label: string;
  kind: "bulan" | "triwulan" | "kumulatif";
  /** Month or triwulan number; for `s.d. TW II` the triwulan it runs to. */
  n: number | null;
}

/** One labelled column of a header band. */
export interface HeaderLabel {
  col: number;
  /** The label as shown to the user: `Anggaran / Pagu` when two rows say different things. */
  shown: string;
  /** The label as written in its own row (the lower one when there are two). */
  written: string;
  /** The normalised label without its period or year: what the column aliases are matched against. */
  base: string;
  /** The parent label the column sits under, in a two-row header. */
  group?: "anggaran" | "kinerja";
  /** Written with `%` or `persen`. */
  percent: boolean;
  period?: PeriodColumn;
  year?: number;
}

export function cellLabel(view: SheetView, row: number, col: number): string {
  return normalizeLabel(displayText(view.cell(row, col)));
}

export function aliasMatch(s: ColumnSpec, label: string): boolean {
  return s.aliases.some((a) => labelMatches(label, a));
}

// ---- Period and year labels (§9): `1` … `12`, `Jan`, `TW II`, `Triwulan II`, `Jumlah`, `s.d. TW II`, `2020`.
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS = BULAN.map((b) => b.toLowerCase());
const TW = String.raw`(?:tw|triwulan|trw)\s*(iv|iii|ii|i|[1-4])`;
const PERIOD_ONLY = new RegExp(String.raw`^(?:${TW}|(\d{1,2})|([a-z]{3,9}))$`);
const CUMULATIVE = new RegExp(
  String.raw`^(?:jumlah|total|kumulatif|realisasi kumulatif|s\s?d\s*${TW}|sampai dengan\s*${TW}|s\s?d\s*bulan\s*(\d{1,2}))$`,
);
const PERIOD_SUFFIX = new RegExp(
  String.raw`^(.*?\S)\s+(s\s?d\s*${TW}|${TW}|kumulatif|jumlah|total)$`,
);
const YEAR_SUFFIX = /^(.*\S)\s+(20\d\d)$/;
const PERCENT_LABEL = /%|\bpersen\b/i;

export function periodOf(label: string, col: number): PeriodColumn | null {
  const c = CUMULATIVE.exec(label);
  if (c) {
    const tw = c[1] ?? c[2];
    return {
      col,
      label,
      kind: "kumulatif",
      n: tw
        ? (ROMAN[tw] ?? Number(tw))
        : c[3]
          ? Math.ceil(Number(c[3]) / 3)
          : null,
    };
  }
  const m = PERIOD_ONLY.exec(label);
  if (!m) return null;
  if (m[1])
    return { col, label, kind: "triwulan", n: ROMAN[m[1]] ?? Number(m[1]) };
  if (m[2]) {
    const n = Number(m[2]);
    return n >= 1 && n <= 12 ? { col, label, kind: "bulan", n } : null;
  }
  const month = MONTHS.findIndex((x) => x === m[3] || x.slice(0, 3) === m[3]);
  return month >= 0 ? { col, label, kind: "bulan", n: month + 1 } : null;
}

/** `Realisasi TW II` → base `realisasi` and the period; `Target 2020` → base `target`, year 2020. */
export function splitLabel(label: string): {
  base: string;
  period?: string;
  year?: number;
} {
  const y = YEAR_SUFFIX.exec(label);
  if (y) return { base: y[1], year: Number(y[2]) };
  const p = PERIOD_SUFFIX.exec(label);
  if (p && p[1] !== "s d") return { base: p[1], period: p[2] };
  return { base: label };
}

/** Only under a parent label spanning several columns (merged or repeated): a `1 2 3 …` numbering row is not months. */
function underSpanningLabel(
  view: SheetView,
  upperRow: number,
  col: number,
  upper: string,
): boolean {
  const m = view.merge(upperRow, col);
  return (
    (!!m && m.right > m.left) ||
    cellLabel(view, upperRow, col - 1) === upper ||
    cellLabel(view, upperRow, col + 1) === upper
  );
}

/** The label's base and its period or year: `Realisasi` over `1 … 12, Jumlah` is a period group under one parent. */
function periodOrYear(
  view: SheetView,
  rows: number[],
  col: number,
  upper: string,
  lower: string,
): Pick<HeaderLabel, "base" | "period" | "year"> {
  const underPeriod =
    rows.length > 1 &&
    lower !== "" &&
    upper !== "" &&
    upper !== lower &&
    underSpanningLabel(view, rows[0], col, upper)
      ? periodOf(lower, col)
      : null;
  if (underPeriod) return { base: upper, period: underPeriod };
  const label = lower || upper;
  const split = splitLabel(label);
  const p = split.period ? periodOf(split.period, col) : null;
  if (p) return { base: split.base, period: p };
  if (split.year) return { base: split.base, year: split.year };
  return { base: label };
}

type Parent = { group: "anggaran" | "kinerja" | undefined; end: number };
const NO_PARENT: Parent = { group: undefined, end: Infinity };

/**
 * A parent label (Anggaran, Kinerja) covers the columns to its right until the next upper label; a merged parent
 * covers its own columns only (a blank upper cell past the merge is under no parent: labels by meaning, §9).
 */
function parentOver(
  view: SheetView,
  upperRow: number,
  col: number,
  parent: Parent,
  upper: string,
  lower: string,
): Parent {
  if (upper !== "")
    return {
      group: GROUP_LABELS[upper],
      end: view.merge(upperRow, col)?.right ?? Infinity,
    };
  return lower === "" || col > parent.end ? NO_PARENT : parent;
}

/** `Anggaran / Pagu` when the two rows say different things, else the one label written. */
function shownLabel(
  upperRaw: string,
  lowerRaw: string,
  upper: string,
  lower: string,
): string {
  return lower && upper && lower !== upper
    ? `${upperRaw} / ${lowerRaw}`
    : lowerRaw || upperRaw;
}

/** Every labelled column of a header band (1 or 2 rows), left to right; `grouped` when a parent label covers others. */
export function readHeaderLabels(
  view: SheetView,
  rows: number[],
): { labels: HeaderLabel[]; grouped: boolean } {
  const labels: HeaderLabel[] = [];
  const twoRows = rows.length > 1;
  let parent = NO_PARENT;
  let grouped = false;
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    // A label merged across columns is one label (its first column), unless a second row splits it.
    if (!twoRows && view.isMergedTail(rows[0], c)) continue;
    const upperRaw = displayText(view.cell(rows[0], c));
    const lowerRaw = twoRows ? displayText(view.cell(rows[1], c)) : "";
    const upper = normalizeLabel(upperRaw);
    const lower = normalizeLabel(lowerRaw);
    if (twoRows) {
      parent = parentOver(view, rows[0], c, parent, upper, lower);
      if (parent.group && lower !== "" && lower !== upper) grouped = true;
    }
    if ((lower || upper) === "") continue;
    labels.push({
      col: c,
      shown: shownLabel(upperRaw, lowerRaw, upper, lower),
      written: lowerRaw || upperRaw,
      group: twoRows && lower !== "" ? parent.group : undefined,
      percent: PERCENT_LABEL.test(lower ? lowerRaw : upperRaw),
      ...periodOrYear(view, rows, c, upper, lower),
    });
  }
  return { labels, grouped };
}

/** Which parts a header row's labels name, whatever the layout (for the `excludes` of content detection). */
export function labelKeys(view: SheetView, row: number): Set<ColumnKey> {
  const keys = new Set<ColumnKey>();
  for (let c = view.firstCol; c <= view.lastCol; c++) {
    const raw = cellLabel(view, row, c);
    if (raw === "") continue;
    const s = splitLabel(raw);
    for (const id of TABLE_IDS)
      for (const col of TABLE_SPECS[id].columns)
        if (aliasMatch(col, s.base) || aliasMatch(col, raw)) keys.add(col.key);
  }
  return keys;
}
