// Finding a table by content (spec §1): a header row whose labels say what the table is, under any caption or
// number, for the tables no sheet name or caption claimed.
import { SheetView } from "../grid";
import { PeriodRead } from "../period";
import { ColumnKey, TABLE_SPECS, TableId } from "../tables";
import { ANY_CAPTION } from "./captions";
import { HeaderMatch, bestHeaderAt } from "./header";
import { labelKeys } from "./labels";
import { FoundTable, lastRowOf, toTable } from "./table";

const MAX_CONTENT_SCAN_ROWS = 2000;

/** A header says what the table is: all of one signature, a naming column, and no part the table excludes. */
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

/** Any caption-like line ends a table found by content (`Tabel 19` over the next table). */
function captionLikeRows(view: SheetView): Set<number> {
  const stops = new Set<number>();
  const { cells, top } = view.sheet;
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i]?.find((c) => c && typeof c.value === "string")?.value;
    if (typeof v === "string" && ANY_CAPTION.test(v)) stops.add(top + i);
  }
  return stops;
}

/** A row with at least three texts may be a header. */
function mayBeHeader(view: SheetView, r: number): boolean {
  const row = view.sheet.cells[r - view.sheet.top];
  return (
    !!row &&
    row.filter((c) => c && typeof c.value === "string" && c.value.trim() !== "")
      .length >= 3
  );
}

export function findByContent(
  views: SheetView[],
  tables: Partial<Record<TableId, FoundTable>>,
  missing: TableId[],
  period: PeriodRead,
  /** Tables read by a form's layout: their rows are theirs even when another table took the part. */
  forms: FoundTable[] = [],
): void {
  const claimed = (view: SheetView, row: number) =>
    [...Object.values(tables), ...forms].some(
      (t) =>
        t!.view === view && row >= t!.headerRows[0] && row <= lastRowOf(t!),
    );
  for (const view of views) {
    const stops = captionLikeRows(view);
    const last = Math.min(view.lastRow, view.firstRow + MAX_CONTENT_SCAN_ROWS);
    for (let r = view.firstRow; r <= last; r++) {
      if (claimed(view, r) || !mayBeHeader(view, r)) continue;
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
