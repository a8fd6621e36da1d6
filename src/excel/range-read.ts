// The read primitives: the sheet list (names, ids, visibility, protection), one range's queued read, and the loaded
// result in the engine's grid form. read.ts and read-blocks.ts build the workbook read from these.
import { GridWorkbook } from "../core";
import { canFill, canMerged } from "./capabilities";
import { RangeData, isOwnSheet, rangeToGrid } from "./cells";

export interface SheetInfo {
  name: string;
  visibility: string;
  /** Worksheet.id: the same sheet after a rename. */
  id?: string;
  /** Sheet protection on. */
  protected?: boolean;
}

export interface WorkbookRead {
  sheets: SheetInfo[];
  data: Map<string, RangeData>;
  grid: GridWorkbook;
  /** The workbook's structure is protected (no sheet can be added or hidden). */
  structure: boolean;
}

/**
 * Sheets the engine reads: every sheet but the add-in's undo record and its narrative. A table can sit on any other
 * sheet (found by its sheet name, a caption anywhere, or its header row's labels: spec §1), so none is left out
 * unread: a sheet that holds no table costs its read, never a wrong answer. Hidden ones too (the settings sheet
 * LKjIP_Pengaturan is very hidden): they are flagged `hidden` and the engine prefers visible ones.
 */
export const engineSheet = (s: SheetInfo): boolean => !isOwnSheet(s.name);

export function listSheets(
  context: Excel.RequestContext,
): Excel.WorksheetCollection {
  const list = context.workbook.worksheets;
  list.load("items/name,items/visibility,items/id,items/protection/protected");
  return list;
}
export const sheetInfos = (list: Excel.WorksheetCollection): SheetInfo[] =>
  list.items.map((w) => ({
    name: w.name,
    visibility: String(w.visibility),
    id: w.id,
    protected: w.protection?.protected === true,
  }));

export interface PendingRange {
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
  // Excel returns only the merged areas whose top-left cell is inside the range (office-js#3611); the used range
  // (values only) holds the top-left cell of every merged area that has a value, which is all the engine reads.
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

export function toGrid(
  sheets: SheetInfo[],
  data: Map<string, RangeData>,
  structure: boolean,
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
  return { sheets, data, grid, structure };
}
