// Column assignment: which header label plays which part of a table (tables.ts says which labels name which
// part). Left to right, each part goes to the first label that fits it; where several period or year columns
// name one part, the one to read is chosen for the report's period (spec §9).
import { PeriodRead } from "../period";
import { ColumnKey, ColumnSpec, TableSpec } from "../tables";
import { labelMatches } from "../text";
import { HeaderLabel, PeriodColumn, aliasMatch } from "./labels";

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
  /** The figure runs from the start of the year (`s.d. TW II`, `Kumulatif`, months 1–6 summed): said so (§9). */
  cumulative?: boolean;
}

export interface ColumnMatch {
  columns: Partial<Record<ColumnKey, number>>;
  /** A figure that is the sum of several period columns (no total column): the columns summed. */
  sums: Partial<Record<ColumnKey, number[]>>;
  choices: ColumnChoice[];
  /** The parts given a column (or a sum of columns). */
  taken: Set<ColumnKey>;
}

/** A label written with `%` is only a percentage part, unless no free percentage part claims it. */
function percentFits(spec: TableSpec, taken: Set<ColumnKey>, base: string) {
  return !spec.columns.some(
    (p) =>
      p.percent &&
      !taken.has(p.key) &&
      p.percentAliases?.some((a) => labelMatches(base, a)),
  );
}

/**
 * A label under one parent (Anggaran) may still name a part of the other (T, R under Kinerja) when no part of its
 * own parent says it: labels are read by meaning, not by where a parent label happens to reach (§9).
 */
function groupFits(spec: TableSpec, label: HeaderLabel, s: ColumnSpec) {
  return (
    !s.group ||
    !label.group ||
    s.group === label.group ||
    !spec.columns.some(
      (p) => p.group === label.group && aliasMatch(p, label.base),
    )
  );
}

function fits(
  spec: TableSpec,
  taken: Set<ColumnKey>,
  label: HeaderLabel,
  s: ColumnSpec,
): boolean {
  return (
    groupFits(spec, label, s) &&
    (!label.percent || s.percent || percentFits(spec, taken, label.base)) &&
    aliasMatch(s, label.base)
  );
}

/** The left-to-right pass: plain labels take their part; period and year labels gather under theirs. */
function assignLabels(spec: TableSpec, labels: HeaderLabel[]) {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const taken = new Set<ColumnKey>();
  const years = new Map<ColumnKey, HeaderLabel[]>();
  const periods = new Map<ColumnKey, HeaderLabel[]>();
  const percentLeft: HeaderLabel[] = [];
  for (const label of labels) {
    if (label.period || label.year) {
      const col = spec.columns.find(
        (s) => !taken.has(s.key) && fits(spec, taken, label, s),
      );
      if (!col) continue;
      const bucket = label.period ? periods : years;
      if (!bucket.has(col.key)) bucket.set(col.key, []);
      bucket.get(col.key)!.push(label);
      continue;
    }
    const col = spec.columns.find(
      (s) =>
        !taken.has(s.key) &&
        !periods.has(s.key) &&
        !years.has(s.key) &&
        fits(spec, taken, label, s),
    );
    if (!col) {
      if (label.percent) percentLeft.push(label);
      continue;
    }
    taken.add(col.key);
    columns[col.key] = label.col;
  }
  return { columns, taken, years, periods, percentLeft };
}

/** `Realisasi(%)`, `Target Kinerja(%)`: a percentage beside the figure it is the capaian of. */
function assignPercentLabels(
  spec: TableSpec,
  percentLeft: HeaderLabel[],
  taken: Set<ColumnKey>,
  columns: Partial<Record<ColumnKey, number>>,
): void {
  for (const label of percentLeft) {
    const col = spec.columns.find(
      (s) =>
        s.percent &&
        !taken.has(s.key) &&
        s.percentAliases?.some((a) => labelMatches(label.base, a)),
    );
    if (!col) continue;
    taken.add(col.key);
    columns[col.key] = label.col;
  }
}

/** Of `Target 2020`, `Target 2021`: the report's year, else the latest. */
function chooseYear(
  key: ColumnKey,
  title: string,
  cands: HeaderLabel[],
  period: PeriodRead | null,
): ColumnChoice {
  const wanted = period?.tahun ?? null;
  const pick =
    cands.find((x) => x.year === wanted) ??
    cands.reduce((a, b) => ((b.year ?? 0) > (a.year ?? 0) ? b : a));
  return {
    key,
    title,
    col: pick.col,
    label: pick.written,
    summed: [],
    others: cands
      .filter((x) => x !== pick)
      .map((x) => ({ col: x.col, label: x.written })),
    why:
      pick.year === wanted
        ? `tahun laporan ${wanted}`
        : `tahun terakhir pada judul kolom: ${pick.year}`,
  };
}

/** Of months or triwulan under one part: the cumulative column for the report's period, else the periods summed. */
function choosePeriod(
  key: ColumnKey,
  title: string,
  cands: HeaderLabel[],
  period: PeriodRead | null,
  shown: Map<number, string>,
): ColumnChoice {
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
  const labelOf = (p: PeriodColumn) => shown.get(p.col) ?? p.label;
  const others = (used: PeriodColumn[]) =>
    all
      .filter((p) => !used.includes(p))
      .map((p) => ({ col: p.col, label: labelOf(p) }));
  if (pick)
    return {
      key,
      title,
      col: pick.col,
      label: labelOf(pick),
      summed: [],
      others: others([pick]),
      why: "kolom kumulatif: jumlah sampai periode laporan",
      cumulative: true,
    };
  const used = parts.filter(upTo);
  return {
    key,
    title,
    col: null,
    label: used.map(labelOf).join(" + "),
    summed: used,
    others: others(used),
    why:
      tw === null
        ? "tidak ada kolom jumlah: semua kolom periode dijumlahkan"
        : `tidak ada kolom jumlah: periode sampai triwulan ${tw} dijumlahkan`,
    cumulative: used.some((p) => p.n === 1),
  };
}

/** Which header column plays which part of the table, and how a column was chosen among several. */
export function matchColumns(
  spec: TableSpec,
  labels: HeaderLabel[],
  period: PeriodRead | null,
): ColumnMatch {
  const { columns, taken, years, periods, percentLeft } = assignLabels(
    spec,
    labels,
  );
  assignPercentLabels(spec, percentLeft, taken, columns);
  const choices: ColumnChoice[] = [];
  const sums: Partial<Record<ColumnKey, number[]>> = {};
  const titleOf = (k: ColumnKey) =>
    spec.columns.find((s) => s.key === k)!.title;
  for (const [key, cands] of years) {
    if (taken.has(key)) continue;
    taken.add(key);
    const choice = chooseYear(key, titleOf(key), cands, period);
    columns[key] = choice.col!;
    choices.push(choice);
  }
  const shown = new Map(labels.map((l) => [l.col, l.shown]));
  for (const [key, cands] of periods) {
    if (taken.has(key)) continue;
    taken.add(key);
    const choice = choosePeriod(key, titleOf(key), cands, period, shown);
    if (choice.col !== null) columns[key] = choice.col;
    else sums[key] = choice.summed.map((p) => p.col);
    choices.push(choice);
  }
  return { columns, sums, choices, taken };
}
