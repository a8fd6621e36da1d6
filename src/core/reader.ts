// Finds the five tables in a workbook — by sheet name, by caption, or by the content of a header row — and maps
// their columns, period columns and year columns included (spec §1–2, §9). Which header labels name which
// column is data (tables.ts); this file only applies it.
import { GridWorkbook, SheetView, parseA1 } from "./grid";
import { cleanText, displayText } from "./number";
import { PeriodRead, readPeriod } from "./period";
import { EMPTY_PETA, Peta, columnIndex } from "./peta";
import { isToolSheet } from "./store";
import {
  CAPTION_RE,
  ColumnKey,
  ColumnSpec,
  GROUP_LABELS,
  TABLE_IDS,
  TABLE_SPECS,
  TableId,
  sheetTableId,
} from "./tables";
import { labelMatches, normalizeLabel } from "./text";

/** One column of a period group: a month (1–12), a triwulan (1–4), or a cumulative total. */
export interface PeriodColumn {
  col: number;
  label: string;
  kind: "bulan" | "triwulan" | "kumulatif";
  /** Month or triwulan number; for `s.d. TW II` the triwulan it runs to. */
  n: number | null;
}

/** How a column was chosen among several (months, years), for the info finding and the pane. */
export interface ColumnChoice {
  key: ColumnKey;
  title: string;
  /** The column used, or null when the figure is the sum of `summed`. */
  col: number | null;
  label: string;
  summed: PeriodColumn[];
  /** Candidates not used as the figure (months beside a total, the other year). */
  others: { col: number; label: string }[];
  why: string;
}

export interface FoundTable {
  id: TableId;
  view: SheetView;
  foundBy: "sheet" | "caption" | "content" | "peta";
  /** Absolute rows of the header band (one or two rows). */
  headerRows: number[];
  /** Leftmost and rightmost header columns. */
  left: number;
  right: number;
  columns: Partial<Record<ColumnKey, number>>;
  /** A figure that is the sum of several period columns (no total column): the columns summed. */
  sums: Partial<Record<ColumnKey, number[]>>;
  missing: ColumnSpec[];
  /** Header columns that play no part, with their labels. */
  unused: { col: number; label: string }[];
  choices: ColumnChoice[];
  /** Absolute rows of the body, blank rows left out. */
  rows: number[];
}

export interface Caption {
  id: TableId;
  view: SheetView;
  row: number;
  col: number;
}

export const CAPTION_WINDOW = 6;

function cellLabel(view: SheetView, row: number, col: number): string {
  return normalizeLabel(displayText(view.cell(row, col)));
}

function rowIsBlank(
  view: SheetView,
  row: number,
  left: number,
  right: number,
): boolean {
  for (let c = left; c <= right; c++) {
    if (view.isMergedTail(row, c)) continue;
    if (displayText(view.raw(row, c)) !== "") return false;
  }
  return true;
}

// ---- Period and year labels (§9): `1` … `12`, `Jan`, `TW II`, `Triwulan II`, `Jumlah`, `s.d. TW II`, `2020`.
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS = [
  "januari",
  "februari",
  "maret",
  "april",
  "mei",
  "juni",
  "juli",
  "agustus",
  "september",
  "oktober",
  "november",
  "desember",
];
const TW = String.raw`(?:tw|triwulan|trw)\s*(iv|iii|ii|i|[1-4])`;
const PERIOD_ONLY = new RegExp(String.raw`^(?:${TW}|(\d{1,2})|([a-z]{3,9}))$`);
const CUMULATIVE = new RegExp(
  String.raw`^(?:jumlah|total|kumulatif|realisasi kumulatif|s\s?d\s*${TW}|sampai dengan\s*${TW}|s\s?d\s*bulan\s*(\d{1,2}))$`,
);
const PERIOD_SUFFIX = new RegExp(
  String.raw`^(.*?\S)\s+(s\s?d\s*${TW}|${TW}|kumulatif|jumlah|total)$`,
);
const YEAR_SUFFIX = /^(.*\S)\s+(20\d\d)$/;

function periodOf(label: string, col: number): PeriodColumn | null {
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
function splitLabel(label: string): {
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

const PERCENT_LABEL = /%|\bpersen\b/i;

interface HeaderMatch {
  rows: number[];
  columns: Partial<Record<ColumnKey, number>>;
  sums: Partial<Record<ColumnKey, number[]>>;
  choices: ColumnChoice[];
  unused: { col: number; label: string }[];
  matched: number;
  requiredMatched: number;
  left: number;
  right: number;
  /** The upper row carries parent labels (Anggaran, Kinerja) over the lower row. */
  grouped: boolean;
}

interface Candidate {
  col: number;
  label: string;
  year?: number;
  period?: PeriodColumn;
}

function aliasMatch(s: ColumnSpec, label: string): boolean {
  return s.aliases.some((a) => labelMatches(label, a));
}

/** Maps the columns of a header band (1 or 2 rows starting at `row`). */
function matchHeader(
  view: SheetView,
  id: TableId,
  rows: number[],
  period: PeriodRead | null,
): HeaderMatch {
  const spec = TABLE_SPECS[id];
  const first = view.firstCol;
  const last = view.lastCol;
  const columns: Partial<Record<ColumnKey, number>> = {};
  const taken = new Set<ColumnKey>();
  const years = new Map<ColumnKey, Candidate[]>();
  const periods = new Map<ColumnKey, Candidate[]>();
  const percentLeft: Candidate[] = [];
  const labels = new Map<number, string>();
  let parent: "anggaran" | "kinerja" | undefined;
  let grouped = false;
  for (let c = first; c <= last; c++) {
    // A label merged across columns is one label (its first column), unless a second row splits it.
    if (rows.length === 1 && view.isMergedTail(rows[0], c)) continue;
    const upperRaw = displayText(view.cell(rows[0], c));
    const lowerRaw = rows.length > 1 ? displayText(view.cell(rows[1], c)) : "";
    const upper = normalizeLabel(upperRaw);
    const lower = normalizeLabel(lowerRaw);
    // A parent label (Anggaran, Kinerja) covers the columns to its right until the next upper label.
    if (rows.length > 1) {
      if (upper !== "") parent = GROUP_LABELS[upper];
      else if (lower === "") parent = undefined;
      if (parent && lower !== "" && lower !== upper) grouped = true;
    }
    const label = lower || upper;
    if (label === "") continue;
    labels.set(
      c,
      lower && upper && lower !== upper
        ? `${upperRaw} / ${lowerRaw}`
        : lowerRaw || upperRaw,
    );
    const group = rows.length > 1 && lower !== "" ? parent : undefined;
    const pct = PERCENT_LABEL.test(lower ? lowerRaw : upperRaw);
    // `Realisasi` over `1 … 12, Jumlah`: a period group under one parent label.
    let base = label;
    let cand: Candidate = { col: c, label: lowerRaw || upperRaw };
    // Only under a parent label spanning several columns (merged or repeated): a `1 2 3 …` numbering row is not months.
    const spans =
      rows.length > 1 &&
      (((m) => !!m && m.right > m.left)(view.merge(rows[0], c)) ||
        cellLabel(view, rows[0], c - 1) === upper ||
        cellLabel(view, rows[0], c + 1) === upper);
    const underPeriod =
      spans && lower !== "" && upper !== "" && upper !== lower
        ? periodOf(lower, c)
        : null;
    if (underPeriod) {
      base = upper;
      cand = { ...cand, period: underPeriod };
    } else {
      const split = splitLabel(label);
      const p = split.period ? periodOf(split.period, c) : null;
      if (p) {
        base = split.base;
        cand = { ...cand, period: p };
      } else if (split.year) {
        base = split.base;
        cand = { ...cand, year: split.year };
      }
    }
    const fits = (s: ColumnSpec) =>
      (!s.group || !group || s.group === group) &&
      (!pct ||
        s.percent ||
        !spec.columns.some(
          (p) =>
            p.percent &&
            !taken.has(p.key) &&
            p.percentAliases?.some((a) => labelMatches(base, a)),
        )) &&
      aliasMatch(s, base);
    if (cand.period || cand.year) {
      const col = spec.columns.find((s) => !taken.has(s.key) && fits(s));
      if (!col) continue;
      const bucket = cand.period ? periods : years;
      if (!bucket.has(col.key)) bucket.set(col.key, []);
      bucket.get(col.key)!.push(cand);
      continue;
    }
    const col = spec.columns.find(
      (s) =>
        !taken.has(s.key) &&
        !periods.has(s.key) &&
        !years.has(s.key) &&
        fits(s),
    );
    if (!col) {
      if (pct) percentLeft.push({ col: c, label: base });
      continue;
    }
    taken.add(col.key);
    columns[col.key] = c;
  }
  // `Realisasi(%)`, `Target Kinerja(%)`: a percentage beside the figure it is the capaian of.
  for (const cand of percentLeft) {
    const col = spec.columns.find(
      (s) =>
        s.percent &&
        !taken.has(s.key) &&
        s.percentAliases?.some((a) => labelMatches(cand.label, a)),
    );
    if (!col) continue;
    taken.add(col.key);
    columns[col.key] = cand.col;
  }
  const choices: ColumnChoice[] = [];
  const sums: Partial<Record<ColumnKey, number[]>> = {};
  const titleOf = (k: ColumnKey) =>
    spec.columns.find((s) => s.key === k)!.title;
  for (const [key, cands] of years) {
    if (taken.has(key)) continue;
    const wanted = period?.tahun ?? null;
    const pick =
      cands.find((x) => x.year === wanted) ??
      cands.reduce((a, b) => ((b.year ?? 0) > (a.year ?? 0) ? b : a));
    taken.add(key);
    columns[key] = pick.col;
    choices.push({
      key,
      title: titleOf(key),
      col: pick.col,
      label: pick.label,
      summed: [],
      others: cands
        .filter((x) => x !== pick)
        .map((x) => ({ col: x.col, label: x.label })),
      why:
        pick.year === wanted
          ? `tahun laporan ${wanted}`
          : `tahun terakhir pada judul kolom: ${pick.year}`,
    });
  }
  for (const [key, cands] of periods) {
    if (taken.has(key)) continue;
    taken.add(key);
    const tw = period?.triwulan ?? null;
    const all = cands.map((x) => x.period!);
    const cumulative = all.filter((p) => p.kind === "kumulatif");
    const parts = all.filter((p) => p.kind !== "kumulatif");
    const upTo = (p: PeriodColumn) =>
      tw === null || (p.kind === "bulan" ? p.n! <= tw * 3 : p.n! <= tw);
    const pick =
      cumulative.find((p) => tw !== null && p.n === tw) ??
      cumulative.find((p) => p.n === null) ??
      (cumulative.length && tw === null
        ? cumulative[cumulative.length - 1]
        : undefined);
    const others = (used: PeriodColumn[]) =>
      all
        .filter((p) => !used.includes(p))
        .map((p) => ({ col: p.col, label: labels.get(p.col) ?? p.label }));
    if (pick) {
      columns[key] = pick.col;
      choices.push({
        key,
        title: titleOf(key),
        col: pick.col,
        label: labels.get(pick.col) ?? pick.label,
        summed: [],
        others: others([pick]),
        why: "kolom kumulatif: jumlah sampai periode laporan",
      });
    } else {
      const used = parts.filter(upTo);
      sums[key] = used.map((p) => p.col);
      choices.push({
        key,
        title: titleOf(key),
        col: null,
        label: used.map((p) => labels.get(p.col) ?? p.label).join(" + "),
        summed: used,
        others: others(used),
        why:
          tw === null
            ? "tidak ada kolom jumlah: semua kolom periode dijumlahkan"
            : `tidak ada kolom jumlah: periode sampai triwulan ${tw} dijumlahkan`,
      });
    }
  }
  let left = Infinity;
  let right = -Infinity;
  const usedCols = new Set<number>();
  for (const k of taken) {
    const c = columns[k];
    if (c !== undefined) usedCols.add(c);
    for (const s of sums[k] ?? []) usedCols.add(s);
  }
  for (const ch of choices) for (const o of ch.others) usedCols.add(o.col);
  for (const c of usedCols) {
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  // The header's own extent: adjacent labelled columns (a `Pejabat` or `Ket` the layout does not know) belong to it.
  if (usedCols.size) {
    while (labels.has(left - 1)) left--;
    while (labels.has(right + 1)) right++;
  }
  const unused: { col: number; label: string }[] = [];
  for (let c = left; c <= right; c++)
    if (labels.has(c) && !usedCols.has(c))
      unused.push({ col: c, label: labels.get(c)! });
  const requiredMatched = spec.columns.filter(
    (s) => s.required && (columns[s.key] !== undefined || sums[s.key]),
  ).length;
  return {
    rows,
    columns,
    sums,
    choices,
    unused,
    matched: taken.size,
    requiredMatched,
    left,
    right,
    grouped,
  };
}

function requiredCount(id: TableId): number {
  return TABLE_SPECS[id].columns.filter((c) => c.required).length;
}

/** A header is accepted when it shows most of the table's required labels. */
function acceptable(id: TableId, m: HeaderMatch): boolean {
  const need = requiredCount(id);
  return (
    m.requiredMatched >= Math.max(2, Math.ceil(need / 2)) && m.matched >= 2
  );
}

function bestHeaderAt(
  view: SheetView,
  id: TableId,
  row: number,
  period: PeriodRead | null,
  accept: (id: TableId, m: HeaderMatch) => boolean = acceptable,
): HeaderMatch | null {
  const one = matchHeader(view, id, [row], period);
  if (one.matched === 0) return null;
  // A two-row header only when the pair says more than either row alone (not a title line over a header).
  let best = one;
  if (row + 1 <= view.lastRow) {
    const two = matchHeader(view, id, [row, row + 1], period);
    const below = matchHeader(view, id, [row + 1], period);
    if (
      (two.requiredMatched > one.requiredMatched &&
        (two.requiredMatched > below.requiredMatched || two.grouped)) ||
      (two.requiredMatched >= one.requiredMatched &&
        two.choices.length > one.choices.length &&
        two.requiredMatched > below.requiredMatched)
    )
      best = two;
  }
  return accept(id, best) ? best : null;
}

function findHeader(
  view: SheetView,
  id: TableId,
  from: number,
  to: number,
  period: PeriodRead | null,
): HeaderMatch | null {
  for (let r = from; r <= Math.min(to, view.lastRow); r++) {
    const m = bestHeaderAt(view, id, r, period);
    if (m) return m;
  }
  return null;
}

/** The `1 2 3 4 5 6 7` row under a header. */
function isNumberingRow(
  view: SheetView,
  row: number,
  left: number,
  right: number,
): boolean {
  let expected = 1;
  let seen = 0;
  for (let c = left; c <= right; c++) {
    const t = displayText(view.raw(row, c));
    if (t === "") continue;
    if (!/^\(?\d{1,2}\)?$/.test(t) || Number(t.replace(/[()]/g, "")) < expected)
      return false;
    expected = Number(t.replace(/[()]/g, "")) + 1;
    seen++;
  }
  return seen >= 2;
}

export function findCaptions(views: SheetView[]): Caption[] {
  const out: Caption[] = [];
  for (const view of views) {
    const { cells, top, left } = view.sheet;
    for (let i = 0; i < cells.length; i++) {
      const row = cells[i];
      if (!row) continue;
      for (let j = 0; j < row.length; j++) {
        const v = row[j]?.value;
        // Cheap first-letter test before the regex: this loop sees every cell of the workbook.
        if (
          typeof v !== "string" ||
          v.length < 9 ||
          ((v.charCodeAt(0) | 32) !== 116 /* t */ && !/^\s*tabel/i.test(v))
        )
          continue;
        const m = CAPTION_RE.exec(cleanText(v));
        if (m)
          out.push({
            id: `${m[1]}.${m[2]}` as TableId,
            view,
            row: top + i,
            col: left + j,
          });
      }
    }
  }
  return out;
}

/** Any caption-like line (`Tabel 19`, `Tabel 3.5`, `Tabel II.1`) also ends the table above it. */
export const ANY_CAPTION =
  /^\s*tabel\s*\.?\s*[\divxl]+(?:\s*[.,]\s*\d+)*\s*\.?(?:\s|$)/i;

/** Rows after a blank row that still belong to the table (the seed's page breaks inside 2.3 and 3.2). */
function continuesAfterBlank(
  t: {
    id: TableId;
    view: SheetView;
    columns: Partial<Record<ColumnKey, number>>;
  },
  row: number,
): boolean {
  const text = (k: ColumnKey) =>
    t.columns[k] === undefined
      ? ""
      : displayText(t.view.raw(row, t.columns[k]!));
  return TABLE_SPECS[t.id].continuation.some((rule) =>
    (Object.entries(rule) as [ColumnKey, RegExp][]).every(([k, re]) =>
      re.test(text(k)),
    ),
  );
}

function bodyRows(
  t: Omit<FoundTable, "rows">,
  stopRows: Set<number>,
): number[] {
  const rows: number[] = [];
  let r = t.headerRows[t.headerRows.length - 1] + 1;
  if (r <= t.view.lastRow && isNumberingRow(t.view, r, t.left, t.right)) r++;
  for (; r <= t.view.lastRow; r++) {
    if (stopRows.has(r)) break;
    if (rowIsBlank(t.view, r, t.left, t.right)) {
      // A table ends at a blank row, unless the next non-blank row is plainly its continuation.
      let next = r + 1;
      while (
        next <= t.view.lastRow &&
        next - r <= 2 &&
        rowIsBlank(t.view, next, t.left, t.right)
      )
        next++;
      if (
        next <= t.view.lastRow &&
        next - r <= 2 &&
        !stopRows.has(next) &&
        continuesAfterBlank(t, next)
      ) {
        r = next - 1;
        continue;
      }
      break;
    }
    rows.push(r);
  }
  return rows;
}

function missingOf(
  id: TableId,
  columns: Partial<Record<ColumnKey, number>>,
  sums: Partial<Record<ColumnKey, number[]>>,
): ColumnSpec[] {
  const spec = TABLE_SPECS[id];
  const has = (k: ColumnKey) => columns[k] !== undefined || !!sums[k];
  const missing = spec.columns.filter((s) => s.required && !has(s.key));
  // Rows may be named by one of several columns (3.1: sasaran, or indicators under sasaran heading rows).
  if (spec.names && !spec.names.some(has)) {
    const first = spec.columns.find((s) => s.key === spec.names![0]);
    if (first) missing.unshift(first);
  }
  return missing;
}

function toTable(
  id: TableId,
  view: SheetView,
  foundBy: FoundTable["foundBy"],
  h: HeaderMatch,
  stopRows: Set<number>,
): FoundTable {
  const missing = missingOf(id, h.columns, h.sums);
  const base = {
    id,
    view,
    foundBy,
    headerRows: h.rows,
    left: h.left,
    right: h.right,
    columns: h.columns,
    sums: h.sums,
    missing,
    unused: h.unused,
    choices: h.choices,
  };
  return { ...base, rows: bodyRows(base, stopRows) };
}

export interface ReadResult {
  tables: Partial<Record<TableId, FoundTable>>;
  captions: Caption[];
  period: PeriodRead;
  peta: Peta;
  /** Tables claimed by more than one sheet or caption: the one read and the ones left (spec §1). */
  duplicates: { chosen: FoundTable; others: FoundTable[] }[];
}

/** Which roles a header row's labels name, whatever the layout (for the `excludes` of content detection). */
function labelKeys(view: SheetView, row: number): Set<ColumnKey> {
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

/** By content (§1): a header row whose labels say what the table is, under any caption or number. */
function contentAccepts(view: SheetView) {
  return (id: TableId, m: HeaderMatch): boolean => {
    const spec = TABLE_SPECS[id];
    const has = (k: ColumnKey) => m.columns[k] !== undefined || !!m.sums[k];
    if (!spec.signature.some((sig) => sig.every(has))) return false;
    if (spec.names && !spec.names.some(has)) return false;
    const keys = new Set<ColumnKey>();
    for (const r of m.rows) for (const k of labelKeys(view, r)) keys.add(k);
    return !spec.excludes.some((k) => keys.has(k) && !has(k));
  };
}

const MAX_CONTENT_SCAN_ROWS = 2000;

/** Finds every table: a sheet named for it first, then a caption anywhere (a visible claim beats a hidden one), then a header that says what it is. */
export function readTables(
  wb: GridWorkbook,
  peta: Peta = EMPTY_PETA,
): ReadResult {
  // The tool's own sheets (settings, undo) are never a report table.
  const views = wb.sheets
    .filter((s) => !isToolSheet(s.name))
    .map((s) => new SheetView(s));
  const captions = findCaptions(views);
  const period = readPeriod(wb, captions);
  const captionRows = new Map<SheetView, Set<number>>();
  for (const c of captions) {
    if (!captionRows.has(c.view)) captionRows.set(c.view, new Set());
    captionRows.get(c.view)!.add(c.row);
  }
  const stopsOf = (v: SheetView) => captionRows.get(v) ?? new Set<number>();
  const tables: Partial<Record<TableId, FoundTable>> = {};
  const duplicates: ReadResult["duplicates"] = [];

  for (const id of TABLE_IDS) {
    const tryCaption = (cap: Caption): FoundTable | null => {
      const h = findHeader(
        cap.view,
        id,
        cap.row + 1,
        cap.row + CAPTION_WINDOW,
        period,
      );
      return h ? toTable(id, cap.view, "caption", h, stopsOf(cap.view)) : null;
    };
    // Every claim, in the order sheets come: sheets named for the table, then captions elsewhere.
    const claims: FoundTable[] = [];
    const named = views.filter((v) => sheetTableId(v.name) === id);
    for (const view of named) {
      // In a sheet of its own, a caption (if any) marks where the table starts; else the first matching header.
      const own = captions.filter((c) => c.view === view && c.id === id);
      const found =
        own.map(tryCaption).find((t) => t) ??
        (() => {
          const h = findHeader(view, id, view.firstRow, view.lastRow, period);
          return h ? toTable(id, view, "sheet", h, stopsOf(view)) : null;
        })();
      if (found) claims.push({ ...found, foundBy: "sheet" });
    }
    for (const cap of captions.filter((c) => c.id === id)) {
      if (named.includes(cap.view)) continue;
      const t = tryCaption(cap);
      if (t) claims.push(t);
    }
    if (claims.length === 0) continue;
    const chosen = claims.find((t) => !t.view.sheet.hidden) ?? claims[0];
    tables[id] = chosen;
    if (claims.length > 1)
      duplicates.push({ chosen, others: claims.filter((t) => t !== chosen) });
  }
  const missing = TABLE_IDS.filter((id) => !tables[id]);
  if (missing.length) findByContent(views, tables, missing, period);
  applyPeta(views, tables, period, peta);
  return { tables, captions, period, peta, duplicates };
}

/** The user's choices (§9 "the user decides"): a table's place and its columns, over the reader's guess. */
function applyPeta(
  views: SheetView[],
  tables: Partial<Record<TableId, FoundTable>>,
  period: PeriodRead,
  peta: Peta,
): void {
  for (const id of TABLE_IDS) {
    const p = peta.tables[id];
    if (!p) continue;
    if (p.sheet && p.header) {
      const view = views.find((v) => v.name === p.sheet);
      const at = parseA1(p.header);
      const here = tables[id];
      if (
        view &&
        at &&
        !(here && here.view === view && here.headerRows[0] === at.row)
      ) {
        const h =
          bestHeaderAt(view, id, at.row, period, () => true) ??
          matchHeader(view, id, [at.row], period);
        tables[id] = toTable(
          id,
          view,
          "peta",
          {
            ...h,
            left: Math.min(h.left, at.col),
            right: Math.max(h.right, at.col),
          },
          new Set(),
        );
      }
    }
    const t = tables[id];
    if (!t || !p.columns) continue;
    const columns = { ...t.columns };
    const sums = { ...t.sums };
    let choices = t.choices;
    let unused = t.unused;
    for (const [key, letter] of Object.entries(p.columns) as [
      ColumnKey,
      string | null,
    ][]) {
      delete sums[key];
      choices = choices.filter((c) => c.key !== key);
      if (letter === null) {
        delete columns[key];
        continue;
      }
      const col = columnIndex(letter);
      if (col === null) continue;
      columns[key] = col;
      unused = unused.filter((u) => u.col !== col);
      choices.push({
        key,
        title: TABLE_SPECS[id].columns.find((s) => s.key === key)!.title,
        col,
        label: displayText(
          t.view.cell(t.headerRows[t.headerRows.length - 1], col),
        ),
        summed: [],
        others: [],
        why: "dipilih pengguna (peta)",
      });
    }
    const cols = [
      ...Object.values(columns),
      ...Object.values(sums).flat(),
    ] as number[];
    // A column the user took a part from, and gave no other, is shown as not used (never silently dropped).
    const head = t.headerRows[t.headerRows.length - 1];
    for (const c of [
      ...Object.values(t.columns),
      ...Object.values(t.sums).flat(),
    ] as number[])
      if (!cols.includes(c) && !unused.some((u) => u.col === c))
        unused = [
          ...unused,
          {
            col: c,
            label:
              displayText(t.view.cell(head, c)) ||
              displayText(t.view.cell(t.headerRows[0], c)),
          },
        ];
    unused = [...unused].sort((x, y) => x.col - y.col);
    tables[id] = {
      ...t,
      columns,
      sums,
      choices,
      unused,
      left: Math.min(t.left, ...cols),
      right: Math.max(t.right, ...cols),
      missing: missingOf(id, columns, sums),
    };
  }
}

function findByContent(
  views: SheetView[],
  tables: Partial<Record<TableId, FoundTable>>,
  missing: TableId[],
  period: PeriodRead,
): void {
  const claimed = (view: SheetView, row: number) =>
    Object.values(tables).some(
      (t) =>
        t!.view === view &&
        row >= t!.headerRows[0] &&
        row <=
          (t!.rows.length
            ? t!.rows[t!.rows.length - 1]
            : t!.headerRows[t!.headerRows.length - 1]),
    );
  for (const view of views) {
    // Any caption-like line ends a table found by content (`Tabel 19` over the next table).
    const stops = new Set<number>();
    const { cells, top } = view.sheet;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i]?.find((c) => c && typeof c.value === "string")?.value;
      if (typeof v === "string" && ANY_CAPTION.test(v)) stops.add(top + i);
    }
    const last = Math.min(view.lastRow, view.firstRow + MAX_CONTENT_SCAN_ROWS);
    for (let r = view.firstRow; r <= last; r++) {
      if (claimed(view, r)) continue;
      const row = cells[r - top];
      if (
        !row ||
        row.filter(
          (c) => c && typeof c.value === "string" && c.value.trim() !== "",
        ).length < 3
      )
        continue;
      for (const id of missing) {
        if (tables[id]) continue;
        const h = bestHeaderAt(view, id, r, period, contentAccepts(view));
        if (!h) continue;
        const t = toTable(id, view, "content", h, stops);
        tables[id] = t;
        r = t.rows.length ? t.rows[t.rows.length - 1] : r;
        break;
      }
    }
  }
}
