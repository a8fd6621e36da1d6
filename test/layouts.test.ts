// The reading rules of spec §9, each on a workbook in that layout. The layouts are constructed here (the
// real reports are in real.test.ts); the kecamatan TW II report below is constructed too: the stored corpus
// held no such published table (see test/fixtures/real/README.md).
import { Analysis, analyze } from "../src/core";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { Cell, buildRealWorkbook } from "./fixtures/real/types";
import { seedAnalysis } from "./helpers/grid";

function book(sheets: { name: string; rows: Cell[][]; merges?: string[] }[]): Analysis {
  return analyze(workbookToGrid(buildRealWorkbook({ id: "t", source: "", unit: "", level: "", period: "", sheets })));
}
const of = (a: Analysis, code: string) => a.findings.filter((f) => f.code === code);
const found = (a: Analysis) => a.tables.filter((t) => t.found).map((t) => t.id);

/** A realisasi-anggaran table: program → kegiatan → sub kegiatan by name prefix. */
const RA_HEADER: Cell[] = ["No", "Program/Kegiatan/Sub Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Capaian (%)"];
const raRows = (pagu1 = "", cap = ""): Cell[][] => [
  ["1", "Program Penunjang Urusan Pemerintahan", "", "", cap],
  ["", "Kegiatan Administrasi Keuangan", pagu1, "", ""],
  ["", "1. Sub Kegiatan Penyediaan Gaji", "1.000.000", "500.000", ""],
  ["", "2. Sub Kegiatan Koordinasi Pelaporan", "3.000.000", "2.700.000", ""],
  ["", "Kegiatan Administrasi Umum", "", "", ""],
  ["", "1. Sub Kegiatan Penyediaan Alat Tulis", "2.000.000", "1.000.000", ""],
];

describe("§9 numbering and presence: tables by content, only present tables checked", () => {
  test("a realisasi-anggaran table under `Tabel 3.4`, or under no caption at all, is found by its header", () => {
    for (const caption of [["Tabel 3.4 Realisasi Anggaran"], []]) {
      const a = book([{ name: "Lampiran", rows: [caption, RA_HEADER, ...raRows()] }]);
      expect(found(a)).toEqual(["3.2"]);
      expect(a.sasaran[0].pagu?.toNumber()).toBe(6000000);
    }
  });

  test("a Perjanjian Kinerja under `Tabel II.1` is found by sasaran · indikator · target", () => {
    const a = book([{ name: "PK", rows: [["Tabel II.1 Perjanjian Kinerja"], ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"], ["1", "Meningkatnya pelayanan", "Indeks kepuasan", "85"]] }]);
    expect(found(a)).toEqual(["2.1"]);
  });

  test("a Capaian Kinerja header is not taken for a Perjanjian Kinerja (it also says Realisasi)", () => {
    const a = book([{ name: "X", rows: [["Sasaran", "Indikator", "Target", "Realisasi", "Capaian"], ["Meningkatnya pelayanan", "Indeks", "80", "84", "105%"]] }]);
    expect(found(a)).toEqual(["3.1"]);
  });

  test("a missing table is a warning naming the checks that could not run; the rest is still checked", () => {
    const a = seedAnalysis({}, (wb) => wb.removeWorksheet(wb.getWorksheet("Tabel 2.2")!.id));
    const f = of(a, "TABEL_TIDAK_DITEMUKAN");
    expect(f.map((x) => x.severity)).toEqual(["warning"]);
    expect(f[0].message).toMatch(/anggaran per sasaran tidak dapat dibandingkan/);
  });

  test("a workbook with no table at all is one error", () => {
    const a = book([{ name: "Catatan", rows: [["Laporan belum diisi"]] }]);
    expect(a.findings.map((f) => [f.code, f.severity])).toEqual([["TABEL_TIDAK_DITEMUKAN", "error"]]);
  });

  test("a table found by content without the kinerja columns: one warning listing them, no error", () => {
    const a = book([{ name: "RA", rows: [RA_HEADER, ...raRows()] }]);
    const f = of(a, "KOLOM_TIDAK_DITEMUKAN");
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message).toMatch(/"T", "R", "%", "Efisiensi"/);
  });
});

describe("§9 hierarchy: program → kegiatan → sub kegiatan", () => {
  test("kegiatan headings are groups, not sub kegiatan; `1. Sub Kegiatan` inside the name is a sub kegiatan", () => {
    const a = book([{ name: "RA", rows: [RA_HEADER, ...raRows()] }]);
    expect(a.sasaran).toHaveLength(1);
    expect(a.sasaran[0].subs.map((s) => s.name)).toEqual([
      "1. Sub Kegiatan Penyediaan Gaji",
      "2. Sub Kegiatan Koordinasi Pelaporan",
      "1. Sub Kegiatan Penyediaan Alat Tulis",
    ]);
    expect(of(a, "TARGET_NOL")).toEqual([]);
    expect(of(a, "BARIS_TIDAK_DIKENALI")).toEqual([]);
  });

  test("group totals are computed where empty: kegiatan and program pagu, realisasi and capaian from totals", () => {
    const a = book([{ name: "RA", rows: [RA_HEADER, ...raRows()] }]);
    const v = (cell: string) => a.derived.find((d) => d.address === cell)?.value;
    expect([v("C3"), v("D3"), v("E3")]).toEqual([4000000, 3200000, 0.8]);
    expect([v("C6"), v("D6"), v("E6")]).toEqual([2000000, 1000000, 0.5]);
    // Program: 4.200.000 / 6.000.000 = 70%, not the mean of 50%, 90%, 50%.
    expect([v("C2"), v("D2"), v("E2")]).toEqual([6000000, 4200000, 0.7]);
  });

  test("…and checked where typed; a program capaian typed as the mean of percentages is reported as such", () => {
    const rows = raRows("4.500.000", "63,33%");
    rows[2][4] = "50%";
    rows[3][4] = "90%";
    rows[5][4] = "50%";
    const a = book([{ name: "RA", rows: [RA_HEADER, ...rows] }]);
    expect(of(a, "PAGU_TIDAK_SESUAI").map((f) => [f.cell, f.expected])).toEqual([["C3", 4000000]]);
    const cap = of(a, "CAPAIAN_TIDAK_SESUAI");
    expect(cap.map((f) => [f.cell, f.expected])).toEqual([["E2", 0.7]]);
    expect(cap[0].message).toMatch(/rata-rata persentase 3 baris/);
  });

  test("label rows (`Kegiatan :`, `Sub-Kegiatan :`) and a Pejabat row place the rows under them", () => {
    const a = book([
      {
        name: "Export",
        rows: [
          ["Pejabat", "Kegiatan / Sub-Kegiatan", "Alokasi Anggaran (Rp)", "Realisasi Anggaran (Rp)", "Realisasi(%)"],
          ["Kepala Seksi"],
          [null, "Kegiatan :"],
          [null, "Koordinasi Kegiatan", "3.000.000", "1.500.000", "50"],
          [null, "Sub-Kegiatan :"],
          [null, "Rapat Koordinasi", "1.000.000", "500.000", "50"],
          [null, "Penyusunan Laporan", "2.000.000", "1.000.000", "50"],
        ],
      },
    ]);
    expect(a.sasaran.map((s) => [s.name, s.subs.length])).toEqual([["Koordinasi Kegiatan", 2]]);
    expect(a.findings.filter((f) => f.severity !== "info" && f.code !== "TABEL_TIDAK_DITEMUKAN" && f.code !== "KOLOM_TIDAK_DITEMUKAN")).toEqual([]);
  });

  test("a row that cannot be placed is reported at its cell, never dropped", () => {
    const rows = raRows();
    rows.push(["*)", "Catatan: data per 30 Juni", "", "", ""]);
    const a = book([{ name: "RA", rows: [RA_HEADER, ...rows] }]);
    expect(of(a, "BARIS_TIDAK_DIKENALI").map((f) => [f.cell, f.severity])).toEqual([["A8", "warning"]]);
  });
});

describe("§9 period columns: the cumulative figure up to the report's period", () => {
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1));
  test("months 1–12 with Jumlah: Jumlah is used and said; month 1 (empty) is never the realisasi", () => {
    const row = (name: string, pagu: string, m: Record<number, string>, total: string): Cell[] => [
      name,
      pagu,
      ...months.map((x) => m[Number(x)] ?? null),
      total,
      "",
    ];
    const a = book([
      {
        name: "Web",
        rows: [
          ["Laporan Tahun 2023"],
          ["Kegiatan", "Pagu", "Realisasi", ...Array(12).fill(null), "Capaian (%)"],
          [null, null, ...months, "Jumlah", null],
          row("Kegiatan Koordinasi", "10.000.000", { 3: "2.000.000", 6: "3.000.000" }, "5.000.000"),
        ],
        merges: ["A2:A3", "B2:B3", "C2:O2", "P2:P3"],
      },
    ]);
    expect(a.sasaran[0].realisasiAnggaran?.toNumber()).toBe(5000000);
    const f = of(a, "KOLOM_DIPILIH");
    expect(f.map((x) => x.cell)).toEqual(["O2"]);
    expect(f[0].message).toMatch(/kolom O "Realisasi \/ Jumlah"/);
  });

  // Constructed: a kecamatan triwulan II report with realisasi per triwulan (see the file's header).
  const twReport = (headers: Cell[], values: Cell[]) =>
    book([
      { name: "Sampul", rows: [["LAPORAN KINERJA TRIWULAN II"], ["Seksi Pemerintahan Kecamatan Contoh"], ["Tahun 2024"]] },
      {
        name: "Realisasi",
        rows: [
          ["No", "Sasaran/Kegiatan", "Pagu (Rp)", ...headers, "Capaian (%)"],
          ["1", "Kegiatan Penyelenggaraan Pemerintahan", "8.000.000", ...values, ""],
        ],
      },
    ]);

  test("TW I–IV with no total column, in a TW II report: TW I + TW II, never TW III or IV", () => {
    const a = twReport(["Realisasi TW I", "Realisasi TW II", "Realisasi TW III", "Realisasi TW IV"], ["1.000.000", "2.000.000", "", ""]);
    expect(a.period.triwulan).toBe(2);
    expect(a.sasaran[0].realisasiAnggaran?.toNumber()).toBe(3000000);
    expect(a.sasaran[0].capaianAnggaran?.toNumber()).toBe(0.375);
    expect(of(a, "KOLOM_DIPILIH")[0].message).toMatch(/jumlah kolom D, E .*sampai triwulan 2/);
  });

  test("`s.d. TW II` beside the quarters: the cumulative column is used", () => {
    const a = twReport(["Realisasi TW I", "Realisasi TW II", "Realisasi s.d. TW II"], ["1.000.000", "2.000.000", "3.000.000"]);
    expect(a.sasaran[0].realisasiAnggaran?.toNumber()).toBe(3000000);
    expect(of(a, "KOLOM_DIPILIH")[0].message).toMatch(/kolom F "Realisasi s.d. TW II"/);
  });
});

describe("§9 period of the report", () => {
  test("two statements of the triwulan that disagree give a finding", () => {
    const a = book([
      { name: "Sampul", rows: [["LAPORAN KINERJA TRIWULAN II TAHUN 2024"]] },
      { name: "RA", rows: [["Tabel 3.4 Realisasi Anggaran Triwulan III"], RA_HEADER, ...raRows()] },
    ]);
    const f = of(a, "PERIODE_BERBEDA");
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/triwulan 2.*triwulan 3/);
  });

  test("an annual report (`Tahun 2022`) has a year and no triwulan", () => {
    const a = book([{ name: "LKj", rows: [["LAPORAN KINERJA TAHUN 2022"], RA_HEADER, ...raRows()] }]);
    expect(a.period).toEqual({ triwulan: null, tahun: 2022 });
  });
});

describe("§9 number conventions and units", () => {
  test("English separators are read where unambiguous, with one info finding", () => {
    const a = book([{ name: "RA", rows: [RA_HEADER, ["1", "Kegiatan Koordinasi", "1,004,422,800", "1,000,972,958", "99.66"]] }]);
    expect(a.sasaran[0].pagu?.toNumber()).toBe(1004422800);
    expect(of(a, "ANGKA_INGGRIS")).toHaveLength(1);
    expect(of(a, "FORMAT_ANGKA")).toEqual([]);
    expect(of(a, "CAPAIAN_TIDAK_SESUAI")).toEqual([]);
  });

  test("an ambiguous amount (`1,500`) is FORMAT_ANGKA with both readings, never 'seharusnya 0'", () => {
    const a = book([
      {
        name: "RA",
        rows: [RA_HEADER, ["1", "Kegiatan Koordinasi", "3.000", "", ""], ["", "Sub Kegiatan Rapat", "1,500", "", ""], ["", "Sub Kegiatan Laporan", "1,500", "", ""]],
      },
    ]);
    const f = of(a, "FORMAT_ANGKA");
    expect(f.map((x) => x.cell)).toEqual(["C3", "C4"]);
    expect(f[0].message).toMatch(/1\.500 atau 1,5/);
    expect(a.findings.some((x) => /seharusnya 0\b/i.test(x.message))).toBe(false);
  });

  test("a Satuan column is read as the unit, not listed as unused; capaian of counts", () => {
    const a = book([
      { name: "C", rows: [["Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian"], ["Tersusunnya dokumen", "Jumlah dokumen", "dokumen", "3", "2", ""]] },
    ]);
    expect(of(a, "KOLOM_TIDAK_DIPAKAI")).toEqual([]);
    expect(a.sasaran[0].capaianKinerja?.toDecimalPlaces(4).toNumber()).toBe(0.6667);
    expect(a.sasaran[0].satuan).toBe("dokumen");
  });
});

describe("§9 placed or reported: columns", () => {
  test("a header column the layout does not use is listed as not used", () => {
    const a = book([{ name: "RA", rows: [[...RA_HEADER, "Sumber Dana"], ...raRows().map((r) => [...r, "DAU"])] }]);
    const f = of(a, "KOLOM_TIDAK_DIPAKAI");
    expect(f.map((x) => x.cell)).toEqual(["F1"]);
    expect(f[0].message).toMatch(/F "Sumber Dana"/);
  });

  test("target and realisasi for two years: the report's year is used and the other year listed", () => {
    const a = book([
      {
        name: "C",
        rows: [
          ["LAPORAN KINERJA TAHUN 2023"],
          ["Indikator", "Target 2023", "Target 2024", "Realisasi 2023", "Realisasi 2024", "Capaian 2023 (%)"],
          ["Indeks kepuasan", "80", "82", "84", "", ""],
        ],
      },
    ]);
    expect(a.sasaran[0].capaianKinerja?.toNumber()).toBe(1.05);
    expect(of(a, "KOLOM_DIPILIH")[0].message).toMatch(/kolom B "Target 2023".*tahun laporan 2023.*C "Target 2024"/);
  });
});

describe("§9 number conventions: one text, two readings", () => {
  test("`1.500` in a workbook that writes `1,004,422,800` elsewhere is FORMAT_ANGKA with both readings", () => {
    const a = book([
      {
        name: "RA",
        rows: [RA_HEADER, ["1", "Kegiatan Koordinasi", "1,004,422,800", "", ""], ["", "Sub Kegiatan Rapat", "1,004,421,300", "1.500", ""], ["", "Sub Kegiatan Laporan", "1.500", "", ""]],
      },
    ]);
    const f = a.findings.filter((x) => x.code === "FORMAT_ANGKA");
    expect(f.map((x) => x.cell)).toEqual(["D3", "C4"]);
    expect(f[0].message).toMatch(/1\.500 .*atau 1,5/);
  });

  test("…while the seed's own `22.22%` and `102.855.000` raise no such finding", () => {
    expect(seedAnalysis({ typos: false }).findings.filter((x) => x.code === "FORMAT_ANGKA" || x.code === "ANGKA_INGGRIS")).toEqual([]);
  });
});
