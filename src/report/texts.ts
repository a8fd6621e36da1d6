// The cover and signature texts the user enters once; the workbook keeps them in its settings store
// (LKjIP_Pengaturan). An empty text becomes a clearly marked blank to fill in by hand, never a guess.
import { Analysis } from "../core/types";

export const REPORT_TEXT_KEYS = {
  tempat: "ttd.tempat",
  tanggal: "ttd.tanggal",
  nama: "ttd.nama",
  jabatan: "ttd.jabatan",
  nip: "ttd.nip",
  atasanNama: "ttd.atasan.nama",
  atasanJabatan: "ttd.atasan.jabatan",
  atasanNip: "ttd.atasan.nip",
  unit: "laporan.unit",
  kecamatan: "laporan.kecamatan",
  kabupaten: "laporan.kabupaten",
} as const;

export type ReportTextKey = keyof typeof REPORT_TEXT_KEYS;

/** One text of the report: what to print, and whether it is a blank to fill in. */
export interface ReportText {
  text: string;
  blank: boolean;
}

export type ReportTexts = Record<ReportTextKey, ReportText>;

/** What an empty text prints as: a label in brackets the officer sees and fills in. */
export const BLANK_LABEL: Record<ReportTextKey, string> = {
  tempat: "(tempat)",
  tanggal: "(tanggal)",
  nama: "(nama)",
  jabatan: "(jabatan)",
  nip: "(NIP)",
  atasanNama: "(nama camat)",
  atasanJabatan: "CAMAT (kecamatan)",
  atasanNip: "(NIP)",
  unit: "(unit kerja)",
  kecamatan: "(kecamatan)",
  kabupaten: "(kabupaten)",
};

function asText(v: unknown): string {
  if (typeof v === "string") return v.replace(/\s+/g, " ").trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

/** The report's texts from the store's values (`readStore(grid).values`). */
export function reportTexts(values: Record<string, unknown>): ReportTexts {
  const out = {} as ReportTexts;
  for (const k of Object.keys(REPORT_TEXT_KEYS) as ReportTextKey[]) {
    const text = asText(values[REPORT_TEXT_KEYS[k]]);
    out[k] = text
      ? { text, blank: false }
      : { text: BLANK_LABEL[k], blank: true };
  }
  return out;
}

const ROMAN = ["", "I", "II", "III", "IV"];

/** `Triwulan I` / `Triwulan …` and `2024` / `…`, for the cover and headings. */
export function periodTexts(a: Analysis): { triwulan: string; tahun: string } {
  const { triwulan, tahun } = a.period;
  return {
    triwulan: triwulan ? ROMAN[triwulan] : "…",
    tahun: tahun ? String(tahun) : "…",
  };
}
