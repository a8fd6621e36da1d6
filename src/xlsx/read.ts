// Reads an .xlsx/.xlsm package into the engine's grid. What cannot be read is said per part: an unreadable
// sheet is reported for that sheet and the others are still read; parts holding no cells are never parsed.
import { GridSheet, GridWorkbook, SETTINGS_SHEET, isToolSheet } from "../core";
import { Package } from "./package";
import { SheetContext, readSheet } from "./sheet";
import { NO_STYLES, Styles, parseStyles } from "./styles";
import {
  NotAWorkbookError,
  WorkbookEntry,
  readSharedStrings,
  readWorkbookEntry,
} from "./workbook";
import { ZipError } from "./zip";

export interface ReadProblem {
  /** The part that could not be read (`/xl/worksheets/sheet3.xml`). */
  part: string;
  /** The sheet it belongs to, when it is a sheet's. */
  sheet: string | null;
  /** One Indonesian sentence. */
  message: string;
}

export interface OpenedWorkbook {
  pkg: Package;
  workbook: WorkbookEntry;
  styles: Styles;
  grid: GridWorkbook;
  problems: ReadProblem[];
}

/** Nothing of the file can be read as a workbook; `reason` is Indonesian, for after the file's name. */
export class PackageError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function openZip(bytes: Uint8Array): Package {
  if (CFB.every((b, i) => bytes[i] === b))
    throw new PackageError(
      "berkas ini bukan paket .xlsx: .xls lama, atau buku kerja yang dilindungi kata sandi untuk dibuka",
    );
  try {
    return new Package(bytes);
  } catch (e) {
    if (e instanceof ZipError)
      throw new PackageError("berkas ini bukan paket zip .xlsx yang utuh");
    throw e;
  }
}

function why(e: unknown): string {
  if (e instanceof ZipError) return "bagiannya rusak di dalam zip";
  return "XML-nya tidak dapat diurai";
}

function readStyles(
  pkg: Package,
  wb: WorkbookEntry,
  problems: ReadProblem[],
): Styles {
  if (!wb.styles || !pkg.has(wb.styles)) return NO_STYLES;
  try {
    return parseStyles(pkg.text(wb.styles));
  } catch (e) {
    problems.push({
      part: wb.styles,
      sheet: null,
      message: `Gaya sel (${wb.styles}) tidak dapat dibaca (${why(e)}): format angka tidak diketahui, sel persen dan tanggal dibaca sebagai angka biasa.`,
    });
    return NO_STYLES;
  }
}

function readStrings(
  pkg: Package,
  wb: WorkbookEntry,
  problems: ReadProblem[],
): string[] | null {
  if (!wb.sharedStrings || !pkg.has(wb.sharedStrings)) return [];
  try {
    return readSharedStrings(pkg.text(wb.sharedStrings));
  } catch (e) {
    problems.push({
      part: wb.sharedStrings,
      sheet: null,
      message: `Teks bersama (${wb.sharedStrings}) tidak dapat dibaca (${why(e)}): sel berisi teks tidak terbaca.`,
    });
    return null;
  }
}

function readOneSheet(
  pkg: Package,
  s: WorkbookEntry["sheets"][number],
  ctx: SheetContext,
  problems: ReadProblem[],
): GridSheet | null {
  const part = s.part!;
  try {
    const read = readSheet(pkg.text(part), ctx);
    if (read.problems.length)
      problems.push({
        part,
        sheet: s.name,
        message: `Lembar "${s.name}": ${read.problems.length} sel tidak terbaca sebagaimana tersimpan (${read.problems.slice(0, 3).join("; ")}${read.problems.length > 3 ? "; …" : ""}).`,
      });
    return {
      name: s.name,
      top: 0,
      left: 0,
      cells: read.cells,
      merges: read.merges,
      ...(s.state !== "visible" ? { hidden: true } : {}),
    };
  } catch (e) {
    problems.push({
      part,
      sheet: s.name,
      message: `Lembar "${s.name}" (${part}) tidak dapat dibaca (${why(e)}); lembar ini tidak diperiksa, lembar lain tetap dibaca.`,
    });
    return null;
  }
}

/** The package read: grid of every sheet the engine may read (the user's and the settings store), and problems. */
export function readXlsx(bytes: Uint8Array): OpenedWorkbook {
  const pkg = openZip(bytes);
  let workbook: WorkbookEntry;
  try {
    workbook = readWorkbookEntry(pkg);
  } catch (e) {
    if (e instanceof NotAWorkbookError)
      throw new PackageError("paket ini tidak memuat buku kerja (workbook)");
    throw new PackageError(`bagian buku kerja tidak dapat dibaca (${why(e)})`);
  }
  const problems: ReadProblem[] = [];
  const styles = readStyles(pkg, workbook, problems);
  const ctx: SheetContext = {
    styles,
    strings: readStrings(pkg, workbook, problems),
    date1904: workbook.date1904,
  };
  const sheets: GridSheet[] = [];
  for (const s of workbook.sheets) {
    if (isToolSheet(s.name) && s.name !== SETTINGS_SHEET) continue;
    if (s.missing) {
      problems.push({
        part: s.part ?? workbook.part,
        sheet: s.name,
        message: `Lembar "${s.name}" tidak ada di dalam paket (bagiannya hilang); lembar ini tidak diperiksa.`,
      });
      continue;
    }
    if (!s.part) continue;
    const sheet = readOneSheet(pkg, s, ctx, problems);
    if (sheet) sheets.push(sheet);
  }
  if (workbook.sheets.length === 0)
    throw new PackageError("buku kerja ini tidak memuat satu lembar pun");
  return { pkg, workbook, styles, grid: { sheets }, problems };
}
