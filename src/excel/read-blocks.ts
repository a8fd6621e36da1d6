// The slow, sure read, for when Excel refuses the one-sync read: the sheets and their sizes, then row blocks within
// the cell and payload limits (halved again whenever Excel refuses a response as too large: a sheet of long texts
// costs more than any estimate made before reading it), then the merged areas per block of rows.
import { Area, columnLetters } from "../core";
import { canMerged, errorCode, userError } from "./capabilities";
import {
  PAYLOAD_BUDGET,
  RangeData,
  estimateReadBytes,
  parseArea,
} from "./cells";
import { queueStructure, structureProtected } from "./protection";
import {
  PendingRange,
  WorkbookRead,
  collect,
  engineSheet,
  listSheets,
  queueRange,
  sheetInfos,
  toGrid,
} from "./range-read";

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
 * Each merged area is returned by the block that holds its top-left cell only (office-js#3611), so the blocks, which
 * tile the used range, give every merged area once.
 */
const MERGE_BLOCK_ROWS = 200;

/** Responses Excel refuses for their size: the block is halved and read again. */
const TOO_LARGE = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

interface Block {
  sheet: string;
  area: Area;
}
interface ReadPart {
  sheet: string;
  top: number;
  data: RangeData;
}

const areaAddress = (a: Area) =>
  `${columnLetters(a.left)}${a.top + 1}:${columnLetters(a.right)}${a.bottom + 1}`;
const rowsOf = (b: Block) => b.area.bottom - b.area.top + 1;
const bytesOf = (b: Block) =>
  estimateReadBytes(rowsOf(b), b.area.right - b.area.left + 1);

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

/** Groups blocks into syncs of at most PAYLOAD_BUDGET (estimated). */
function batches(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  let cur: Block[] = [];
  let bytes = 0;
  for (const b of blocks) {
    if (cur.length && bytes + bytesOf(b) > PAYLOAD_BUDGET) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(b);
    bytes += bytesOf(b);
  }
  if (cur.length) out.push(cur);
  return out;
}

function tooLarge(): Error {
  return userError(
    "TooLarge",
    "Buku kerja terlalu besar untuk dibaca oleh Excel ini. Kurangi isi lembar yang bukan tabel laporan.",
  );
}

function halves(list: Block[]): Block[][] {
  if (list.length > 1) {
    const mid = Math.ceil(list.length / 2);
    return [list.slice(0, mid), list.slice(mid)];
  }
  const [b] = list;
  const mid = b.area.top + Math.floor(rowsOf(b) / 2) - 1;
  return [
    [{ sheet: b.sheet, area: { ...b.area, bottom: mid } }],
    [{ sheet: b.sheet, area: { ...b.area, top: mid + 1 } }],
  ];
}

/**
 * Reads blocks in one sync; when Excel refuses the response as too large (or gives no values), in halves, down to
 * one row. Any other refusal is not about size and is passed on as it is.
 */
async function readPart(
  context: Excel.RequestContext,
  list: Block[],
  out: ReadPart[],
): Promise<void> {
  const pending = list.map((b) => ({
    b,
    p: queueRange(context, b.sheet, areaAddress(b.area), false),
  }));
  let data: (RangeData | null)[] | null = null;
  try {
    await context.sync();
    data = pending.map(({ p }) => collect(p));
  } catch (e) {
    if (!TOO_LARGE.has(errorCode(e))) throw e;
  }
  if (data && data.every((d) => d)) {
    pending.forEach(({ b }, i) =>
      out.push({ sheet: b.sheet, top: b.area.top, data: data![i]! }),
    );
    return;
  }
  if (list.length === 1 && rowsOf(list[0]) === 1) throw tooLarge();
  // Halving on purpose, one sync per half: a response Excel refused must be asked for in smaller parts.
  for (const half of halves(list)) await readPart(context, half, out);
}

/** The careful read of every engine sheet. */
export async function carefulRead(
  context: Excel.RequestContext,
): Promise<WorkbookRead> {
  const list = listSheets(context);
  const book = queueStructure(context);
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
  const parts: ReadPart[] = [];
  // One sync per batch on purpose: each batch is as much as one response may carry.
  for (const b of batches(blocks)) await readPart(context, b, parts);
  const data = new Map<string, RangeData>();
  for (const s of sheets) {
    const mine = parts.filter((p) => p.sheet === s.name);
    if (mine.length)
      data.set(s.name, joinBlocks(mine.sort((x, y) => x.top - y.top)));
  }
  await readMergesByBlock(context, data);
  return toGrid(sheets, data, structureProtected(book));
}

function queueMerges(
  context: Excel.RequestContext,
  sheet: string,
  d: RangeData,
): Excel.RangeAreas[] {
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
}

function keepMerges(d: RangeData, list: Excel.RangeAreas[]): void {
  const found = list.filter((m) => !m.isNullObject).map((m) => m.address);
  d.mergedAddress = found.length ? found.join(",") : null;
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
  const all = [...data].map(([sheet, d]) => ({
    d,
    list: queueMerges(context, sheet, d),
  }));
  try {
    await context.sync();
    for (const { d, list } of all) keepMerges(d, list);
    return;
  } catch {
    // one sheet at a time below
  }
  for (const [sheet, d] of data) {
    const list = queueMerges(context, sheet, d);
    try {
      // One sync per sheet on purpose: a failing sheet must not take the others' merged areas with it.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      keepMerges(d, list);
    } catch {
      d.mergedAddress = null;
    }
  }
}

function joinBlocks(list: ReadPart[]): RangeData {
  const first = parseArea(list[0].data.address)!;
  const last = parseArea(list[list.length - 1].data.address)!;
  const cat = <T>(pick: (d: RangeData) => T[][]) =>
    list.flatMap((p) => pick(p.data));
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
    fills: list.every((p) => p.data.fills) ? cat((d) => d.fills!) : undefined,
  };
}

export type { PendingRange };
