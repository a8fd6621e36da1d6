// Header-row choice: which row (or pair of rows) is a table's header, and what it maps. The labels are read
// (labels.ts), given their parts (columns.ts), and the header's extent taken from the labelled columns.
import { SheetView } from "../grid";
import { PeriodRead } from "../period";
import { ColumnKey, TABLE_SPECS, TableId, TableSpec } from "../tables";
import { ColumnChoice, matchColumns } from "./columns";
import { readHeaderLabels } from "./labels";

export interface HeaderMatch {
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

/** The header's columns: those given a part, widened over adjacent labelled columns; labels with no part are unused. */
function headerExtent(
  shown: Map<number, string>,
  used: Set<number>,
): Pick<HeaderMatch, "left" | "right" | "unused"> {
  let left = Infinity;
  let right = -Infinity;
  for (const c of used) {
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  // The header's own extent: adjacent labelled columns (a `Pejabat` or `Ket` the layout does not know) belong to it.
  if (used.size) {
    while (shown.has(left - 1)) left--;
    while (shown.has(right + 1)) right++;
  }
  const unused: { col: number; label: string }[] = [];
  for (let c = left; c <= right; c++)
    if (shown.has(c) && !used.has(c))
      unused.push({ col: c, label: shown.get(c)! });
  return { left, right, unused };
}

/** Every column the match reads or considered: the parts' columns, the periods summed and the candidates left. */
function usedColumns(
  taken: Set<ColumnKey>,
  columns: HeaderMatch["columns"],
  sums: HeaderMatch["sums"],
  choices: ColumnChoice[],
): Set<number> {
  const used = new Set<number>();
  for (const k of taken) {
    const c = columns[k];
    if (c !== undefined) used.add(c);
    for (const s of sums[k] ?? []) used.add(s);
  }
  for (const ch of choices) for (const o of ch.others) used.add(o.col);
  return used;
}

function requiredMatchedOf(
  spec: TableSpec,
  columns: HeaderMatch["columns"],
  sums: HeaderMatch["sums"],
): number {
  return spec.columns.filter(
    (s) => s.required && (columns[s.key] !== undefined || sums[s.key]),
  ).length;
}

/** Maps the columns of a header band (1 or 2 rows starting at `rows[0]`). */
export function matchHeader(
  view: SheetView,
  id: TableId,
  rows: number[],
  period: PeriodRead | null,
): HeaderMatch {
  const spec = TABLE_SPECS[id];
  const { labels, grouped } = readHeaderLabels(view, rows);
  const { columns, sums, choices, taken } = matchColumns(spec, labels, period);
  const shown = new Map(labels.map((l) => [l.col, l.shown]));
  return {
    rows,
    columns,
    sums,
    choices,
    ...headerExtent(shown, usedColumns(taken, columns, sums, choices)),
    matched: taken.size,
    requiredMatched: requiredMatchedOf(spec, columns, sums),
    grouped,
  };
}

function requiredCount(id: TableId): number {
  return TABLE_SPECS[id].columns.filter((c) => c.required).length;
}

/** A header is accepted when it shows most of the table's required labels. */
export function acceptable(id: TableId, m: HeaderMatch): boolean {
  const need = requiredCount(id);
  return (
    m.requiredMatched >= Math.max(2, Math.ceil(need / 2)) && m.matched >= 2
  );
}

/** The header at `row`: the row alone, or with the row below when the pair says more than either row alone. */
export function bestHeaderAt(
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

/** The first acceptable header between two rows. */
export function findHeader(
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
