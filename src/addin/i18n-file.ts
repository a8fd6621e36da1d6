// UI strings for a workbook held as a file by the web page (src/web): every change goes into the page's copy and is
// offered as a download; the file on disk is never touched. Merged into i18n.ts's sets.
export const fileId = {
  noWorkbook:
    "Buka buku kerja (.xlsx atau .xlsm) di atas untuk mulai: pilih berkas atau tarik ke kotak itu.",
  opened: (name: string, e: number, w: number) =>
    `${name} dibuka dan diperiksa: ${e} galat, ${w} peringatan.`,
  hitungFile: (w: number, e: number, file: string) =>
    `Hitung Capaian selesai: ${w} sel ditulis, ${e} galat. Buku kerja ditawarkan sebagai unduhan: ${file} (hanya sel hasil hitung yang berubah; berkas asli Anda tidak diubah).`,
  narasiShown: (n: number) =>
    `Narasi (${n} paragraf) dibuat; salin dengan tombol Salin. Centang "Sertakan lembar Narasi" untuk mendapatkannya di buku kerja yang diunduh.`,
  narasiFile: (n: number, file: string) =>
    `Narasi (${n} paragraf) dibuat dan ditulis ke lembar "Narasi". Buku kerja ditawarkan sebagai unduhan: ${file}.`,
  appliedFile: (cell: string) =>
    `Nilai diterapkan di ${cell} pada salinan buku kerja di halaman ini. Unduh buku kerja untuk menyimpannya; berkas asli Anda tidak diubah.`,
  laporanFile: (file: string, errors: number) =>
    `Laporan dibuat dan ditawarkan sebagai unduhan: ${file}. Bila berkas tidak muncul, lihat pengaturan unduhan peramban.${errors ? ` Laporan ini DRAF: ${errors} angka perlu diperbaiki sebelum ditandatangani (lihat Temuan, atau Catatan Pemeriksaan di halaman terakhir laporan).` : ""}`,
  savedInCopy:
    "Tersimpan di salinan buku kerja di halaman ini (lembar LKjIP_Pengaturan). Unduh buku kerja agar ikut tersimpan di berkas.",
};

export const fileEn: typeof fileId = {
  noWorkbook:
    "Open a workbook (.xlsx or .xlsm) above to start: choose a file or drag it onto the box.",
  opened: (name, e, w) =>
    `${name} opened and checked: ${e} errors, ${w} warnings.`,
  hitungFile: (w, e, file) =>
    `Compute finished: ${w} cells written, ${e} errors. The workbook is offered as a download: ${file} (only the computed cells changed; your file is not changed).`,
  narasiShown: (n) =>
    `Narrative (${n} paragraphs) written; copy it with Copy. Tick "Include the Narasi sheet" to get it in the downloaded workbook.`,
  narasiFile: (n, file) =>
    `Narrative (${n} paragraphs) written to the sheet "Narasi". The workbook is offered as a download: ${file}.`,
  appliedFile: (cell) =>
    `Value applied in ${cell} in this page's copy of the workbook. Download the workbook to keep it; your file is not changed.`,
  laporanFile: (file, errors) =>
    `Report made and offered as a download: ${file}. If the file does not appear, check the browser's download settings.${errors ? ` ${errors} figures to check before signing (see Findings; not printed in the report).` : ""}`,
  savedInCopy:
    "Kept in this page's copy of the workbook (sheet LKjIP_Pengaturan). Download the workbook to keep it in the file.",
};
