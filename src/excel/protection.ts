// Writes that would fail halfway are refused before anything is written: a protected sheet refuses cell contents and
// formats, a protected workbook structure refuses adding or hiding sheets (Worksheet.protection, ExcelApi 1.2;
// Workbook.protection, 1.7: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#protect-worksheet-data
// and excel-add-ins-workbooks#protect-workbook-structure). Excel 2021/2024 have no undo grouping to fall back on, so
// a refused request in the middle of a click would leave changes nobody can take back.
import { canWorkbookProtection, userError } from "./capabilities";

export interface SheetState {
  name: string;
  protected?: boolean;
}

/** Queues the read of the workbook's structure protection (null where the host lacks ExcelApi 1.7). */
export function queueStructure(
  context: Excel.RequestContext,
): Excel.WorkbookProtection | null {
  if (!canWorkbookProtection()) return null;
  const p = context.workbook.protection;
  p.load("protected");
  return p;
}

export const structureProtected = (
  p: Excel.WorkbookProtection | null,
): boolean => !!p && p.protected === true;

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * Throws the user's sentence when a sheet to be written is protected, or when sheets must be added (or hidden) in a
 * workbook whose structure is protected. Nothing has been written when it throws.
 */
export function assertWritable(
  sheets: SheetState[],
  structure: boolean,
  writeTo: Iterable<string>,
  addSheets: string[] = [],
): void {
  const wanted = new Set([...writeTo].map((n) => n.toLowerCase()));
  const locked = sheets
    .filter((s) => s.protected && wanted.has(s.name.toLowerCase()))
    .map((s) => s.name);
  if (locked.length)
    throw userError(
      "SheetProtected",
      `Lembar ${quoted(locked)} terlindungi, jadi Excel akan menolak perubahan di sana. Tidak ada yang diubah. Buka proteksinya (Tinjau › Buka Proteksi Lembar), lalu klik lagi.`,
    );
  if (structure && addSheets.length)
    throw userError(
      "StructureProtected",
      `Struktur buku kerja ini terlindungi, jadi add-in tidak dapat menambah lembar ${quoted(addSheets)}. Tidak ada yang diubah. Buka proteksinya (Tinjau › Proteksi Buku Kerja), lalu klik lagi.`,
    );
}
