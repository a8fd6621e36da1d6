// UI strings: Indonesian, with English for other Office display languages. Engine messages stay Indonesian.
const id = {
  lang: "id",
  title: "LKjIP Triwulan",
  subtitle: "Periksa dan hitung Tabel 2.1–3.2",
  periksa: "Periksa",
  hitung: "Hitung Capaian",
  narasi: "Buat Narasi",
  urungkan: "Urungkan",
  busy: "Sedang bekerja…",
  temuan: "Temuan",
  noFindings: "Tidak ada temuan. Semua angka konsisten.",
  notChecked:
    "Klik Periksa atau Hitung Capaian untuk memeriksa buku kerja ini.",
  error: "Galat",
  warning: "Peringatan",
  info: "Info",
  cell: "Sel",
  expected: "Seharusnya",
  terapkan: "Terapkan",
  goTo: "Pilih sel",
  workbook: "buku kerja",
  narasiTitle: "Narasi",
  salin: "Salin",
  copied: "Narasi disalin ke papan klip.",
  copyFailed:
    "Tidak dapat menyalin otomatis; pilih teks narasi lalu tekan Ctrl+C.",
  settings: "Pengaturan",
  polaritas: "Polaritas indikator",
  positif: "Positif (makin tinggi makin baik)",
  negatif: "Negatif (makin rendah makin baik)",
  efisiensi: "Metode efisiensi",
  selisih: "Selisih capaian kinerja − anggaran",
  rasio: "Rasio anggaran / kinerja",
  sisa: "Sisa anggaran",
  predikat: "Skala predikat",
  simpan: "Simpan pengaturan",
  saved: "Pengaturan disimpan di buku kerja.",
  sasaran: "Sasaran",
  noSasaran: "Periksa dulu agar daftar sasaran muncul.",
  hitungDone: (w: number, m: number, e: number) =>
    `Hitung Capaian selesai: ${w} sel ditulis, ${m} sel ditandai, ${e} galat.`,
  periksaDone: (e: number, w: number) =>
    `Pemeriksaan selesai: ${e} galat, ${w} peringatan.`,
  narasiDone: (n: number) =>
    `Narasi (${n} paragraf) ditulis ke lembar "Narasi".`,
  undoDone: (label: string) => `Dibatalkan: ${label}.`,
  undoEmpty: "Tidak ada perubahan yang dapat diurungkan.",
  applied: (cell: string) =>
    `Nilai diterapkan di ${cell}. Klik Urungkan untuk membatalkan.`,
};
export type Strings = typeof id;

const en: Strings = {
  lang: "en",
  title: "LKjIP Quarterly Report",
  subtitle: "Check and compute Tables 2.1–3.2",
  periksa: "Check",
  hitung: "Compute Achievement",
  narasi: "Write Narrative",
  urungkan: "Undo",
  busy: "Working…",
  temuan: "Findings",
  noFindings: "No findings. All figures agree.",
  notChecked: "Click Check or Compute Achievement to check this workbook.",
  error: "Errors",
  warning: "Warnings",
  info: "Info",
  cell: "Cell",
  expected: "Expected",
  terapkan: "Apply",
  goTo: "Select cell",
  workbook: "workbook",
  narasiTitle: "Narrative",
  salin: "Copy",
  copied: "Narrative copied to the clipboard.",
  copyFailed:
    "Could not copy automatically; select the narrative text and press Ctrl+C.",
  settings: "Settings",
  polaritas: "Indicator polarity",
  positif: "Positive (higher is better)",
  negatif: "Negative (lower is better)",
  efisiensi: "Efficiency method",
  selisih: "Difference: performance − budget",
  rasio: "Ratio budget / performance",
  sisa: "Unspent budget",
  predikat: "Rating scale",
  simpan: "Save settings",
  saved: "Settings saved in the workbook.",
  sasaran: "Goal",
  noSasaran: "Run Check first to list the goals.",
  hitungDone: (w, m, e) =>
    `Compute finished: ${w} cells written, ${m} cells marked, ${e} errors.`,
  periksaDone: (e, w) => `Check finished: ${e} errors, ${w} warnings.`,
  narasiDone: (n) =>
    `Narrative (${n} paragraphs) written to the sheet "Narasi".`,
  undoDone: (label) => `Undone: ${label}.`,
  undoEmpty: "Nothing to undo.",
  applied: (cell) => `Value applied in ${cell}. Click Undo to revert.`,
};

export function stringsFor(language: string): Strings {
  return /^id\b|^id-|^in\b/i.test(language) ? id : en;
}
