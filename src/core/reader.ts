// Finds the five tables in a workbook, by sheet name or by caption, and maps their columns (spec §1–2).
import { GridWorkbook, SheetView } from "./grid";
import { cleanText, displayText } from "./number";
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
import { isToolSheet } from "./store";
import { labelMatches, normalizeLabel } from "./text";

export interface FoundTable {
  id: TableId;
  view: SheetView;
  foundBy: "sheet" | "caption";
  /** Absolute rows of the header band (one or two rows). */
  headerRows: number[];
  /** Leftmost and rightmost header columns. */
  left: number;
  right: number;
  columns: Partial<Record<ColumnKey, number>>;
  missing: ColumnSpec[];
  /** Absolute rows of the body, blank rows left out. */
  rows: number[];
}

export interface Caption {
  id: TableId;
  view: SheetView;
  row: number;
  col: number;
}

const CAPTION_WINDOW = 6;

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

interface HeaderMatch {
  rows: number[];
  columns: Partial<Record<ColumnKey, number>>;
  matched: number;
  requiredMatched: number;
  left: number;
  right: number;
  /** The upper row carries parent labels (Anggaran, Kinerja) over the lower row. */
  grouped: boolean;
}

/** Maps the columns of a header band (1 or 2 rows starting at `row`). */
function matchHeader(
  view: SheetView,
  id: TableId,
  rows: number[],
): HeaderMatch {
  const spec = TABLE_SPECS[id];
  const first = view.firstCol;
  const last = view.lastCol;
  const columns: Partial<Record<ColumnKey, number>> = {};
  const taken = new Set<ColumnKey>();
  let parent: "anggaran" | "kinerja" | undefined;
  let grouped = false;
  let left = Infinity;
  let right = -Infinity;
  for (let c = first; c <= last; c++) {
    const upper = cellLabel(view, rows[0], c);
    const lower = rows.length > 1 ? cellLabel(view, rows[1], c) : "";
    // A parent label (Anggaran, Kinerja) covers the columns to its right until the next upper label.
    if (rows.length > 1) {
      if (upper !== "") parent = GROUP_LABELS[upper];
      else if (lower === "") parent = undefined;
      if (parent && lower !== "" && lower !== upper) grouped = true;
    }
    const label = lower || upper;
    if (label === "") continue;
    const group = rows.length > 1 && lower !== "" ? parent : undefined;
    const col = spec.columns.find(
      (s) =>
        !taken.has(s.key) &&
        (!s.group || !group || s.group === group) &&
        s.aliases.some((a) => labelMatches(label, a)),
    );
    if (!col) continue;
    taken.add(col.key);
    columns[col.key] = c;
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  const requiredMatched = spec.columns.filter(
    (s) => s.required && columns[s.key] !== undefined,
  ).length;
  return {
    rows,
    columns,
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
): HeaderMatch | null {
  const one = matchHeader(view, id, [row]);
  if (one.matched === 0) return null;
  // A two-row header only when the pair says more than either row alone (not a title line over a header).
  let best = one;
  if (row + 1 <= view.lastRow) {
    const two = matchHeader(view, id, [row, row + 1]);
    const below = matchHeader(view, id, [row + 1]);
    if (
      two.requiredMatched > one.requiredMatched &&
      (two.requiredMatched > below.requiredMatched || two.grouped)
    )
      best = two;
  }
  return acceptable(id, best) ? best : null;
}

function findHeader(
  view: SheetView,
  id: TableId,
  from: number,
  to: number,
): HeaderMatch | null {
  for (let r = from; r <= Math.min(to, view.lastRow); r++) {
    const m = bestHeaderAt(view, id, r);
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
    if (!/^\d{1,2}$/.test(t) || Number(t) < expected) return false;
    expected = Number(t) + 1;
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

const SUBROW_RE = /^\d+\s*[.)]?\s*[a-z]\s*[.)]?$/i;

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
  if (t.id === "3.2")
    return SUBROW_RE.test(text("no")) || /^\d+\s*\.?$/.test(text("no"));
  if (t.id === "2.3")
    return text("subKegiatan") !== "" && text("anggaran") !== "";
  // 2.1, 2.2, 3.1: the next sasaran, numbered.
  return /^\d+\s*\.?$/.test(text("no")) && text("sasaran") !== "";
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

function toTable(
  id: TableId,
  view: SheetView,
  foundBy: FoundTable["foundBy"],
  h: HeaderMatch,
  stopRows: Set<number>,
): FoundTable {
  const missing = TABLE_SPECS[id].columns.filter(
    (s) => s.required && h.columns[s.key] === undefined,
  );
  const base = {
    id,
    view,
    foundBy,
    headerRows: h.rows,
    left: h.left,
    right: h.right,
    columns: h.columns,
    missing,
  };
  return { ...base, rows: bodyRows(base, stopRows) };
}

export interface ReadResult {
  tables: Partial<Record<TableId, FoundTable>>;
  captions: Caption[];
  /** Tables claimed by more than one sheet or caption: the one read and the ones left (spec §1). */
  duplicates: { chosen: FoundTable; others: FoundTable[] }[];
}

/** Finds every table: a sheet named for it first, then a caption anywhere; a visible claim beats a hidden one. */
export function readTables(wb: GridWorkbook): ReadResult {
  // The tool's own sheets (settings, undo) are never a report table.
  const views = wb.sheets
    .filter((s) => !isToolSheet(s.name))
    .map((s) => new SheetView(s));
  const captions = findCaptions(views);
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
      const h = findHeader(cap.view, id, cap.row + 1, cap.row + CAPTION_WINDOW);
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
          const h = findHeader(view, id, view.firstRow, view.lastRow);
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
  return { tables, captions, duplicates };
}
