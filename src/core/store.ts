// The workbook's own settings store: one very hidden sheet that the add-in and the command line both read
// and write, so a setting chosen in one is obeyed by the other (spec §7). Pure: grid rows in, rows out.
import {
  Band,
  MetodeEfisiensi,
  Polaritas,
  SKALA_PREDIKAT,
  Settings,
} from "./capaian";
import { GridWorkbook } from "./grid";
import { displayText } from "./number";

/** Sheets the tool itself keeps; the reader never takes them for a report table. */
export const TOOL_SHEET_PREFIX = "LKjIP_";
/** Key in column A, value (JSON text) in column B, from row 2; row 1 is a header for a curious user. */
export const SETTINGS_SHEET = "LKjIP_Pengaturan";
export const SETTINGS_HEADER = ["kunci", "nilai (JSON)"] as const;

/** The keys of `Settings` the store holds (the add-in, the web page and `hitung` write them; other keys are kept). */
export const SETTING_KEYS = [
  "polaritas",
  "efisiensi",
  "predikat",
  "narasi",
] as const;

export function isToolSheet(name: string): boolean {
  return name.trim().toUpperCase().startsWith(TOOL_SHEET_PREFIX.toUpperCase());
}

export interface StoreRead {
  /** key → parsed JSON value. */
  values: Record<string, unknown>;
  /** Keys whose value could not be read (kept out of `values`); said to the user, never fatal. */
  unreadable: string[];
}

/** Reads the settings sheet from a grid; an absent sheet is an empty store. */
export function readStore(wb: GridWorkbook): StoreRead {
  const sheet = wb.sheets.find((s) => s.name === SETTINGS_SHEET);
  const values: Record<string, unknown> = {};
  const unreadable: string[] = [];
  if (!sheet) return { values, unreadable };
  sheet.cells.forEach((row, i) => {
    if (sheet.top + i === 0 || !row) return;
    const key = displayText(row[0 - sheet.left] ?? undefined).trim();
    if (!key) return;
    const raw = displayText(row[1 - sheet.left] ?? undefined);
    try {
      values[key] = JSON.parse(raw);
    } catch {
      unreadable.push(key);
    }
  });
  return { values, unreadable };
}

/** The sheet's rows (header first), values as JSON text, keys sorted so a rewrite is stable. */
export function storeRows(values: Record<string, unknown>): string[][] {
  const keys = Object.keys(values)
    .filter((k) => values[k] !== undefined)
    .sort();
  return [
    [...SETTINGS_HEADER],
    ...keys.map((k) => [k, JSON.stringify(values[k])]),
  ];
}

/** The keys of `Settings` the store holds, each checked: a value of the wrong shape is left out and named. */
export function settingsFromStore(values: Record<string, unknown>): {
  settings: Partial<Settings>;
  invalid: string[];
} {
  const settings: Partial<Settings> = {};
  const invalid: string[] = [];
  const v = values;
  if ("polaritas" in v) {
    const p = v.polaritas;
    if (
      p &&
      typeof p === "object" &&
      !Array.isArray(p) &&
      Object.values(p).every((x) => x === "positif" || x === "negatif")
    )
      settings.polaritas = { ...(p as Record<string, Polaritas>) };
    else invalid.push("polaritas");
  }
  if ("efisiensi" in v) {
    if (["selisih", "rasio", "sisa"].includes(v.efisiensi as string))
      settings.efisiensi = v.efisiensi as MetodeEfisiensi;
    else invalid.push("efisiensi");
  }
  if ("predikat" in v) {
    const p = v.predikat;
    const bands =
      Array.isArray(p) &&
      p.length > 0 &&
      p.every(
        (b) =>
          b &&
          typeof b === "object" &&
          typeof (b as Band).min === "number" &&
          typeof (b as Band).label === "string",
      );
    if ((typeof p === "string" && p in SKALA_PREDIKAT) || bands)
      settings.predikat = p as Settings["predikat"];
    else invalid.push("predikat");
  }
  if ("narasi" in v) {
    if (v.narasi === "ringkas" || v.narasi === "lengkap")
      settings.narasi = v.narasi;
    else invalid.push("narasi");
  }
  return { settings, invalid };
}
