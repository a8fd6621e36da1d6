// The two quarterly forms as the WordPress plugin wp-sipd exports them (its "Download Excel": the page's HTML table
// saved as .xls). Layouts read from agusnurwanto/wp-sipd at commit 5e6580f281e98a98afccce9e257d6e0ce9db74de
// (GPL-2.0: facts only, no code): the header rows, the numbering row's formulas and the codes, verbatim.
import { FormLayout, FormPlace, SIPD_LEVELS } from "./forms";

const WP_SIPD = "agusnurwanto/wp-sipd@5e6580f281e98a98afccce9e257d6e0ce9db74de";

/** The K (volume, satuan) and Rp columns under one number of the E.81 form. */
const k = (number: number): FormPlace => ({
  number,
  under: ["k", "volume"],
});
const satuan = (number: number): FormPlace => ({
  number,
  under: ["k", "satuan"],
});
const rp = (number: number): FormPlace => ({ number, under: ["rp"] });
const QUARTERS = [1, 2, 3, 4];

/**
 * Evaluasi hasil Renja (Permendagri 86/2017 form E.81) as wp-sipd's Monev Renja page exports it
 * (`public/partials/monev/wpsipd-public-monitor-indikator-renja.php` l.1826–1936): five header rows, the third a
 * numbering row `0 … 17` with the form's formulas; rows are program, kegiatan and sub kegiatan with their SIPD code
 * (the `No` counters are never reset, so the code says the level); the footer is the total, with no label and its
 * figures merged across K and Rp. Column 12 K of a percentage indicator is the level reached (the plugin takes the
 * highest month, l.730), not the sum its header states.
 */
export const MONEV_RENJA: FormLayout = {
  id: "wp-sipd-monev-renja",
  title:
    "Evaluasi Renja (Permendagri 86/2017, formulir E.81) unduhan Monev Renja wp-sipd",
  source: `${WP_SIPD} public/partials/monev/wpsipd-public-monitor-indikator-renja.php`,
  role: "3.2",
  numbering: ["12 = 8+9+10+11", "13 = 12/7x100"],
  rowsAbove: 2,
  rowsBelow: 2,
  columns: [
    { part: "no", label: "no", title: "No" },
    { part: "kode", number: 2, title: "Kode (2)", required: true },
    {
      part: "sasaran",
      number: 3,
      title: "Program, Kegiatan, Sub Kegiatan (3)",
      required: true,
    },
    { part: "indikator", number: 4, title: "Indikator Kinerja (4)" },
    { part: "t", ...k(7), title: "Target Renja K (7)" },
    { part: "satuan", ...satuan(7), title: "Satuan (7)" },
    { part: "pagu", ...rp(7), title: "Target Renja Rp (7)", required: true },
    { part: "kinerja", number: 13, under: ["k"], title: "Capaian K (13)" },
    {
      part: "capaian",
      number: 13,
      under: ["rp"],
      title: "Capaian Rp (13)",
      required: true,
    },
  ],
  periods: [
    {
      part: "realisasi",
      ...rp(12),
      title: "Realisasi Rp (12)",
      kind: "triwulan",
      why: "kolom 12 = 8+9+10+11: realisasi triwulan I–IV dijumlahkan",
      parts: QUARTERS.map((n) => ({ ...rp(7 + n), n })),
      givesPeriod: true,
    },
    {
      part: "r",
      ...k(12),
      title: "Realisasi K (12)",
      kind: "triwulan",
      why: "kolom 12 = 8+9+10+11 (indikator persentase: tingkat yang dicapai)",
      parts: QUARTERS.map((n) => ({ ...k(7 + n), n })),
    },
  ],
  notUsed: [
    { number: 0, why: "Tujuan Renstra" },
    { number: 1, why: "Sasaran Renstra" },
    { number: 5, why: "target Renstra lima tahun, bukan target tahun ini" },
    { number: 6, why: "realisasi Renstra sampai tahun lalu" },
    { number: 14, why: "realisasi Renstra sampai tahun ini" },
    { number: 15, why: "capaian Renstra" },
    ...[8, 9, 10, 11, 12].map((n) => ({
      ...satuan(n),
      why: "satuan tiap triwulan, sama dengan satuan kolom 7",
    })),
    { number: 16, why: "unit penanggung jawab" },
    { number: 17, why: "keterangan" },
  ],
  codes: { columns: [2], levels: SIPD_LEVELS },
  yearAt: { number: 7 },
  percentPoints: true,
  figuresRight: true,
  unlabelledTotal: true,
};

/**
 * Realisasi Fisik dan Keuangan (RFK) of one month as wp-sipd exports it
 * (`public/partials/monev/wpsipd-public-monitor-rfk.php` l.1082–1199): the month in the title above the table
 * (`Bulan Juni Tahun 2025`), a label row and a numbering row `1 … 30` with the form's formulas (`10 = (9 / 8) * 100`,
 * `12 = ((11-10)/11) * 100`), the SIPD code in five columns, two pagu (RKA SIPD and the DPA or a second RKA), the
 * Anggaran Kas of months 1–12 and their total (a cash plan, never realisasi), and a closing `TOTAL dan CATATAN
 * KESIMPULAN KABAG ADBANG` row.
 */
export const RFK: FormLayout = {
  id: "wp-sipd-rfk",
  title: "Realisasi Fisik dan Keuangan (RFK) unduhan wp-sipd",
  source: `${WP_SIPD} public/partials/monev/wpsipd-public-monitor-rfk.php`,
  role: "3.2",
  numbering: ["10 = (9 / 8) * 100", "12 = ((11-10)/11) * 100"],
  rowsAbove: 1,
  rowsBelow: 0,
  columns: [
    {
      part: "sasaran",
      number: 6,
      title: "Urusan/Bidang/Program/Kegiatan (6)",
      required: true,
    },
    { part: "paguLain", number: 7, title: "RKA SIPD (7)" },
    { part: "pagu", number: 8, title: "Pagu DPA (8)", required: true },
    {
      part: "realisasi",
      number: 9,
      title: "Realisasi Keuangan (9)",
      required: true,
    },
    { part: "capaian", number: 10, title: "Capaian (10)", required: true },
    { part: "rak", number: 11, title: "RAK (11)" },
    { part: "deviasi", number: 12, title: "Deviasi (12)" },
    { part: "fisik", number: 13, title: "Realisasi Fisik (13)" },
    { part: "nilaiFisik", number: 14, title: "Nilai Realisasi Fisik (14)" },
  ],
  periods: [
    {
      part: "kas",
      number: 30,
      title: "Anggaran Kas Total (30)",
      kind: "bulan",
      why: "rencana kas bulan 1–12 dan totalnya: bukan realisasi, diperiksa hanya jumlahnya",
      parts: Array.from({ length: 12 }, (_, i) => ({
        number: 18 + i,
        n: i + 1,
      })),
    },
  ],
  notUsed: [
    { number: 15, why: "sumber dana" },
    { number: 16, why: "keterangan/permasalahan" },
    { number: 17, why: "catatan verifikator" },
  ],
  codes: { columns: [1, 2, 3, 4, 5], levels: SIPD_LEVELS },
  percentPoints: true,
  fromJanuary: true,
};

export const SIPD_FORMS = [MONEV_RENJA, RFK];
