// The add-in's own very hidden sheets: LKjIP_Urungkan (what a click replaced) and LKjIP_Pengaturan (the settings the
// command line reads too). Hiding a sheet has no undo in Excel on Windows and Mac and empties the user's Ctrl+Z
// history ("Undo support with the Excel JavaScript API", Unsupported APIs: Worksheet.visibility). So both are made
// together, once per workbook, in a run of their own outside any undo group, and only after the pane has told the
// user (src/addin asks first, see missingToolSheets).
import { SETTINGS_SHEET, storeRows } from "../core";
import { errorCode } from "./capabilities";
import { UNDO_SHEET } from "./cells";
import {
  assertWritable,
  queueStructure,
  structureProtected,
} from "./protection";
import { cachedSheets, listSheets, rememberSheets, sheetInfos } from "./read";

export const TOOL_SHEETS = [UNDO_SHEET, SETTINGS_SHEET] as const;

const lower = (s: string) => s.toLowerCase();

/** The tool sheets this workbook lacks (no sync when the cached list already has them all). */
export async function missingToolSheets(): Promise<string[]> {
  const have = (names: string[]) =>
    TOOL_SHEETS.filter((t) => !names.map(lower).includes(lower(t)));
  const cached = cachedSheets();
  if (cached && have(cached.map((s) => s.name)).length === 0) return [];
  return Excel.run(async (context) => {
    const list = listSheets(context);
    await context.sync();
    const infos = sheetInfos(list);
    rememberSheets(infos);
    return have(infos.map((s) => s.name));
  });
}

/**
 * Adds the missing tool sheets, very hidden, in one ungrouped run (the settings sheet with its header row). Refused
 * with the user's sentence when the workbook's structure is protected. No sync at all when nothing is missing.
 */
export async function ensureToolSheets(): Promise<void> {
  const cached = cachedSheets();
  if (
    cached &&
    TOOL_SHEETS.every((t) => cached.some((s) => lower(s.name) === lower(t)))
  )
    return;
  await Excel.run(async (context) => {
    const list = listSheets(context);
    const book = queueStructure(context);
    await context.sync();
    const infos = sheetInfos(list);
    const missing = TOOL_SHEETS.filter(
      (t) => !infos.some((s) => lower(s.name) === lower(t)),
    );
    if (!missing.length) return;
    assertWritable(infos, structureProtected(book), [], missing);
    for (const name of missing) {
      const ws = context.workbook.worksheets.add(name);
      if (name === SETTINGS_SHEET) {
        const head = ws.getRange("A1:B1");
        head.numberFormat = [["@", "@"]];
        head.values = storeRows({}); // the header row only
      }
      // veryHidden: not listed in Excel's Unhide dialog, so users do not edit it by accident.
      ws.visibility = Excel.SheetVisibility.veryHidden;
    }
    try {
      await context.sync();
    } catch (e) {
      if (errorCode(e) !== "ItemAlreadyExists") throw e;
    }
    rememberSheets([
      ...infos,
      ...missing.map((name) => ({
        name,
        visibility: "VeryHidden",
        protected: false,
      })),
    ]);
  });
}
