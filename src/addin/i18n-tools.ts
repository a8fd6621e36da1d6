// UI strings for the add-in's own sheets, the start, Mac downloads, Urungkan's skips and the Diagnostik
// (Indonesian, and English for other Office display languages). Merged into i18n.ts's sets.
export const toolsId = {
  startupNotice:
    "Add-in LKjIP siap. Bila Anda membuka add-in ini dengan tombol Hitung Capaian atau Buat Narasi di pita dan belum terjadi apa-apa, klik tombol itu sekali lagi: di Excel, klik pertama kadang hanya memulai add-in.",
  settingsNotRead: (why: string) =>
    `Pengaturan buku kerja (lembar LKjIP_Pengaturan) belum terbaca, jadi langkah ini tidak dijalankan agar tidak memakai nilai bawaan. ${why}`.trim(),
  toolsTitle: "Sebelum perubahan pertama di buku kerja ini",
  toolsText: [
    "Add-in menyimpan isi lama sel (untuk Urungkan) dan pengaturannya di dua lembar sangat tersembunyi, LKjIP_Urungkan dan LKjIP_Pengaturan. Keduanya dibuat sekali untuk buku kerja ini, sekarang.",
    "Di Excel untuk Windows dan Mac, menyembunyikan lembar mengosongkan riwayat Undo (Ctrl+Z) Excel Anda: perubahan yang Anda buat sebelum ini tidak dapat lagi dibatalkan dengan Ctrl+Z. Tombol Urungkan di panel tetap bekerja untuk langkah add-in.",
    "Simpan buku kerja dulu bila masih ada perubahan yang ingin Anda batalkan dengan Ctrl+Z.",
  ],
  toolsOk: "Lanjutkan",
  toolsWaiting:
    "Add-in menunggu persetujuan Anda di panel sebelum mengubah buku kerja.",
  toolsReady: "Lembar add-in dibuat.",
  cancel: "Batal",
  cancelled: "Dibatalkan; buku kerja tidak diubah.",
  notesFailed: (code: string) =>
    `Catatan sel tidak ditulis: Excel menolaknya (${code}). Nilai dan warna tetap tertulis dan dapat diurungkan.`,
  undoUnreadable:
    "Langkah Urungkan terakhir tidak dapat dibaca (rusak), jadi dibuang tanpa mengubah apa pun. Klik Urungkan lagi untuk langkah sebelumnya.",
  undoSkipped: (sheet: string, cells: number) =>
    `${cells} sel di lembar "${sheet}" tidak dikembalikan: lembar itu sudah tidak ada.`,
  laporanMac:
    "Excel untuk Mac tidak mengizinkan add-in mengunduh berkas, jadi laporan tidak dibuat di sini dan tidak ada yang diunduh. Yang berfungsi: buka buku kerja ini di Excel untuk web lalu klik Unduh Laporan di sana, atau jalankan baris perintah: npx lkjip laporan BERKAS.xlsx -o LAPORAN.docx. Atau buka berkas buku kerjanya di halaman web LKjIP (web.html di alamat yang sama dengan add-in ini), yang membuatnya di peramban.",
  diagHeading: "Diagnostik",
  diagIntro:
    "Menguji apakah Excel ini menjalankan setiap jenis panggilan yang dipakai add-in, pada lembar sementara yang dihapus lagi sesudahnya. Hasilnya dapat disalin untuk dikirim kepada yang mendukung Anda.",
  diagRun: "Jalankan Diagnostik",
  diagTitle: "Jalankan Diagnostik?",
  diagText: (desktop: boolean) => [
    "Diagnostik tidak menyentuh lembar Anda. Ia menambah lembar sementara LKjIP_Diagnostik; menulis dan membaca kembali sebuah nilai, format angka, warna, sel gabungan, catatan sel dan sebuah pengaturan di sana; menjalankan satu langkah Undo gabungan; menyembunyikan lembar itu; lalu menghapusnya.",
    desktop
      ? "Di Excel untuk Windows dan Mac, langkah lembar ini (tambah, sembunyikan, hapus) mengosongkan riwayat Undo (Ctrl+Z) Excel Anda: perubahan sebelumnya tidak dapat lagi dibatalkan dengan Ctrl+Z. Simpan buku kerja dulu bila perlu."
      : "Menghapus lembar sementara itu mengosongkan riwayat Undo (Ctrl+Z) Excel Anda: perubahan sebelumnya tidak dapat lagi dibatalkan dengan Ctrl+Z. Simpan buku kerja dulu bila perlu.",
  ],
  diagOk: "Ya, jalankan",
  diagRunning: "Diagnostik berjalan…",
  diagCopy: "Salin laporan diagnostik",
  diagCopied: "Laporan diagnostik disalin ke papan klip.",
  diagStatus: {
    ok: "berhasil",
    gagal: "gagal",
    dilewati: "dilewati",
    info: "info",
  } as Record<string, string>,
};

export const toolsEn: typeof toolsId = {
  startupNotice:
    "The LKjIP add-in is ready. If you opened it with Compute Achievement or Write Narrative on the ribbon and nothing happened, click that button once more: in Excel the first click sometimes only starts the add-in.",
  settingsNotRead: (why) =>
    `The workbook's settings (sheet LKjIP_Pengaturan) could not be read, so this step did not run (it would have used the defaults). ${why}`.trim(),
  toolsTitle: "Before the first change in this workbook",
  toolsText: [
    "The add-in keeps the cells' old contents (for Undo) and its settings in two very hidden sheets, LKjIP_Urungkan and LKjIP_Pengaturan. Both are made once for this workbook, now.",
    "In Excel on Windows and Mac, hiding a sheet empties Excel's own Undo (Ctrl+Z) history: changes you made before cannot be undone with Ctrl+Z any more. The pane's Undo button still undoes the add-in's steps.",
    "Save the workbook first if there are changes you may still want to undo with Ctrl+Z.",
  ],
  toolsOk: "Continue",
  toolsWaiting:
    "The add-in is waiting for your answer in the pane before it changes the workbook.",
  toolsReady: "The add-in's sheets were made.",
  cancel: "Cancel",
  cancelled: "Cancelled; the workbook was not changed.",
  notesFailed: (code) =>
    `Cell notes were not written: Excel refused them (${code}). The values and colours are written and can be undone.`,
  undoUnreadable:
    "The last Undo step could not be read (damaged), so it was dropped without changing anything. Click Undo again for the step before.",
  undoSkipped: (sheet, cells) =>
    `${cells} cells on the sheet "${sheet}" were not restored: that sheet no longer exists.`,
  laporanMac:
    "Excel for Mac does not let add-ins download files, so the report was not made here and nothing was downloaded. What works: open this workbook in Excel on the web and click Download Report there, or run the command line: npx lkjip laporan FILE.xlsx -o REPORT.docx. Or open the workbook's file in the LKjIP web page (web.html at this add-in's address), which makes it in the browser.",
  diagHeading: "Diagnostics",
  diagIntro:
    "Tests whether this Excel runs each kind of call the add-in makes, on a scratch sheet removed again afterwards. The result can be copied and sent to whoever supports you.",
  diagRun: "Run Diagnostics",
  diagTitle: "Run Diagnostics?",
  diagText: (desktop) => [
    "Diagnostics does not touch your sheets. It adds a scratch sheet LKjIP_Diagnostik; writes and reads back a value, a number format, a fill, merged cells, a cell note and a setting there; runs one grouped Undo step; hides that sheet; then removes it.",
    desktop
      ? "In Excel on Windows and Mac these sheet steps (add, hide, remove) empty Excel's own Undo (Ctrl+Z) history: earlier changes cannot be undone with Ctrl+Z any more. Save the workbook first if needed."
      : "Removing the scratch sheet empties Excel's own Undo (Ctrl+Z) history: earlier changes cannot be undone with Ctrl+Z any more. Save the workbook first if needed.",
  ],
  diagOk: "Yes, run it",
  diagRunning: "Diagnostics running…",
  diagCopy: "Copy the diagnostics report",
  diagCopied: "Diagnostics report copied to the clipboard.",
  diagStatus: {
    ok: "passed",
    gagal: "failed",
    dilewati: "skipped",
    info: "info",
  },
};
