// What the host can do, and how a batch is run. A newer API is used only where the host reports its requirement
// set (isSetSupported answers for the host, not for the office.js script that was loaded) AND the object is
// really there: https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements
// ("Runtime checks for method and requirement set support").

export function supports(set: string, version: string): boolean {
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

/** Workbook.protection (ExcelApi 1.7): whether the workbook's structure is protected. */
export const canWorkbookProtection = (): boolean => supports("ExcelApi", "1.7");

/**
 * Workbook.notes (ExcelApi 1.18), only when the loaded script also has it (the frozen npm office.js has not).
 * Used in the documented forms only: Workbook.notes.add(Range, …) and Worksheet.notes.getItemOrNullObject("A1").
 */
export function notesOf(
  context: Excel.RequestContext,
): Excel.NoteCollection | null {
  if (!supports("ExcelApi", "1.18")) return null;
  const notes = (context.workbook as { notes?: Excel.NoteCollection }).notes;
  return notes && typeof notes.add === "function" ? notes : null;
}

/** The requirement sets the add-in uses, and what for (the Diagnostik reports each). */
export const REQUIREMENT_SETS: { set: string; version: string; use: string }[] =
  [
    {
      set: "SharedRuntime",
      version: "1.1",
      use: "pita dan panel berbagi keadaan",
    },
    { set: "ExcelApi", version: "1.2", use: "proteksi lembar" },
    { set: "ExcelApi", version: "1.7", use: "proteksi struktur buku kerja" },
    {
      set: "ExcelApi",
      version: "1.9",
      use: "warna sel (dibaca untuk Urungkan)",
    },
    { set: "ExcelApi", version: "1.13", use: "sel gabungan" },
    { set: "ExcelApi", version: "1.18", use: "catatan sel" },
    { set: "ExcelApi", version: "1.20", use: "satu langkah Undo per klik" },
  ];

/** An error whose message is already the sentence for the user (Indonesian); its code starts with "LKjIP.". */
export function userError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code: `LKjIP.${code}` });
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

/** Office.context.diagnostics (host, platform, Office version), or empty strings outside Office. */
export function diagnostics(): {
  host: string;
  platform: string;
  version: string;
} {
  try {
    const d = Office.context.diagnostics;
    return {
      host: String(d?.host ?? ""),
      platform: String(d?.platform ?? Office.context.platform ?? ""),
      version: String(d?.version ?? ""),
    };
  } catch {
    return { host: "", platform: "", version: "" };
  }
}

/**
 * Excel on Windows and on Mac cannot undo Worksheet.visibility (nor Worksheet.delete) and empty the user's undo stack
 * when an add-in calls them ("Undo support with the Excel JavaScript API", Unsupported APIs); Excel on the web can undo
 * a sheet's visibility. An unknown platform is treated as the desktop: the user is told rather than surprised.
 */
export const hidingClearsUndo = (): boolean =>
  diagnostics().platform !== "OfficeOnline";

/**
 * Whether the pane can offer a file download. WKWebView (Excel on Mac, and on iPad) does nothing with a blob
 * download and says nothing either (office-js#2700, closed "by design"; #3385, open), so there no download is offered.
 */
export const canOfferDownload = (): boolean =>
  !["Mac", "iOS"].includes(diagnostics().platform);

export function displayLanguage(): string {
  try {
    return Office.context.displayLanguage || "id-ID";
  } catch {
    return "id-ID";
  }
}

/** What Excel offers the pane beyond reading and writing (the Host's capabilities, src/addin/host.ts). */
export const capabilities = {
  selectCell: true,
  undo: true,
  siapkan: true,
  diagnostik: true,
  ribbon: true,
  file: false,
};

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
