// Whose report a workbook is, and for which period: from the texts the user stored for the report's cover
// (LKjIP_Pengaturan: laporan.unit and laporan.instansi, or the older laporan.kecamatan), from the cover and the titles
// above the tables, else from the file name; the recap says which.
import {
  Analysis,
  GridWorkbook,
  displayText,
  isToolSheet,
  parseA1,
} from "../core";
import { reportTexts } from "../report/texts";

export type UnitSource = "teks tersimpan" | "sampul/judul" | "nama berkas";
export type PeriodSource = "sampul/judul" | "nama berkas";

/** A unit named on a cover or title line: from its kind (Seksi, Bidang, Kecamatan, …) to the end of the line. */
const UNIT =
  /\b(?:seksi|sub\s*bagian|subbag(?:ian)?|bagian|sub\s*bidang|subbid|bidang|dinas|badan|kantor|inspektorat|sekretariat|kecamatan|kelurahan|kec\.)\s+\p{L}/iu;
/** What follows the unit on a title line and is not its name. */
const PERIOD_TAIL =
  /[\s,–-]*(?:\b(?:tahun|triwulan(?:an)?|tw|semester|periode)\b|\b20\d\d\b).*$/i;
const ROMAN = ["", "I", "II", "III", "IV"];
/** Rows read as a title area of a sheet that holds no table (a cover). */
const COVER_ROWS = 10;

/** The unit and its instansi as the officer stored them for the report's cover (older keys read too). */
function storedUnit(store: Record<string, unknown>): string | null {
  const t = reportTexts(store);
  const named = [t.unit, t.instansi].filter((x) => !x.blank).map((x) => x.text);
  return named.length ? named.join(" ") : null;
}

/** The rows above each sheet's first table header (the whole cover where a sheet has no table). */
function titleRows(wb: GridWorkbook, a: Analysis): string[] {
  const out: string[] = [];
  for (const sheet of wb.sheets) {
    if (isToolSheet(sheet.name) || sheet.hidden) continue;
    const headers = a.tables
      .filter((t) => t.found && t.sheet === sheet.name && t.header)
      .map((t) => parseA1(t.header!)?.row ?? 0);
    const end = headers.length ? Math.min(...headers) : COVER_ROWS;
    for (let r = 0; r < Math.min(end - sheet.top, sheet.cells.length); r++)
      for (const c of sheet.cells[r] ?? [])
        if (c) out.push(displayText(c).replace(/\s+/g, " ").trim());
  }
  return out;
}

function unitOnTitles(wb: GridWorkbook, a: Analysis): string | null {
  for (const line of titleRows(wb, a)) {
    if (line.length > 150) continue;
    const m = UNIT.exec(line);
    if (!m) continue;
    const name = line.slice(m.index).replace(PERIOD_TAIL, "").trim();
    if (name.split(" ").length >= 2) return name;
  }
  return null;
}

/** `laporan-kec-ranuyoso_TW1` → `laporan kec ranuyoso TW1`. */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base
    .replace(/\.[^.]+$/, "")
    .replace(/[_]+/g, " ")
    .trim();
}

export function unitOf(
  wb: GridWorkbook,
  a: Analysis,
  store: Record<string, unknown>,
  file: string,
): { unit: string; from: UnitSource } {
  const stored = storedUnit(store);
  if (stored) return { unit: stored, from: "teks tersimpan" };
  const titled = unitOnTitles(wb, a);
  if (titled) return { unit: titled, from: "sampul/judul" };
  return { unit: fileStem(file), from: "nama berkas" };
}

function periodText(triwulan: number | null, tahun: number | null): string {
  if (triwulan) return `Triwulan ${ROMAN[triwulan]}${tahun ? ` ${tahun}` : ""}`;
  return `Tahun ${tahun}`;
}

const TW_IN_NAME =
  /(?:^|[^a-z])(?:tw|triwulan)[\s_-]*(iv|iii|ii|i|[1-4])(?![a-z])/i;

export function periodOf(
  a: Analysis,
  file: string,
): { period: string | null; from: PeriodSource | null } {
  const { triwulan, tahun } = a.period;
  if (triwulan || tahun)
    return { period: periodText(triwulan, tahun), from: "sampul/judul" };
  const stem = fileStem(file);
  const tw = TW_IN_NAME.exec(stem)?.[1];
  const year = /\b(20\d\d)\b/.exec(stem)?.[1];
  const n = tw
    ? ROMAN.indexOf(tw.toUpperCase()) > 0
      ? ROMAN.indexOf(tw.toUpperCase())
      : Number(tw)
    : null;
  if (!n && !year) return { period: null, from: null };
  return {
    period: periodText(n, year ? Number(year) : null),
    from: "nama berkas",
  };
}
