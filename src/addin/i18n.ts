// UI strings: Indonesian, with English for other Office display languages. Engine messages stay Indonesian.
import { fileEn, fileId } from "./i18n-file";
import { toolsEn, toolsId } from "./i18n-tools";

const baseId = {
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
  goToCell: (cell: string) => `Pilih sel ${cell} di Excel`,
  applyLabel: (value: string, cell: string) => `Terapkan ${value} di ${cell}`,
  salinLabel: "Salin narasi ke papan klip",
  help: "Bantuan: arti tombol dan temuan",
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
  panjangNarasi: "Panjang narasi",
  lengkap: "Lengkap (2.2, 2.3 dan Bab III)",
  ringkas: "Ringkas (Bab III saja)",
  simpan: "Simpan pengaturan",
  saved: "Pengaturan disimpan di buku kerja.",
  teksHeading: "Teks Bab III",
  teksHint:
    "Teks yang tidak dapat diberikan angka. Disimpan di buku kerja; bila kosong, narasi tidak menyebutnya.",
  teksTupoksi: "Tugas pokok dan fungsi (butir pertama Bab III)",
  teksStrategi:
    "Strategi (butir terakhir Bab III; baris berawalan a., b., … menjadi daftar)",
  simpanTeks: "Simpan teks",
  teksSaved: "Teks Bab III disimpan di buku kerja.",
  settingsUnreadable: (keys: string[]) =>
    `Pengaturan ${keys.join(", ")} di lembar LKjIP_Pengaturan tidak terbaca; nilai bawaan dipakai.`,
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
  siapkan: "Siapkan Tabel",
  siapkanDone: (written: string[], kept: string[]) =>
    `Tabel kosong disiapkan di lembar ${written.join(", ")}.` +
    (kept.length
      ? ` Lembar ${kept.join(", ")} sudah berisi dan tidak diubah.`
      : "") +
    " Klik Urungkan untuk membatalkan.",
  tablesTitle: "Tabel dan kolom yang dibaca",
  tablesEmpty: "Klik Periksa agar tabel yang ditemukan muncul di sini.",
  tableNotFound: "tidak ditemukan",
  foundBy: {
    sheet: "menurut nama lembar",
    caption: "menurut judul tabel",
    content: "menurut isi judul kolom",
    peta: "menurut pilihan Anda (peta)",
    form: "menurut tata letak formulirnya (Monev Renja, RFK, E-Sakip)",
  } as Record<string, string>,
  tableWhere: (sheet: string, cell: string, by: string, rows: number) =>
    `Lembar "${sheet}", sel ${cell}, ${by}; ${rows} baris isi.`,
  underCaption: (caption: string) => `Di bawah judul "${caption}".`,
  noCaption: "Tanpa judul tabel di atasnya.",
  notUsed: "tidak dipakai",
  summed: "jumlah beberapa kolom",
  partOf: (col: string, label: string, id: string) =>
    `Bagian kolom ${col} "${label}" di Tabel ${id}`,
  saveColumns: (id: string) => `Simpan kolom Tabel ${id} dan periksa`,
  samePart: (part: string, id: string) =>
    `Bagian "${part}" dipilih untuk lebih dari satu kolom Tabel ${id}; pilih satu kolom saja.`,
  rowsTitle: "Jenis baris",
  rowsHint:
    "Baris yang tidak dapat ditempatkan pembaca, dan baris yang jenisnya sudah Anda pilih.",
  rowsNone: "Tidak ada baris yang perlu dipilih jenisnya.",
  rowGuess: "(biarkan pembaca menebak)",
  rowKinds: {
    sasaran: "Sasaran",
    program: "Program",
    kegiatan: "Kegiatan",
    sub: "Sub kegiatan",
    jumlah: "Jumlah",
    abaikan: "Abaikan baris ini",
  } as Record<string, string>,
  rowOf: (key: string, text: string) => `Jenis baris ${key} "${text}"`,
  saveRows: "Simpan jenis baris dan periksa",
  rowOther: "Baris lain (lembar!nomor baris)",
  rowOtherExample: "Tabel 3.2!12",
  rowOtherKind: "Jenis baris lain itu",
  rowOtherInvalid: (typed: string) =>
    `"${typed}" bukan alamat baris. Tulis nama lembar, tanda seru dan nomor baris, misalnya Tabel 3.2!12.`,
  petaSaved: (e: number, w: number) =>
    `Pilihan disimpan di buku kerja (peta) dan diperiksa ulang: ${e} galat, ${w} peringatan.`,
  laporan: "Unduh Laporan (.docx)",
  // The pane cannot see whether the file was saved: it says the file was offered, and what to do if none appears.
  laporanDone: (file: string, errors: number) =>
    `Laporan dibuat dan ditawarkan sebagai unduhan: ${file}. Bila berkas tidak muncul di folder Unduhan, pakai baris perintah: npx lkjip laporan.${errors ? ` Laporan ini DRAF: ${errors} angka perlu diperbaiki sebelum ditandatangani (lihat Temuan, atau Catatan Pemeriksaan di halaman terakhir laporan).` : ""}`,
  laporanTeks: "Teks laporan (sampul, bab, tanda tangan)",
  laporanTeksSaved: "Teks laporan disimpan di buku kerja.",
};
const id = { ...baseId, ...toolsId, ...fileId };
export type Strings = typeof id;

const enBase: typeof baseId = {
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
  goToCell: (cell) => `Select cell ${cell} in Excel`,
  applyLabel: (value, cell) => `Apply ${value} in ${cell}`,
  salinLabel: "Copy the narrative to the clipboard",
  help: "Help: buttons and findings (Indonesian)",
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
  panjangNarasi: "Narrative length",
  lengkap: "Full (2.2, 2.3 and Chapter III)",
  ringkas: "Short (Chapter III only)",
  simpan: "Save settings",
  saved: "Settings saved in the workbook.",
  teksHeading: "Chapter III texts",
  teksHint:
    "Texts the numbers cannot give. Kept in the workbook; when empty, the narrative leaves them out.",
  teksTupoksi: "Duties and functions (first item of Chapter III)",
  teksStrategi:
    "Strategy (last item of Chapter III; lines starting a., b., … become a list)",
  simpanTeks: "Save texts",
  teksSaved: "Chapter III texts saved in the workbook.",
  settingsUnreadable: (keys) =>
    `The settings ${keys.join(", ")} in the sheet LKjIP_Pengaturan could not be read; defaults apply.`,
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
  siapkan: "Prepare Tables",
  siapkanDone: (written, kept) =>
    `Empty tables prepared in the sheets ${written.join(", ")}.` +
    (kept.length
      ? ` The sheets ${kept.join(", ")} already hold data and were left as they were.`
      : "") +
    " Click Undo to revert.",
  tablesTitle: "Tables and columns read",
  tablesEmpty: "Click Check to list the tables found here.",
  tableNotFound: "not found",
  foundBy: {
    sheet: "by its sheet name",
    caption: "by its caption",
    content: "by its column headers",
    peta: "by your choice (peta)",
    form: "by its form layout (Monev Renja, RFK, E-Sakip)",
  },
  tableWhere: (sheet, cell, by, rows) =>
    `Sheet "${sheet}", cell ${cell}, found ${by}; ${rows} body rows.`,
  underCaption: (caption) => `Under the caption "${caption}".`,
  noCaption: "No caption above it.",
  notUsed: "not used",
  summed: "sum of several columns",
  partOf: (col, label, id) => `Part of column ${col} "${label}" in Table ${id}`,
  saveColumns: (id) => `Save the columns of Table ${id} and check`,
  samePart: (part, id) =>
    `The part "${part}" is chosen for more than one column of Table ${id}; choose one column only.`,
  rowsTitle: "Row kinds",
  rowsHint:
    "Rows the reader could not place, and rows whose kind you already chose.",
  rowsNone: "No row needs its kind chosen.",
  rowGuess: "(let the reader decide)",
  rowKinds: {
    sasaran: "Goal (sasaran)",
    program: "Program",
    kegiatan: "Activity (kegiatan)",
    sub: "Sub-activity (sub kegiatan)",
    jumlah: "Total (jumlah)",
    abaikan: "Ignore this row",
  },
  rowOf: (key, text) => `Kind of row ${key} "${text}"`,
  saveRows: "Save the row kinds and check",
  rowOther: "Another row (sheet!row number)",
  rowOtherExample: "Tabel 3.2!12",
  rowOtherKind: "Kind of that row",
  rowOtherInvalid: (typed) =>
    `"${typed}" is not a row address. Write the sheet name, an exclamation mark and the row number, e.g. Tabel 3.2!12.`,
  petaSaved: (e, w) =>
    `Choices saved in the workbook (peta) and checked again: ${e} errors, ${w} warnings.`,
  laporan: "Download Report (.docx)",
  laporanDone: (file, errors) =>
    `Report made and offered as a download: ${file}. If the file does not appear in your Downloads folder, use the command line: npx lkjip laporan.${errors ? ` This report is a DRAFT: ${errors} figures to correct before signing (see Findings, or the review notes on the report's last page).` : ""}`,
  laporanTeks: "Report texts (cover, chapters, signature)",
  laporanTeksSaved: "Report texts saved in the workbook.",
};

const en: Strings = { ...enBase, ...toolsEn, ...fileEn };

export function stringsFor(language: string): Strings {
  return /^id\b|^id-|^in\b/i.test(language) ? id : en;
}
