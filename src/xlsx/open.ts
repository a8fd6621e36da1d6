// A workbook file, whatever it turns out to be: an .xlsx/.xlsm package, or the HTML table SIPD tools save as
// `.xls` ("Download Excel"), which is read as a table and becomes a new package in memory (so Hitung writes an
// .xlsx). An old binary .xls is refused with the hint to save it as .xlsx (read.ts).
import { gridToXlsx } from "./from-grid";
import { htmlSheet, htmlText } from "./html-table";
import { OpenedWorkbook, PackageError, readXlsx } from "./read";

export interface Opened extends OpenedWorkbook {
  /** What the file was: a workbook package, or an HTML table read into a new one. */
  source: "xlsx" | "html";
}

/** Reads the file's bytes as a workbook; a PackageError (with an Indonesian reason) when nothing can be read. */
export function openWorkbook(bytes: Uint8Array): Opened {
  const html = htmlText(bytes);
  if (html === null) return { ...readXlsx(bytes), source: "xlsx" };
  const { sheet, tables } = htmlSheet(html);
  if (tables === 0)
    throw new PackageError(
      "berkas ini halaman HTML (bukan buku kerja) dan tidak memuat tabel apa pun; unduh ulang tabelnya dengan tombol Download Excel, atau buka di Excel lalu simpan sebagai .xlsx",
    );
  return { ...readXlsx(gridToXlsx({ sheets: [sheet] })), source: "html" };
}
