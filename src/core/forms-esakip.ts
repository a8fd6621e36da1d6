// The LAKIP workbook of the E-Sakip application (CodeIgniter 4), as its `cetakExcel` writes it with PhpSpreadsheet:
// sheets `LAKIP`, `Analisis Faktor` and `Efisiensi Program`, a title and `Unit :`, `Mode :`, `Tahun :`, `Status :`
// rows above one header row. Read from andhika201/E-Sakip at commit 74f39c284cf7b9873269d9bea2265028516dd98a,
// `app/Helpers/lakip_excel_helper.php` (headers l.316–324, l.394–398, l.177–254).
import { FormLayout, SIPD_LEVELS } from "./forms";

const E_SAKIP =
  "andhika201/E-Sakip@74f39c284cf7b9873269d9bea2265028516dd98a app/Helpers/lakip_excel_helper.php";

/**
 * Sheet `LAKIP`: one row per indicator (the sasaran repeated on each), the target and realisation of the year and
 * of the year before, `CAPAIAN (%)` computed by E-Sakip (`hitungCapaianLakip`: R/T, or (2T−R)/T for a negative
 * indicator, whose kind the sheet does not carry). Column order differs between the kabupaten and OPD exports.
 */
export const ESAKIP_LAKIP: FormLayout = {
  id: "e-sakip-lakip",
  title: "lembar LAKIP unduhan E-Sakip",
  source: E_SAKIP,
  role: "3.1",
  labels: [
    "sasaran",
    "indikator",
    "target tahun sebelumnya",
    "capaian tahun ini",
  ],
  rowsAbove: 0,
  rowsBelow: 0,
  columns: [
    { part: "no", label: "no", title: "NO" },
    { part: "sasaran", label: "sasaran", title: "SASARAN", required: true },
    { part: "indikator", label: "indikator", title: "INDIKATOR" },
    { part: "satuan", label: "satuan", title: "SATUAN" },
    { part: "target", label: "target", title: "TARGET", required: true },
    {
      part: "realisasi",
      label: "capaian tahun ini",
      title: "CAPAIAN TAHUN INI",
      required: true,
    },
    { part: "capaian", label: "capaian", title: "CAPAIAN (%)", required: true },
  ],
  periods: [],
  notUsed: [
    { label: "opd", why: "perangkat daerah" },
    { label: "tahun", why: "tahun indikator" },
    { label: "target tahun sebelumnya", why: "tahun sebelumnya" },
    { label: "capaian tahun sebelumnya", why: "tahun sebelumnya" },
    { label: "status", why: "status isian E-Sakip" },
  ],
  polarityFromCapaian: true,
};

/** Sheet `Efisiensi Program`: programs `[7.01.02] PROGRAM …` with anggaran, realisasi and efisiensi (sisa, Rp), and a TOTAL row. */
export const ESAKIP_EFISIENSI: FormLayout = {
  id: "e-sakip-efisiensi-program",
  title: "lembar Efisiensi Program unduhan E-Sakip",
  source: E_SAKIP,
  role: "3.2",
  labels: ["nama program", "anggaran", "realisasi", "efisiensi"],
  rowsAbove: 0,
  rowsBelow: 0,
  columns: [
    { part: "no", label: "no", title: "NO" },
    {
      part: "sasaran",
      label: "nama program",
      title: "NAMA PROGRAM",
      required: true,
    },
    { part: "pagu", label: "anggaran", title: "ANGGARAN", required: true },
    {
      part: "realisasi",
      label: "realisasi",
      title: "REALISASI",
      required: true,
    },
    { part: "sisa", label: "efisiensi", title: "EFISIENSI (Rp)" },
  ],
  periods: [],
  notUsed: [],
  codes: { inName: true, levels: SIPD_LEVELS },
};

/** Sheet `Analisis Faktor`: text per indicator (faktor pendukung, penghambat, upaya); recognised, nothing to check. */
export const ESAKIP_ANALISIS: FormLayout = {
  id: "e-sakip-analisis-faktor",
  title: "lembar Analisis Faktor unduhan E-Sakip",
  source: E_SAKIP,
  role: null,
  labels: [
    "indikator",
    "faktor penghambat",
    "upaya untuk meningkatkan pencapaian kinerja",
  ],
  rowsAbove: 0,
  rowsBelow: 0,
  columns: [],
  periods: [],
  notUsed: [],
  note: "isinya teks (faktor pendukung, faktor penghambat, upaya) per indikator; tidak ada angka yang diperiksa",
};

export const ESAKIP_FORMS = [ESAKIP_LAKIP, ESAKIP_EFISIENSI, ESAKIP_ANALISIS];
