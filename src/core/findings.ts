// Findings: a stable code, a severity, the cell, what it holds, what it should hold, and a message in Indonesian.
import Decimal from "decimal.js";
import { CellAt } from "./cell";
import { formatAngka, formatPersen } from "./format";

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "FORMAT_ANGKA"
  | "JUMLAH_TIDAK_SESUAI"
  | "JUMLAH_TIDAK_PASTI"
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
  | "ANGKA_BERSATUAN"
  | "KOLOM_DIPILIH"
  | "KOLOM_TIDAK_DIPAKAI"
  | "BARIS_TIDAK_DIKENALI"
  | "BARIS_MENURUT_URUTAN"
  | "PERIODE_BERBEDA"
  | "TABEL_GANDA"
  | "RUMUS_TANPA_HASIL"
  | "RUMUS_TIDAK_SESUAI"
  | "RUMUS_MASUKAN_TANPA_HASIL"
  | "PENGATURAN_TIDAK_TERBACA"
  | "BAGIAN_TIDAK_TERBACA"
  | "PETA_TIDAK_BERLAKU";

/** One entry per code: every output (CLI table, JSON, pane, cell notes, review notes) reads it from here. */
export interface CodeEntry {
  severity: Severity;
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
  stage: number;
  /** Short Indonesian title, for tables of findings. */
  title: string;
  /** What the user should do. */
  advice: string;
  /** How the narrative treats the figure, said in its review notes ("" when it does not matter). */
  narrative: string;
}

export const FINDING_CODES: Record<FindingCode, CodeEntry> = {
  FORMAT_ANGKA: {
    severity: "error",
    stage: 0,
    title: "Format angka tidak jelas",
    advice: "Ketik ulang angkanya.",
    narrative: "Narasi tidak memakai isi sel ini apa adanya.",
  },
  JUMLAH_TIDAK_SESUAI: {
    severity: "error",
    stage: 1,
    title: "Jumlah tidak sesuai rincian",
    advice: "Perbaiki sel Jumlah.",
    narrative: "Narasi memakai jumlah rinciannya.",
  },
  JUMLAH_TIDAK_PASTI: {
    severity: "error",
    stage: 1,
    title: "Jumlah tidak dapat dipastikan",
    advice:
      "Periksa baris sub kegiatannya: lengkapi baris yang terlewat, atau perbaiki jumlahnya.",
    narrative:
      "Narasi tidak menyebut angka ini, karena tabel tidak menunjukkan mana yang benar.",
  },
  ANGGARAN_TIDAK_SESUAI: {
    severity: "error",
    stage: 2,
    title: "Anggaran kegiatan tidak sesuai",
    advice: "Perbaiki anggaran di Tabel 2.2.",
    narrative: "Narasi memakai jumlah rincian Tabel 2.3.",
  },
  PAGU_TIDAK_SESUAI: {
    severity: "error",
    stage: 3,
    title: "Pagu tidak sesuai",
    advice: "Perbaiki sel yang ditunjuk, lalu jalankan Hitung Capaian lagi.",
    narrative: "Narasi memakai pagu yang seharusnya.",
  },
  TARGET_TIDAK_SESUAI: {
    severity: "error",
    stage: 4,
    title: "Target tidak sesuai",
    advice: "Samakan dengan Perjanjian Kinerja (Tabel 2.1).",
    narrative: "Narasi memakai target Perjanjian Kinerja.",
  },
  REALISASI_TIDAK_SESUAI: {
    severity: "error",
    stage: 4,
    title: "Realisasi tidak sesuai",
    advice: "Periksa kedua tabel.",
    narrative:
      "Narasi memakai angka Tabel 3.2 (jumlah sub kegiatannya untuk realisasi anggaran).",
  },
  REALISASI_MELEBIHI_PAGU: {
    severity: "warning",
    stage: 4,
    title: "Realisasi melebihi pagu",
    advice: "Periksa realisasinya.",
    narrative: "",
  },
  CAPAIAN_TIDAK_SESUAI: {
    severity: "warning",
    stage: 5,
    title: "Nilai hitungan diganti",
    advice:
      "Tidak perlu tindakan; nilai lama dapat dikembalikan dengan Urungkan.",
    narrative: "Narasi memakai nilai hasil hitung.",
  },
  TARGET_NOL: {
    severity: "warning",
    stage: 4,
    title: "Target/pagu kosong atau nol",
    advice: "Isi target atau pagunya.",
    narrative: "Narasi tidak menyebut capaiannya.",
  },
  NILAI_TIDAK_VALID: {
    severity: "error",
    stage: 0,
    title: "Nilai tidak valid",
    advice: "Perbaiki sel ini.",
    narrative: "Narasi tidak menyebut angka ini.",
  },
  NAMA_TIDAK_SESUAI: {
    severity: "info",
    stage: 6,
    title: "Nama berbeda antar-tabel",
    advice: "Samakan namanya bila perlu.",
    narrative: "",
  },
  BARIS_TIDAK_SESUAI: {
    severity: "warning",
    stage: 0,
    title: "Baris tanpa pasangan",
    advice: "Lengkapi barisnya.",
    narrative: "",
  },
  // Error only when no table is found at all (then the finding says so); see checks/structure.ts.
  TABEL_TIDAK_DITEMUKAN: {
    severity: "warning",
    stage: 0,
    title: "Tabel tidak ditemukan",
    // The message itself says what to do (name the sheet or write the caption).
    advice: "",
    narrative: "Narasi tidak menyebut apa pun dari tabel ini.",
  },
  KOLOM_TIDAK_DITEMUKAN: {
    severity: "error",
    stage: 0,
    title: "Kolom tidak ditemukan",
    // The message itself says what to do (fix the header).
    advice: "",
    narrative: "Narasi tidak menyebut apa pun dari kolom ini.",
  },
  ANGKA_INGGRIS: {
    severity: "info",
    stage: 0,
    title: "Angka ditulis cara Inggris",
    advice: "Tidak perlu tindakan; angka dibaca dengan pemisah cara Inggris.",
    narrative: "",
  },
  ANGKA_BERSATUAN: {
    severity: "info",
    stage: 0,
    title: "Angka dengan kata satuan",
    advice:
      "Tidak perlu tindakan bila bacaannya benar; bila tidak, ketik angkanya lengkap.",
    narrative: "",
  },
  KOLOM_DIPILIH: {
    severity: "info",
    stage: 0,
    title: "Kolom yang dipakai",
    advice:
      "Periksa bahwa kolom itu yang dimaksud; bila bukan, tentukan lewat peta.",
    narrative: "",
  },
  KOLOM_TIDAK_DIPAKAI: {
    severity: "info",
    stage: 0,
    title: "Kolom tidak dipakai",
    advice: "Tidak perlu tindakan bila kolom itu memang tidak diperlukan.",
    narrative: "",
  },
  BARIS_TIDAK_DIKENALI: {
    severity: "warning",
    stage: 0,
    title: "Baris tidak dikenali",
    advice: "Periksa baris itu; tentukan jenisnya lewat peta bila perlu.",
    narrative: "Narasi tidak menyebut baris ini.",
  },
  BARIS_MENURUT_URUTAN: {
    severity: "info",
    stage: 0,
    title: "Baris dipasangkan menurut urutan",
    advice:
      "Periksa bahwa urutan sub kegiatan sama di kedua tabel; beri nomor (1.a, 1.b …) agar pasti.",
    narrative: "",
  },
  PERIODE_BERBEDA: {
    severity: "warning",
    stage: 0,
    title: "Periode laporan berbeda",
    advice: "Samakan periode di sampul, judul dan tabel.",
    narrative: "Narasi memakai periode yang dipilih dalam pesan ini.",
  },
  TABEL_GANDA: {
    severity: "warning",
    stage: 0,
    title: "Tabel ganda",
    advice: "Hapus atau ganti nama salinan yang tidak dipakai.",
    narrative: "Narasi memakai tabel yang dibaca.",
  },
  RUMUS_TANPA_HASIL: {
    severity: "warning",
    stage: 0,
    title: "Rumus tanpa hasil",
    advice: "Hitung ulang buku kerja di Excel, lalu periksa lagi.",
    narrative: "Narasi memakai nilai hasil hitung.",
  },
  RUMUS_MASUKAN_TANPA_HASIL: {
    severity: "error",
    stage: 0,
    title: "Rumus masukan tanpa hasil",
    advice:
      "Buka buku kerja di Excel atau LibreOffice, biarkan dihitung ulang, simpan, lalu periksa lagi.",
    narrative: "Narasi tidak menyebut angka yang bergantung pada sel ini.",
  },
  RUMUS_TIDAK_SESUAI: {
    severity: "warning",
    stage: 5,
    title: "Hasil rumus berbeda",
    advice: "Periksa rumusnya; rumus tidak diubah.",
    narrative: "Narasi memakai nilai hasil hitung.",
  },
  PENGATURAN_TIDAK_TERBACA: {
    severity: "info",
    stage: 0,
    title: "Pengaturan tidak terbaca",
    advice: "Simpan ulang pengaturannya.",
    narrative: "",
  },
  BAGIAN_TIDAK_TERBACA: {
    severity: "warning",
    stage: 0,
    title: "Bagian berkas tidak terbaca",
    advice:
      "Buka berkas di Excel dan simpan ulang, lalu periksa lagi; bagian itu tidak diubah.",
    narrative: "Narasi tidak memakai isi bagian ini.",
  },
  PETA_TIDAK_BERLAKU: {
    severity: "warning",
    stage: 0,
    title: "Pilihan peta tidak dipakai",
    advice:
      "Perbaiki pilihan tabel, kolom atau baris itu di panel (Tabel dan kolom yang dibaca) atau di berkas peta.",
    narrative: "Narasi memakai tabel seperti dibaca tanpa pilihan itu.",
  },
};

const pick = <K extends keyof CodeEntry>(k: K) =>
  Object.fromEntries(
    Object.entries(FINDING_CODES).map(([c, e]) => [c, e[k]]),
  ) as Record<FindingCode, CodeEntry[K]>;

export const SEVERITY: Record<FindingCode, Severity> = pick("severity");

/** Root-cause stage of each code (see `CodeEntry.stage`). */
export const ROOT_CAUSE_STAGE: Record<FindingCode, number> = pick("stage");

/** Short Indonesian titles, for tables of findings. */
export const TITLE: Record<FindingCode, string> = pick("title");

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
  /** The cell (a table's Field, or any located cell); null for the workbook as a whole. */
  at: CellAt | null,
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

/** The value a finding expects, as the user would type it (`22.900.000`, `22,22%`), or null. */
export function expectedText(f: Finding): string | null {
  if (f.expected === null || f.expected === undefined) return null;
  if (typeof f.expected === "string") return f.expected;
  return f.expectedKind === "persen"
    ? formatPersen(new Decimal(f.expected))
    : formatAngka(new Decimal(f.expected));
}
