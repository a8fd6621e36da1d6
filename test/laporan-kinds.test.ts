// Issue 17, defects 9 and 10: annual reports and other units get their own structure and titles, and the texts
// only the officer can give (2.4 RTL, dasar hukum, the program, the duties) come from the workbook's store, or
// print as a visible blank to fill in, never as words of our own.
import ExcelJS from "exceljs";
import { SETTINGS_SHEET, readStore, storeRows } from "../src/core";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { buildLaporan } from "../src/report";
import { rasterizeWithResvg } from "../src/report/rasterize-node";
import { REAL_REPORTS, buildRealWorkbook } from "./fixtures/real";
import { buildSeedWorkbook } from "./fixtures/seed";
import { SEED_TEXTS } from "./fixtures/seed-texts";
import { OpenedDocx, all, openDocx } from "./helpers/docx";

async function report(wb: ExcelJS.Workbook, store?: Record<string, unknown>): Promise<{ docx: OpenedDocx; text: string }> {
  if (store) {
    const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
    for (const row of storeRows(store)) ws.addRow(row);
  }
  const grid = workbookToGrid(wb);
  const l = await buildLaporan(grid, { rasterize: rasterizeWithResvg, store: readStore(grid).values });
  const docx = await openDocx(l.bytes);
  return { docx, text: all(docx.body, "w:p").map((p) => all(p, "w:t").map((t) => t.text).join("")).join("\n").replace(/\u00a0/g, " ") };
}

// Each test builds and rasterises a whole report: seconds on a shared machine.
jest.setTimeout(30_000);

const real = (id: string) => buildRealWorkbook(REAL_REPORTS.find((r) => r.id.startsWith(id))!);
const chapters = (d: OpenedDocx) =>
  d.body.children
    .filter((p) => p.name === "w:p" && all(p, "w:pStyle").some((s) => s.attrs["w:val"] === "Heading1"))
    .map((p) => all(p, "w:t").map((t) => t.text).join(" "));

const SETDA = {
  "ttd.nama": "Drs. A. B. C",
  "ttd.jabatan": "Kepala Biro Pemerintahan",
  "ttd.nip": "19700101 199001 1 001",
  "laporan.unit": "Biro Pemerintahan",
  "laporan.instansi": "Sekretariat Daerah Provinsi Sumatera Utara",
  "laporan.pemda": "Pemerintah Provinsi Sumatera Utara",
  "ttd.tempat": "Medan",
  "ttd.tanggal": "2022-01-31",
};

describe("10. annual reports and other units", () => {
  test("an annual report has the LKjIP's chapters (PermenPAN-RB 53/2014) and says Tahun, never triwulan", async () => {
    const { docx, text } = await report(real("gunungkaler"));
    expect(chapters(docx)).toEqual(["BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP"]);
    expect(text).toContain("LAPORAN KINERJA\nINSTANSI PEMERINTAH (LKjIP)\nTAHUN 2020");
    expect(text).toContain("3.1. Capaian Kinerja Organisasi");
    expect(text).not.toMatch(/triwulan|TRIWULAN|Tanggapan Atasan/);
    // A year is rated: the predikat stands in an annual report.
    expect(text).toContain("capaian kinerja 104,96% (predikat Sangat Tinggi)");
  });

  test("one sasaran with several indicators: the rows are indicators, never 'Sasaran 1/2/3'", async () => {
    const { text } = await report(real("gunungkaler"));
    expect(text).toContain("Indikator 1 (Hasil Indeks Kepuasan Masyarakat) mencatat realisasi nilai 88,95 dari target nilai 84,75");
    expect(text).toContain("Capaian kinerja masing-masing indikator diuraikan pada tabel berikut ini:");
    expect(text).not.toMatch(/[Ss]asaran [123]\b/);
  });

  test("a program is called by its name, not 'sasaran 1'", async () => {
    const { text } = await report(real("sumut"));
    expect(text).toContain("Untuk Program Pemerintahan Dan Otonomi Daerah, dari pagu anggaran Rp 1.743.400.365");
    expect(text).not.toMatch(/sasaran 1\b/i);
  });

  test("another unit's own titles from its stored texts; no Camat or Kecamatan of our own anywhere", async () => {
    const { docx, text } = await report(real("sumut"), SETDA);
    expect(text).toContain("KEPALA BIRO PEMERINTAHAN\nSEKRETARIAT DAERAH PROVINSI SUMATERA UTARA");
    expect(text).toContain("PEMERINTAH PROVINSI SUMATERA UTARA");
    expect(text).toContain("Perjanjian Kinerja Kepala Biro Pemerintahan Sekretariat Daerah Provinsi Sumatera Utara Tahun 2021");
    expect(text).not.toMatch(/camat|kecamatan/i);
    // An annual report signed by the head alone when no atasan is stored: no "Mengetahui".
    const ttd = docx.tables[docx.tables.length - 1].rows.map((r) => r.join("|")).join("\n");
    expect(ttd).not.toContain("Mengetahui");
    expect(ttd).toContain("Medan, 31 Januari 2022");
  });

  test("a workbook stored by an earlier version (laporan.kecamatan, laporan.kabupaten) still prints its unit", async () => {
    const { text } = await report(buildSeedWorkbook(), { ...SEED_TEXTS });
    expect(text).toContain("PEMERINTAH KABUPATEN LUMAJANG\nKECAMATAN RANUYOSO");
  });
});

describe("9. the officer's texts", () => {
  const TEXTS = {
    ...SEED_TEXTS,
    "teks.pendahuluan":
      "Pasal 4 Peraturan Bupati Nomor 6 Tahun 2018 telah mengamanatkan bahwa pejabat eselon IV berkewajiban untuk membuat laporan kinerja triwulanan kepada pejabat eselon III atasannya.",
    "teks.dasarhukum":
      "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan.\nPeraturan Bupati Lumajang Nomor 96 Tahun 2019 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja Kecamatan dan Kelurahan.",
    "teks.program":
      "Program kegiatan yang diampu didasarkan pada Kepmendagri 050-5889 Tahun 2021, yaitu Program Pemberdayaan Masyarakat Desa dan Kelurahan.",
    "teks.rtl":
      "Pelaksanaan program kegiatan di triwulan yang akan datang tetap mengacu pada time schedule yang telah ditetapkan.\nKoordinasi dengan atasan langsung dan Subbagian Keuangan terus dilaksanakan.\nPengembangan komunikasi dan jejaring (networking) perlu ditingkatkan.",
    "laporan.tugas": "a. menyusun rencana kegiatan Seksi Pemberdayaan Masyarakat;\nb. memberikan saran dan pertimbangan kepada Camat; dan\nc. melaksanakan tugas lain yang diberikan oleh Camat.",
  };

  test("each text prints in its place, paragraphs and lists as typed, regulation numbers and all", async () => {
    const { docx, text } = await report(buildSeedWorkbook(), TEXTS);
    const p = docx.paragraphs.map((x) => x.replace(/\u00a0/g, " "));
    expect(p[p.indexOf("BAB I\nPENDAHULUAN") + 1]).toBe(TEXTS["teks.pendahuluan"]);
    const dh = p.indexOf("1.1. Dasar Hukum Pembentukan");
    expect(p.slice(dh + 1, dh + 3)).toEqual(TEXTS["teks.dasarhukum"].split("\n"));
    expect(p[p.indexOf("2.1. Perjanjian Kinerja") + 1]).toBe(TEXTS["teks.program"]);
    const rtl = p.indexOf("2.4. Rencana Tindak Lanjut");
    expect(p.slice(rtl + 1, rtl + 4)).toEqual(TEXTS["teks.rtl"].split("\n"));
    const tugas = p.indexOf("1.2. Uraian Tugas Pokok dan Fungsi");
    expect(p.slice(tugas + 2, tugas + 5)).toEqual([
      "menyusun rencana kegiatan Seksi Pemberdayaan Masyarakat;",
      "memberikan saran dan pertimbangan kepada Camat; dan",
      "melaksanakan tugas lain yang diberikan oleh Camat.",
    ]);
    expect(text).not.toMatch(/\((dasar kewajiban|dasar hukum pembentukan|program yang diampu|rencana tindak lanjut|uraian tugas)/);
  });

  test("empty: a visible blank to fill in, with lines to write on; no sentence of our own", async () => {
    const { docx, text } = await report(buildSeedWorkbook(), SEED_TEXTS);
    for (const label of ["(dasar kewajiban", "(dasar hukum pembentukan", "(program yang diampu", "(rencana tindak lanjut", "(uraian tugas pokok"])
      expect(text).toContain(label);
    expect(text).not.toMatch(/Sub Bagian Keuangan|selaku atasan langsung\.|Peraturan Bupati\./);
    const dotted = all(docx.body, "w:u").filter((u) => u.attrs["w:val"] === "dotted");
    expect(dotted.length).toBeGreaterThanOrEqual(12);
  });
});
