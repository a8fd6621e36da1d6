// Findings: a stable code, a severity, the cell, what it holds, what it should hold, and a message in Indonesian.
import Decimal from "decimal.js";
import { formatAngka, formatPersen } from "./format";
import { Field } from "./model";

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "FORMAT_ANGKA"
  | "JUMLAH_TIDAK_SESUAI"
  | "ANGGARAN_TIDAK_SESUAI"
  | "PAGU_TIDAK_SESUAI"
  | "TARGET_TIDAK_SESUAI"
  | "REALISASI_TIDAK_SESUAI"
  | "REALISASI_MELEBIHI_PAGU"
  | "CAPAIAN_TIDAK_SESUAI"
  | "TARGET_NOL"
  | "NILAI_TIDAK_VALID"
  | "NAMA_TIDAK_SESUAI"
  | "BARIS_TIDAK_SESUAI"
  | "TABEL_TIDAK_DITEMUKAN"
  | "KOLOM_TIDAK_DITEMUKAN"
  // Reading reports as published (spec §9).
  | "ANGKA_INGGRIS"
  | "KOLOM_DIPILIH"
  | "KOLOM_TIDAK_DIPAKAI"
  | "BARIS_TIDAK_DIKENALI"
  | "PERIODE_BERBEDA"
  | "TABEL_GANDA"
  | "RUMUS_TANPA_HASIL"
  | "RUMUS_TIDAK_SESUAI"
  | "PENGATURAN_TIDAK_TERBACA";

export const SEVERITY: Record<FindingCode, Severity> = {
  FORMAT_ANGKA: "error",
  JUMLAH_TIDAK_SESUAI: "error",
  ANGGARAN_TIDAK_SESUAI: "error",
  PAGU_TIDAK_SESUAI: "error",
  TARGET_TIDAK_SESUAI: "error",
  REALISASI_TIDAK_SESUAI: "error",
  REALISASI_MELEBIHI_PAGU: "warning",
  CAPAIAN_TIDAK_SESUAI: "warning",
  TARGET_NOL: "warning",
  NILAI_TIDAK_VALID: "error",
  NAMA_TIDAK_SESUAI: "info",
  BARIS_TIDAK_SESUAI: "warning",
  // Error only when no table is found at all (then the finding says so); see structure.ts.
  TABEL_TIDAK_DITEMUKAN: "warning",
  KOLOM_TIDAK_DITEMUKAN: "error",
  ANGKA_INGGRIS: "info",
  KOLOM_DIPILIH: "info",
  KOLOM_TIDAK_DIPAKAI: "info",
  BARIS_TIDAK_DIKENALI: "warning",
  PERIODE_BERBEDA: "warning",
  TABEL_GANDA: "warning",
  RUMUS_TANPA_HASIL: "warning",
  RUMUS_TIDAK_SESUAI: "warning",
  PENGATURAN_TIDAK_TERBACA: "info",
};

/**
 * Root-cause priority: when several checks fault one cell, the earliest cause in this order is the one finding
 * the cell gets, whatever order the checks ran in (one cause, one finding). A wrong figure upstream explains the
 * disagreements downstream, so it is the one to fix first:
 *   0 the table, its columns and rows, and the value itself (unreadable, invalid, an uncalculated formula);
 *   1 sums inside Tabel 2.3 (rincian vs Jumlah) and other sums of rows;
 *   2 Tabel 2.2's anggaran against 2.3;
 *   3 Tabel 3.2's pagu against 2.3;
 *   4 targets and realisasi across tables (2.1 ↔ 3.1 ↔ 3.2), zero targets, realisasi over pagu;
 *   5 derived cells (capaian, kinerja, efisiensi) and formula results;
 *   6 names that differ between tables.
 */
export const ROOT_CAUSE_STAGE: Record<FindingCode, number> = {
  TABEL_TIDAK_DITEMUKAN: 0,
  KOLOM_TIDAK_DITEMUKAN: 0,
  TABEL_GANDA: 0,
  KOLOM_DIPILIH: 0,
  KOLOM_TIDAK_DIPAKAI: 0,
  BARIS_TIDAK_DIKENALI: 0,
  BARIS_TIDAK_SESUAI: 0,
  PERIODE_BERBEDA: 0,
  PENGATURAN_TIDAK_TERBACA: 0,
  ANGKA_INGGRIS: 0,
  FORMAT_ANGKA: 0,
  NILAI_TIDAK_VALID: 0,
  RUMUS_TANPA_HASIL: 0,
  JUMLAH_TIDAK_SESUAI: 1,
  ANGGARAN_TIDAK_SESUAI: 2,
  PAGU_TIDAK_SESUAI: 3,
  TARGET_TIDAK_SESUAI: 4,
  REALISASI_TIDAK_SESUAI: 4,
  REALISASI_MELEBIHI_PAGU: 4,
  TARGET_NOL: 4,
  CAPAIAN_TIDAK_SESUAI: 5,
  RUMUS_TIDAK_SESUAI: 5,
  NAMA_TIDAK_SESUAI: 6,
};

/** Short Indonesian titles, for tables of findings. */
export const TITLE: Record<FindingCode, string> = {
  FORMAT_ANGKA: "Format angka tidak jelas",
  JUMLAH_TIDAK_SESUAI: "Jumlah tidak sesuai rincian",
  ANGGARAN_TIDAK_SESUAI: "Anggaran kegiatan tidak sesuai",
  PAGU_TIDAK_SESUAI: "Pagu tidak sesuai",
  TARGET_TIDAK_SESUAI: "Target tidak sesuai",
  REALISASI_TIDAK_SESUAI: "Realisasi tidak sesuai",
  REALISASI_MELEBIHI_PAGU: "Realisasi melebihi pagu",
  CAPAIAN_TIDAK_SESUAI: "Nilai hitungan diganti",
  TARGET_NOL: "Target/pagu kosong atau nol",
  NILAI_TIDAK_VALID: "Nilai tidak valid",
  NAMA_TIDAK_SESUAI: "Nama berbeda antar-tabel",
  BARIS_TIDAK_SESUAI: "Baris tanpa pasangan",
  TABEL_TIDAK_DITEMUKAN: "Tabel tidak ditemukan",
  KOLOM_TIDAK_DITEMUKAN: "Kolom tidak ditemukan",
  ANGKA_INGGRIS: "Angka ditulis cara Inggris",
  KOLOM_DIPILIH: "Kolom yang dipakai",
  KOLOM_TIDAK_DIPAKAI: "Kolom tidak dipakai",
  BARIS_TIDAK_DIKENALI: "Baris tidak dikenali",
  PERIODE_BERBEDA: "Periode laporan berbeda",
  TABEL_GANDA: "Tabel ganda",
  RUMUS_TANPA_HASIL: "Rumus tanpa hasil",
  RUMUS_TIDAK_SESUAI: "Hasil rumus berbeda",
  PENGATURAN_TIDAK_TERBACA: "Pengaturan tidak terbaca",
};

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Sheet name and A1 address; null for the workbook as a whole. */
  sheet: string | null;
  cell: string | null;
  /** What the cell holds, as the user sees it. */
  actual: string | null;
  /** What it should hold: a number for numbers (a fraction for percentages), or null. */
  expected: number | string | null;
  message: string;
  /** 0-based position, for adapters that select or colour the cell. */
  row?: number;
  col?: number;
  /** How `expected` is written back by "Terapkan": a money/count figure or a percentage. */
  expectedKind?: "angka" | "persen";
  /** The table the cell belongs to. */
  table?: string;
}

export function finding(
  code: FindingCode,
  at:
    | Field
    | {
        sheet: string;
        row: number;
        col: number;
        address: string;
        text?: string;
        table?: string;
      }
    | null,
  message: string,
  expected: Decimal | number | string | null = null,
  expectedKind?: Finding["expectedKind"],
): Finding {
  const exp = expected instanceof Decimal ? expected.toNumber() : expected;
  return {
    code,
    severity: SEVERITY[code],
    sheet: at ? at.sheet : null,
    cell: at ? at.address : null,
    actual: at && "text" in at ? (at.text ?? null) : null,
    expected: exp,
    message,
    ...(at ? { row: at.row, col: at.col } : {}),
    ...(at?.table ? { table: at.table } : {}),
    ...(exp !== null && expectedKind ? { expectedKind } : {}),
  };
}

/** A name cut to a readable length for messages. */
export function shortName(s: string, max = 70): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + "…";
}

export function where(f: { table: string; address: string }): string {
  return `Tabel ${f.table} sel ${f.address}`;
}

export const angka = (d: Decimal) => formatAngka(d);
export const persen = (d: Decimal) => formatPersen(d);

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet and position: the order a reviewer reads them in. */
export function sortFindings(list: Finding[]): Finding[] {
  return [...list].sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      (a.sheet ?? "").localeCompare(b.sheet ?? "") ||
      (a.row ?? -1) - (b.row ?? -1) ||
      (a.col ?? -1) - (b.col ?? -1),
  );
}
