// What the package reader could not read, said with the findings: a warning per part, with its sheet where it is a
// sheet's (the command line and the web page show them alike).
import { Finding, finding } from "../core";
import { PackageError, ReadProblem } from "./read";

export function readFindings(problems: ReadProblem[]): Finding[] {
  return problems.map((p) => ({
    ...finding("BAGIAN_TIDAK_TERBACA", null, p.message),
    sheet: p.sheet,
  }));
}

/** Old .xls, .xlsb, .ods and .csv are common in offices: how to get an .xlsx. */
export function saveAsHint(file: string): string {
  const other = /\.(xls|xlsb|ods|csv)$/i.exec(file);
  return other
    ? ` Berkas .${other[1].toLowerCase()} perlu disimpan ulang sebagai .xlsx (File › Simpan Sebagai › Buku Kerja Excel).`
    : "";
}

/**
 * One Indonesian sentence for a file that cannot be read as a workbook at all: the reader's reason, and the remedy.
 * An HTML page without a table (open.ts) carries its own remedy: no "save as .xlsx" after it.
 */
export function notAWorkbook(file: string, e: unknown): string {
  const reason = e instanceof PackageError ? ` (${e.reason})` : "";
  const html = e instanceof PackageError && e.reason.includes("halaman HTML");
  return `Berkas tidak dapat dibaca sebagai buku kerja Excel (.xlsx): ${file}${reason}.${html ? "" : saveAsHint(file)}`;
}
