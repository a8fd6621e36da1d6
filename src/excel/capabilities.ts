// What the host can do, and how a batch is run. A newer API is used only where the host reports its requirement
// set (isSetSupported answers for the host, not for the office.js script that was loaded) AND the object is
// really there: https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
// ("Runtime checks for method and requirement set support").

function supports(set: string, version: string): boolean {
  try {
    return !!Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** getCellProperties (ExcelApi 1.9): fills are painted only where the previous fill can be read, so restored. */
export const canFill = (): boolean => supports("ExcelApi", "1.9");
/** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
export const canMerged = (): boolean => supports("ExcelApi", "1.13");
/** RunOptions.mergeUndoGroup (ExcelApi 1.20): https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-1-20-requirement-set */
export const canMergeUndo = (): boolean => supports("ExcelApi", "1.20");

/** Workbook.notes (ExcelApi 1.18), only when the loaded script also has it (the frozen npm office.js has not). */
export function notesOf(
  context: Excel.RequestContext,
): Excel.NoteCollection | null {
  if (!supports("ExcelApi", "1.18")) return null;
  const notes = (context.workbook as { notes?: Excel.NoteCollection }).notes;
  return notes && typeof notes.getItemOrNullObject === "function"
    ? notes
    : null;
}

/** An Office error's code ("UndoNotSupported", "ItemNotFound", …), or "". */
export function errorCode(e: unknown): string {
  return String((e as { code?: unknown })?.code ?? "");
}

export function isUndoNotSupported(e: unknown): boolean {
  return errorCode(e) === "UndoNotSupported";
}

/**
 * Runs a batch. `grouped`: all its syncs become ONE entry in Excel's own undo stack (mergeUndoGroup, "When true,
 * all context.sync() calls within a single Excel.run are merged into one undo group":
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions). A grouped run that Excel refuses with
 * UndoNotSupported (an API in it has no undo, e.g. Worksheet.visibility on Windows and Mac:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities) is run again ungrouped:
 * the add-in's own Urungkan works either way. The batch must therefore be safe to run twice (each re-reads).
 */
export async function run<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  grouped = false,
): Promise<T> {
  if (!grouped || !canMergeUndo()) return Excel.run(batch);
  try {
    return await Excel.run({ mergeUndoGroup: true }, batch);
  } catch (e) {
    if (!isUndoNotSupported(e)) throw e;
    return Excel.run(batch);
  }
}

// ---------------------------------------------------------------- Office (not Excel) surface

export function displayLanguage(): string {
  try {
    return Office.context.displayLanguage || "id-ID";
  } catch {
    return "id-ID";
  }
}

/** Opens the pane (shared runtime) so a ribbon click's result is visible. */
export async function showPane(): Promise<void> {
  try {
    if (supports("SharedRuntime", "1.1")) await Office.addin.showAsTaskpane();
  } catch {
    /* the pane may already be open or the client may refuse; the message is still in the pane */
  }
}

export function onReady(): Promise<{ host: Office.HostType | null }> {
  return Office.onReady().then((info) => ({ host: info?.host ?? null }));
}

export function associate(
  id: string,
  handler: (event: Office.AddinCommands.Event) => void,
): void {
  Office.actions.associate(id, handler);
}
