// The reader: finds the five tables in a workbook — by sheet name, by caption, or by the content of a header
// row — and maps their columns, period columns and year columns included (spec §1–2, §9). Which header labels
// name which column is data (tables.ts); the reader only applies it. Grid in; found tables and the period out.
import { GridWorkbook, SheetView } from "../grid";
import { PeriodRead } from "../period";
import { EMPTY_PETA, Peta } from "../peta";
import { isToolSheet } from "../store";
import { TABLE_IDS, TableId, sheetTableId } from "../tables";
import { CAPTION_WINDOW, Caption, findCaptions } from "./captions";
import { findByContent } from "./content";
import { findHeader } from "./header";
import { PetaProblem, applyPeta } from "./peta";
import { readPeriod } from "./period";
import { FoundTable, toTable } from "./table";

export type { Caption } from "./captions";
export { ANY_CAPTION, CAPTION_WINDOW, findCaptions } from "./captions";
export type { ColumnChoice } from "./columns";
export type { PeriodColumn } from "./labels";
export { detectPeriod, readPeriod } from "./period";
export type { FoundTable } from "./table";
export type { PetaProblem } from "./peta";

export interface ReadResult {
  tables: Partial<Record<TableId, FoundTable>>;
  captions: Caption[];
  period: PeriodRead;
  peta: Peta;
  /** Tables claimed by more than one sheet or caption: the one read and the ones left (spec §1). */
  duplicates: { chosen: FoundTable; others: FoundTable[] }[];
  /** The peta's choices that could not apply (§9): each is said, none is used. */
  petaProblems: PetaProblem[];
}

/** What claiming a table needs: the sheets, their captions, the report's period and the rows that end a table. */
interface Claiming {
  views: SheetView[];
  captions: Caption[];
  period: PeriodRead;
  /** The caption rows of a sheet: each ends the table above it. */
  stopsOf: (v: SheetView) => Set<number>;
}

function captionStops(captions: Caption[]): (v: SheetView) => Set<number> {
  const rows = new Map<SheetView, Set<number>>();
  for (const c of captions) {
    if (!rows.has(c.view)) rows.set(c.view, new Set());
    rows.get(c.view)!.add(c.row);
  }
  return (v) => rows.get(v) ?? new Set<number>();
}

/** Every claim on a table, in the order sheets come: sheets named for the table, then captions elsewhere. */
function claimsOn(id: TableId, c: Claiming): FoundTable[] {
  const underCaption = (cap: Caption): FoundTable | null => {
    const h = findHeader(
      cap.view,
      id,
      cap.row + 1,
      cap.row + CAPTION_WINDOW,
      c.period,
    );
    return h ? toTable(id, cap.view, "caption", h, c.stopsOf(cap.view)) : null;
  };
  const claims: FoundTable[] = [];
  const named = c.views.filter((v) => sheetTableId(v.name) === id);
  for (const view of named) {
    // In a sheet of its own, a caption (if any) marks where the table starts; else the first matching header.
    const own = c.captions.filter((cap) => cap.view === view && cap.id === id);
    const found =
      own.map(underCaption).find((t) => t) ??
      (() => {
        const h = findHeader(view, id, view.firstRow, view.lastRow, c.period);
        return h ? toTable(id, view, "sheet", h, c.stopsOf(view)) : null;
      })();
    if (found) claims.push({ ...found, foundBy: "sheet" });
  }
  for (const cap of c.captions.filter((x) => x.id === id)) {
    if (named.includes(cap.view)) continue;
    const t = underCaption(cap);
    if (t) claims.push(t);
  }
  return claims;
}

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
  const claiming = { views, captions, period, stopsOf: captionStops(captions) };
  const tables: Partial<Record<TableId, FoundTable>> = {};
  const duplicates: ReadResult["duplicates"] = [];
  for (const id of TABLE_IDS) {
    const claims = claimsOn(id, claiming);
    if (claims.length === 0) continue;
    const chosen = claims.find((t) => !t.view.sheet.hidden) ?? claims[0];
    tables[id] = chosen;
    if (claims.length > 1)
      duplicates.push({ chosen, others: claims.filter((t) => t !== chosen) });
  }
  const missing = TABLE_IDS.filter((id) => !tables[id]);
  if (missing.length) findByContent(views, tables, missing, period);
  const petaProblems = applyPeta(views, tables, period, peta);
  return { tables, captions, period, peta, duplicates, petaProblems };
}
