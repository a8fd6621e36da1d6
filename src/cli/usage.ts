// `lkjip --help`: the only text the entry needs before a command is chosen.
export const USAGE = `Pemakaian (dari folder proyek):
  npx lkjip periksa BERKAS.xlsx [--json]
  npx lkjip hitung MASUK.xlsx -o KELUAR.xlsx [--json]    (.xlsm: -o KELUAR.xlsm)
  npx lkjip narasi BERKAS.xlsx [--ringkas | --lengkap]
  npx lkjip laporan BERKAS.xlsx -o LAPORAN.docx
  npx lkjip templat -o BARU.xlsx          lima tabel kosong dengan judul kolom bawaan
  npx lkjip rekap FOLDER|BERKAS.xlsx… -o REKAP.xlsx [--json] [--pekerja N]
                                          rekap banyak buku kerja, satu baris per buku kerja
  (sama dengan: npm run -s lkjip -- periksa BERKAS.xlsx …)
Berkas keluaran (-o) yang sudah ada tidak ditimpa, kecuali dengan --timpa.
Pilihan baca (periksa, hitung, narasi, laporan):
  --peta peta.json                 kolom dan baris pilihan sendiri (menggantikan peta yang tersimpan)
Pilihan perhitungan (semua perintah; hitung menyimpannya di buku kerja keluaran):
  --efisiensi selisih|rasio|sisa   metode efisiensi (bawaan: selisih)
  --negatif 1,2                    nomor sasaran berpolaritas negatif (makin kecil makin baik)
Kode keluar: 0 tanpa galat, 1 ada temuan galat, 2 berkas tidak dapat dibaca/ditulis atau perintah salah
(rekap: 1 bila satu buku kerja bergalat, 2 bila satu tidak terbaca; rekapnya tetap ditulis).`;
