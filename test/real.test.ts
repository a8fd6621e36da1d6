// Real published reports (test/fixtures/real, hand-checked in its README): written to .xlsx through ExcelJS,
// read back, and checked. What the tool finds and computes is what was computed by hand, or it says which
// row or column it could not place.
import ExcelJS from "exceljs";
import { Analysis, analyze } from "../src/core";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { REAL_REPORTS, RealReport, buildRealWorkbook } from "./fixtures/real";

async function read(r: RealReport): Promise<Analysis> {
  const buf = await buildRealWorkbook(r).xlsx.writeBuffer();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return analyze(workbookToGrid(wb));
}
const byId = (id: string) => REAL_REPORTS.find((r) => r.id === id)!;
const at = (a: Analysis, code: string) => a.findings.filter((f) => f.code === code).map((f) => f.cell);
const derivedAt = (a: Analysis, cell: string) => a.derived.find((d) => d.address === cell);
const notUnderstood = (a: Analysis) =>
  a.findings.filter((f) => f.code === "BARIS_TIDAK_DIKENALI" || f.code === "KOLOM_TIDAK_DIPAKAI");

describe("SIM Kinerja web export, Sub Bidang Penyusunan Anggaran, Polewali Mandar 2022", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await read(byId("polman-subbid-anggaran-2022"));
  });

  test("both tables are found by what their headers say; the year is 2022", () => {
    expect(a.tables.filter((t) => t.found).map((t) => [t.id, t.header])).toEqual([
      ["3.1", "A6"],
      ["3.2", "A20"],
    ]);
    expect(a.period).toEqual({ triwulan: null, tahun: 2022 });
  });

  test("realisasi is the Jumlah column, never month 1, and the tool says which column it used", () => {
    const chosen = a.findings.filter((f) => f.code === "KOLOM_DIPILIH");
    expect(chosen.map((f) => f.cell)).toEqual(["R6", "P20"]);
    expect(chosen[1].message).toMatch(/kolom P "Realisasi Anggaran \(Rp\) \/ Jumlah"/);
    expect(chosen[1].message).toMatch(/D "Realisasi Anggaran \(Rp\) \/ 1"/);
    const kegiatan = a.sasaran[0];
    expect(kegiatan.realisasiAnggaran?.toNumber()).toBe(1000972958);
    expect(kegiatan.pagu?.toNumber()).toBe(1004422800);
    expect(kegiatan.capaianAnggaran?.toDecimalPlaces(6).toNumber()).toBe(0.996565);
    expect(kegiatan.subs.map((s) => s.realisasi?.toNumber())).toEqual([805369584, 195603374]);
  });

  test("each table's columns and their parts are listed for the pane (Realisasi ← P \"Jumlah\")", () => {
    const t = a.tables.find((x) => x.id === "3.2")!;
    expect(t.foundBy).toBe("content");
    expect(t.columns!.map((c) => `${c.title} ← ${c.col} "${c.label}"`)).toEqual([
      'Pejabat ← A "Pejabat"',
      'Sasaran/Kegiatan ← B "Kegiatan / Sub-Kegiatan"',
      'Pagu (Rp) ← C "Alokasi Anggaran (Rp)"',
      'Realisasi (Rp) ← P "Jumlah"',
      'Capaian (%) ← Q "Realisasi(%)"',
    ]);
    expect(t.unused).toEqual([]);
  });

  test("English separators are read, said once, and the report's correct figures raise nothing", () => {
    expect(at(a, "ANGKA_INGGRIS")).toHaveLength(1);
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(at(a, "FORMAT_ANGKA")).toEqual([]);
    expect(at(a, "CAPAIAN_TIDAK_SESUAI")).toEqual([]);
    // Every printed capaian was checked and agrees: 99.66, 99.62, 99.80 and 97.32, 150.00, 166.67.
    const printed: Record<string, number> = { Q24: 0.9966, Q26: 0.9962, Q27: 0.998, S11: 0.9732, S14: 1.5, S16: 1.6667 };
    for (const [cell, value] of Object.entries(printed)) expect(derivedAt(a, cell)?.value).toBe(value);
  });

  test("missing tables are warnings that name what could not be checked; nothing is left unplaced", () => {
    const missing = a.findings.filter((f) => f.code === "TABEL_TIDAK_DITEMUKAN");
    expect(missing.map((f) => f.severity)).toEqual(["warning", "warning", "warning"]);
    expect(missing[0].message).toMatch(/Tabel 2\.1 .*tidak dapat dibandingkan dengan Perjanjian Kinerja/);
    expect(notUnderstood(a)).toEqual([]);
  });
});

describe("Sekretariat Daerah Provinsi Sumatera Utara, LKj 2021, Tabel 19", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await read(byId("sumut-setda-2021"));
  });

  test("program → two kegiatan groups → four sub kegiatan; no kegiatan heading taken for a sub kegiatan", () => {
    expect(a.tables.find((t) => t.found)).toMatchObject({ id: "3.2", header: "A5" });
    expect(a.sasaran).toHaveLength(1);
    expect(a.sasaran[0].name).toBe("Program Pemerintahan Dan Otonomi Daerah");
    expect(a.sasaran[0].subs.map((s) => s.name)).toEqual([
      "1. Sub Kegiatan Fasilitasi Pelaksanaan Pemerintahan Umum",
      "1.Sub Kegiatan Fasilitasi Kerjasama antar Pemerintah",
      "2.Sub Kegiatan Fasilitasi Kerjasama Badan Usaha/Swasta",
      "3.Sub Kegiatan Evaluasi Pelaksanaan",
    ]);
    expect(at(a, "TARGET_NOL")).toEqual([]);
    expect(notUnderstood(a)).toEqual([]);
  });

  test("the report's two wrong figures: 80.5 (77,08%) and the program's 88.6, a mean of percentages (88,92%)", () => {
    const wrong = a.findings.filter((f) => f.code === "CAPAIAN_TIDAK_SESUAI");
    expect(wrong.map((f) => [f.cell, f.actual, f.expected])).toEqual([
      ["F7", "88.6", 0.8892],
      ["F13", "80.5", 0.7708],
    ]);
    expect(wrong[0].message).toMatch(/rata-rata persentase 4 baris/);
    expect(wrong[0].message).toMatch(/total realisasi dibagi total pagu/);
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("program and kegiatan totals are computed where the report leaves them empty", () => {
    const v = (cell: string) => derivedAt(a, cell)?.value;
    expect([v("D7"), v("E7")]).toEqual([1743400365, 1550154676]);
    expect([v("D8"), v("E8"), v("F8")]).toEqual([749930215, 702188300, 0.9363]);
    expect([v("D10"), v("E10"), v("F10")]).toEqual([993470150, 847966376, 0.8535]);
    expect(a.period).toEqual({ triwulan: null, tahun: 2021 });
  });
});

describe("Kecamatan Gunung Kaler, LKjIP 2020, Tabel 3.5", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await read(byId("gunungkaler-kecamatan-2020"));
  });

  test("the 2020 columns are used and the 2019 ones listed as not used; the year is 2020", () => {
    const chosen = a.findings.filter((f) => f.code === "KOLOM_DIPILIH");
    expect(chosen.map((f) => f.cell)).toEqual(["E8", "G8", "I8"]);
    expect(chosen[0].message).toMatch(/kolom E "Target 2020".*D "Target 2019"/);
    expect(a.period.tahun).toBe(2020);
  });

  test("01.02's printed 95,24 is reported: 66,7 / 70 is 95,29%", () => {
    expect(a.findings.filter((f) => f.code === "CAPAIAN_TIDAK_SESUAI").map((f) => [f.cell, f.actual, f.expected])).toEqual([
      ["I10", "95,24", 0.9529],
    ]);
    expect(derivedAt(a, "I9")?.value).toBe(1.0496);
    expect(derivedAt(a, "I11")?.value).toBe(1);
  });

  test("three indicators; the Jumlah and Rata-Rata rows are totals, not indicators", () => {
    expect(a.sasaran.map((s) => s.indikator)).toEqual([
      "Hasil Indeks Kepuasan Masyarakat",
      "Prosentase desa/kelurahan dengan kategori minimal Berkembang",
      "Persentase desa dengan laporan pertanggungjawaban baik",
    ]);
    expect(notUnderstood(a)).toEqual([]);
  });
});

describe("Inspektorat Daerah Kabupaten Sampang, LKjIP 2019, Tabel 3.1", () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await read(byId("sampang-inspektorat-2019"));
  });

  test("the sasaran heading row names the indicator under it; n/a is no figure, not an error", () => {
    expect(a.sasaran).toHaveLength(1);
    expect(a.sasaran[0].name).toBe("Sasaran Strategis 1. Meningkatnya Akuntabilitas Keuangan Dan Kinerja Pemerintah Daerah");
    expect(a.sasaran[0].indikator).toBe("Persentase penurunan temuan keuangan yang bersifat materil");
    expect(a.sasaran[0].capaianKinerja).toBeNull();
    expect(a.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(a.derived.filter((d) => d.changed)).toEqual([]);
    expect(notUnderstood(a)).toEqual([]);
  });
});
