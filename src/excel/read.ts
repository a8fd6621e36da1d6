// Reading the workbook for the engine: one sync when the sheet list is known (the usual click), a careful path
// (sheet sizes first, row blocks, merged areas per block) when Excel refuses or returns nothing.
import { Area, GridWorkbook, columnLetters } from "../core";
import { canFill, canMerged, errorCode } from "./capabilities";
import {
  PAYLOAD_BUDGET,
  RangeData,
  estimateReadBytes,
  isOwnSheet,
  parseArea,
  rangeToGrid,
} from "./cells";

export interface SheetInfo {
  name: string;
  visibility: string;
}

export interface WorkbookRead {
  sheets: SheetInfo[];
  data: Map<string, RangeData>;
  grid: GridWorkbook;
}

/**
 * Excel reads at most 5,000,000 cells per range and Excel on the web at most 5 MB per request
 * ("Resource limits and performance optimization for Office Add-ins", Excel add-ins section:
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins;
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-large). Blocks stay under both.
 */
export const CELL_LIMIT = 5_000_000;
const BLOCK_CELLS = Math.min(
  CELL_LIMIT,
  Math.floor(PAYLOAD_BUDGET / estimateReadBytes(1, 1)),
);
/**
 * getMergedAreasOrNullObject fails when the range holds more than 512 merged areas (its reference remarks:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 * On the careful path merged areas are read per block of this many rows, which a report's headers never exceed.
 */
const MERGE_BLOCK_ROWS = 200;

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

/**
 * Sheets the engine reads: every sheet but the add-in's undo record and its narrative. Hidden ones too (the settings
 * sheet LKjIP_Pengaturan is very hidden): they are flagged `hidden` and the engine prefers visible ones.
 */
export const engineSheet = (s: SheetInfo): boolean => !isOwnSheet(s.name);

export function listSheets(
  context: Excel.RequestContext,
): Excel.WorksheetCollection {
  const list = context.workbook.worksheets;
  list.load("items/name,items/visibility");
  return list;
}
export const sheetInfos = (list: Excel.WorksheetCollection): SheetInfo[] =>
  list.items.map((w) => ({ name: w.name, visibility: String(w.visibility) }));

interface PendingRange {
  range: Excel.Range;
  merged: Excel.RangeAreas | null;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

/** Queues one range's read. The used range counts values only (getUsedRange(true)): formatting a whole column must not make the read a million rows. */
export function queueRange(
  context: Excel.RequestContext,
  sheet: string,
  address?: string,
  withMerges = true,
): PendingRange {
  const ws = context.workbook.worksheets.getItem(sheet);
  const range = address ? ws.getRange(address) : ws.getUsedRange(true);
  range.load("address,values,text,numberFormat,formulas,valueTypes");
  let merged: Excel.RangeAreas | null = null;
  // Requirement set reported AND the method present in the loaded script; otherwise quietly without.
  if (
    withMerges &&
    canMerged() &&
    typeof range.getMergedAreasOrNullObject === "function"
  ) {
    merged = range.getMergedAreasOrNullObject();
    merged.load("address");
  }
  const props =
    canFill() && typeof range.getCellProperties === "function"
      ? range.getCellProperties({
          format: { fill: { color: true, pattern: true } },
        })
      : null;
  return { range, merged, props };
}

/** The loaded range, or null when Excel gave no values (too large a range). */
export function collect(p: PendingRange): RangeData | null {
  const r = p.range;
  if (!Array.isArray(r.values) || !Array.isArray(r.text)) return null;
  return {
    address: r.address,
    values: r.values,
    text: r.text,
    numberFormat: r.numberFormat ?? [],
    formulas: r.formulas ?? [],
    valueTypes: (r.valueTypes ?? []) as string[][],
    mergedAddress: p.merged && !p.merged.isNullObject ? p.merged.address : null,
    fills: p.props ? fillsOf(p.props.value) : undefined,
  };
}

function fillsOf(
  props: Excel.CellProperties[][] | null,
): (string | null)[][] | undefined {
  if (!Array.isArray(props)) return undefined;
  return props.map((row) =>
    row.map((c) =>
      c.format?.fill && c.format.fill.pattern !== "None" && c.format.fill.color
        ? c.format.fill.color
        : null,
    ),
  );
}

function toGrid(
  sheets: SheetInfo[],
  data: Map<string, RangeData>,
): WorkbookRead {
  const grid: GridWorkbook = {
    sheets: sheets
      .filter((s) => data.has(s.name))
      .map((s) => {
        const g = rangeToGrid(s.name, data.get(s.name)!);
        if (s.visibility !== "Visible") g.hidden = true;
        return g;
      }),
  };
  return { sheets, data, grid };
}

/** Reads every sheet the engine needs: one sync when the sheet list is known and Excel accepts the size. */
export async function readWorkbook(
  context: Excel.RequestContext,
): Promise<WorkbookRead> {
  const list = listSheets(context);
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
    // when the cause is elsewhere (a protected workbook, a lost connection).
    return carefulRead(context);
  }
  const sheets = sheetInfos(list);
  knownSheets = sheets;
  const missing = sheets.filter((s) => engineSheet(s) && !pending.has(s.name));
  if (missing.length) {
    for (const s of missing) pending.set(s.name, queueRange(context, s.name));
    try {
      await context.sync();
    } catch {
      return carefulRead(context);
    }
  }
  const data = new Map<string, RangeData>();
  for (const s of sheets) {
    const p = pending.get(s.name);
    if (!p) continue;
    const d = collect(p);
    if (!d) return carefulRead(context);
    data.set(s.name, d);
  }
  return toGrid(sheets, data);
}

interface Block {
  sheet: string;
  area: Area;
}

const areaAddress = (a: Area) =>
  `${columnLetters(a.left)}${a.top + 1}:${columnLetters(a.right)}${a.bottom + 1}`;

/** Splits each used range into row blocks within the cell and payload limits. */
function planBlocks(used: { sheet: string; address: string }[]): Block[] {
  const blocks: Block[] = [];
  for (const { sheet, address } of used) {
    const a = parseArea(address);
    if (!a) continue;
    const cols = a.right - a.left + 1;
    const rows = Math.max(1, Math.floor(BLOCK_CELLS / cols));
    for (let top = a.top; top <= a.bottom; top += rows)
      blocks.push({
        sheet,
        area: { ...a, top, bottom: Math.min(a.bottom, top + rows - 1) },
      });
  }
  return blocks;
}

/** The slow, sure read: the sheets and their sizes, then row blocks (several per sync), then merged areas per block. */
async function carefulRead(
  context: Excel.RequestContext,
): Promise<WorkbookRead> {
  const list = listSheets(context);
  await context.sync();
  const sheets = sheetInfos(list);
  const used = sheets.filter(engineSheet).map((s) => {
    const r = context.workbook.worksheets.getItem(s.name).getUsedRange(true);
    r.load("address");
    return { sheet: s.name, r };
  });
  await context.sync();
  const blocks = planBlocks(
    used.map((u) => ({ sheet: u.sheet, address: u.r.address })),
  );
  const parts = new Map<string, RangeData[]>();
  let batch: { sheet: string; p: PendingRange }[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    await context.sync();
    for (const { sheet, p } of batch) {
      const d = collect(p);
      if (!d) throw tooLarge();
      parts.set(sheet, [...(parts.get(sheet) ?? []), d]);
    }
    batch = [];
    bytes = 0;
  };
  for (const b of blocks) {
    const size = estimateReadBytes(
      b.area.bottom - b.area.top + 1,
      b.area.right - b.area.left + 1,
    );
    if (bytes + size > PAYLOAD_BUDGET) await flush();
    batch.push({
      sheet: b.sheet,
      p: queueRange(context, b.sheet, areaAddress(b.area), false),
    });
    bytes += size;
  }
  await flush();
  const data = new Map<string, RangeData>();
  for (const [sheet, ranges] of parts) data.set(sheet, joinBlocks(ranges));
  await readMergesByBlock(context, data);
  knownSheets = sheets;
  return toGrid(sheets, data);
}

/**
 * Merged areas per block of rows, all in one sync. If Excel still refuses (a block over 512 merged areas), each sheet
 * is tried in a sync of its own, so only the sheet at fault goes without them (its headers then read cell by cell).
 */
async function readMergesByBlock(
  context: Excel.RequestContext,
  data: Map<string, RangeData>,
): Promise<void> {
  if (!canMerged()) return;
  const queue = (sheet: string, d: RangeData) => {
    const a = parseArea(d.address);
    const list: Excel.RangeAreas[] = [];
    if (!a) return list;
    for (let top = a.top; top <= a.bottom; top += MERGE_BLOCK_ROWS) {
      const area = {
        ...a,
        top,
        bottom: Math.min(a.bottom, top + MERGE_BLOCK_ROWS - 1),
      };
      const m = context.workbook.worksheets
        .getItem(sheet)
        .getRange(areaAddress(area))
        .getMergedAreasOrNullObject();
      m.load("address");
      list.push(m);
    }
    return list;
  };
  const keep = (d: RangeData, list: Excel.RangeAreas[]) => {
    const found = list.filter((m) => !m.isNullObject).map((m) => m.address);
    d.mergedAddress = found.length ? found.join(",") : null;
  };
  const all = [...data].map(([sheet, d]) => ({ d, list: queue(sheet, d) }));
  try {
    await context.sync();
    for (const { d, list } of all) keep(d, list);
    return;
  } catch {
    // one sheet at a time below
  }
  for (const [sheet, d] of data) {
    const list = queue(sheet, d);
    try {
      // One sync per sheet on purpose: a failing sheet must not take the others' merged areas with it.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      keep(d, list);
    } catch {
      d.mergedAddress = null;
    }
  }
}

function tooLarge(): Error {
  return Object.assign(
    new Error(
      "Buku kerja terlalu besar untuk dibaca oleh Excel ini. Kurangi isi lembar yang bukan tabel laporan.",
    ),
    { code: "LKjIP.TooLarge" },
  );
}

function joinBlocks(list: RangeData[]): RangeData {
  const first = parseArea(list[0].address)!;
  const last = parseArea(list[list.length - 1].address)!;
  const cat = <T>(pick: (d: RangeData) => T[][]) => list.flatMap(pick);
  return {
    address: areaAddress({
      top: first.top,
      left: first.left,
      bottom: last.bottom,
      right: last.right,
    }),
    values: cat((d) => d.values),
    text: cat((d) => d.text),
    numberFormat: cat((d) => d.numberFormat),
    formulas: cat((d) => d.formulas),
    valueTypes: cat((d) => d.valueTypes),
    mergedAddress: null,
    fills: list.every((d) => d.fills) ? cat((d) => d.fills!) : undefined,
  };
}

/** Lists the sheets once when the pane loads, so the first click reads everything in a single sync. */
export async function primeSheetList(
  context: Excel.RequestContext,
): Promise<void> {
  const list = listSheets(context);
  await context.sync();
  knownSheets = sheetInfos(list);
}
