// Reading the workbook for the engine: one sync when the sheet list is known (the usual click); the careful path
// (read-blocks.ts) when Excel refuses or returns nothing. The sheet list travels with the read, with each sheet's
// protection and the workbook's, so a click that writes knows before writing whether Excel would refuse.
import { errorCode } from "./capabilities";
import { RangeData } from "./cells";
import { queueStructure, structureProtected } from "./protection";
import { carefulRead } from "./read-blocks";
import {
  PendingRange,
  SheetInfo,
  WorkbookRead,
  collect,
  engineSheet,
  listSheets,
  queueRange,
  sheetInfos,
  toGrid,
} from "./range-read";

export { CELL_LIMIT } from "./read-blocks";
export {
  collect,
  engineSheet,
  listSheets,
  queueRange,
  sheetInfos,
} from "./range-read";
export type { SheetInfo, WorkbookRead } from "./range-read";

/**
 * The sheet list as of the last read. Listing sheets needs a sync of its own before their ranges can be
 * queued; with the list known, the list and every used range travel in the same sync. A stale list
 * (a sheet renamed or deleted) makes that sync fail and the read starts over; a new sheet costs one more sync.
 */
let knownSheets: SheetInfo[] | null = null;

export const cachedSheets = (): SheetInfo[] | null => knownSheets;
export function rememberSheets(list: SheetInfo[] | null): void {
  knownSheets = list;
}
/** For tests: forget the cached sheet list. */
export function resetSheetCache(): void {
  knownSheets = null;
}

/** Reads every sheet the engine needs: one sync when the sheet list is known and Excel accepts the size. */
export async function readWorkbook(
  context: Excel.RequestContext,
): Promise<WorkbookRead> {
  const list = listSheets(context);
  const book = queueStructure(context);
  const pending = new Map<string, PendingRange>();
  if (knownSheets)
    for (const s of knownSheets.filter(engineSheet))
      pending.set(s.name, queueRange(context, s.name));
  try {
    await context.sync();
  } catch (e) {
    const stale = knownSheets !== null && errorCode(e) === "ItemNotFound";
    knownSheets = null;
    if (errorCode(e) === "InvalidOperationInCellEditMode") throw e;
    // A sheet renamed or deleted since the list was cached: list again, then the one-sync read.
    if (stale) {
      await primeSheetList(context);
      return readWorkbook(context);
    }
    // A payload or size limit, too many merged areas: the careful path, which fails with the same error
    // when the cause is elsewhere (a lost connection).
    return remember(await carefulRead(context));
  }
  const sheets = sheetInfos(list);
  knownSheets = sheets;
  const missing = sheets.filter((s) => engineSheet(s) && !pending.has(s.name));
  if (missing.length) {
    for (const s of missing) pending.set(s.name, queueRange(context, s.name));
    try {
      await context.sync();
    } catch {
      return remember(await carefulRead(context));
    }
  }
  const data = new Map<string, RangeData>();
  for (const s of sheets) {
    const p = pending.get(s.name);
    if (!p) continue;
    const d = collect(p);
    if (!d) return remember(await carefulRead(context));
    data.set(s.name, d);
  }
  return toGrid(sheets, data, structureProtected(book));
}

function remember(read: WorkbookRead): WorkbookRead {
  knownSheets = read.sheets;
  return read;
}

/** Lists the sheets once when the pane loads, so the first click reads everything in a single sync. */
export async function primeSheetList(
  context: Excel.RequestContext,
): Promise<void> {
  const list = listSheets(context);
  await context.sync();
  knownSheets = sheetInfos(list);
}
