// Every finding code of spec §6 on the seed workbook, changed the way a user would change it.
import ExcelJS from "exceljs";
import { analyze } from "../src/core";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { patchXlsx, readXlsx } from "../src/xlsx";
import { buildSeedWorkbook } from "./fixtures/seed";
import { codes, seedAnalysis, set } from "./helpers/grid";

const OK = { typos: false };
const errorsAndWarnings = (a: ReturnType<typeof seedAnalysis>) => codes(a).filter((c) => !c.startsWith("NAMA_"));
const one = (a: ReturnType<typeof seedAnalysis>, code: string) => {
  const list = a.findings.filter((f) => f.code === code);
  expect(list).toHaveLength(1);
  return list[0];
};

describe("the seed report as typed", () => {
  const a = seedAnalysis();

  test("reports 22.90.000 in Tabel 2.2 with the reading that agrees with Tabel 2.3", () => {
    const f = one(a, "FORMAT_ANGKA");
    expect(f).toMatchObject({ severity: "error", sheet: "Tabel 2.2", cell: "D5", actual: "22.90.000", expected: 22900000 });
    expect(f.message).toContain("22.900.000");
    expect(f.message).toContain("Tabel 2.3");
  });

  test("reports 5.955.000 at 3.2 sub kegiatan 1.b, because 2.3 agrees with its own Jumlah", () => {
    const f = one(a, "PAGU_TIDAK_SESUAI");
    expect(f).toMatchObject({ severity: "error", sheet: "Tabel 3.2", cell: "D9", actual: "5.955.000", expected: 5995000 });
    expect(f.message).toMatch(/1\.b/);
    expect(f.message).toContain("5.995.000");
  });

  test("exactly those two errors; one cause, one finding (no echo at the totals above)", () => {
    expect(codes(a, "error")).toEqual(["FORMAT_ANGKA@Tabel 2.2!D5", "PAGU_TIDAK_SESUAI@Tabel 3.2!D9"]);
    expect(codes(a, "warning")).toEqual([]);
  });

  test("the differently worded sasaran names of Tabel 3.1 are info only", () => {
    expect(codes(a, "info")).toEqual(["NAMA_TIDAK_SESUAI@Tabel 3.1!B5", "NAMA_TIDAK_SESUAI@Tabel 3.1!B6"]);
  });
});

describe("the correct figures", () => {
  test("give no error and no warning", () => {
    expect(errorsAndWarnings(seedAnalysis(OK))).toEqual([]);
    expect(errorsAndWarnings(seedAnalysis({ ...OK, numbers: "number" }))).toEqual([]);
  });
});

describe("sums inside Tabel 2.3 and against Tabel 2.2", () => {
  test("JUMLAH_TIDAK_SESUAI at the Jumlah cell, with the sum of the rincian", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 2.3", "C7", "102.000.000"));
    expect(errorsAndWarnings(a)).toEqual(["JUMLAH_TIDAK_SESUAI@Tabel 2.3!C7"]);
    expect(one(a, "JUMLAH_TIDAK_SESUAI").expected).toBe(102855000);
  });

  test("a wrong rincian in 2.3 is blamed on the rincian when 3.2 and the Jumlah agree", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 2.3", "C5", "5.955.000"));
    expect(errorsAndWarnings(a)).toEqual(["PAGU_TIDAK_SESUAI@Tabel 2.3!C5"]);
    expect(one(a, "PAGU_TIDAK_SESUAI").expected).toBe(5995000);
  });

  test("ANGGARAN_TIDAK_SESUAI at Tabel 2.2 when it disagrees with the 2.3 group", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 2.2", "D4", "102.000.000"));
    expect(errorsAndWarnings(a)).toEqual(["ANGGARAN_TIDAK_SESUAI@Tabel 2.2!D4"]);
    expect(one(a, "ANGGARAN_TIDAK_SESUAI").expected).toBe(102855000);
  });

  test("a malformed rincian gets the reading that makes the Jumlah agree", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 2.3", "C4", "2.70.000"));
    const f = one(a, "FORMAT_ANGKA");
    expect(f).toMatchObject({ cell: "C4", expected: 2700000 });
    expect(errorsAndWarnings(a)).toEqual(["FORMAT_ANGKA@Tabel 2.3!C4"]);
  });
});

describe("kinerja across 2.1, 3.1 and 3.2", () => {
  test("TARGET_TIDAK_SESUAI at 3.1 when it differs from the Perjanjian Kinerja", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 3.1", "D5", "90%"));
    const f = one(a, "TARGET_TIDAK_SESUAI");
    expect(f).toMatchObject({ sheet: "Tabel 3.1", cell: "D5", expected: 1 });
  });

  test("a 3.2 target that alone differs from 2.1 and 3.1 is pointed at in 3.2", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 3.2", "G5", "90%"));
    expect(one(a, "TARGET_TIDAK_SESUAI")).toMatchObject({ sheet: "Tabel 3.2", cell: "G5", expected: 1 });
  });

  test("REALISASI_TIDAK_SESUAI at 3.1 against 3.2's R; the stale capaian is recomputed", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 3.1", "E5", "60%"));
    expect(one(a, "REALISASI_TIDAK_SESUAI")).toMatchObject({ sheet: "Tabel 3.1", cell: "E5", expected: 0.67 });
    expect(one(a, "CAPAIAN_TIDAK_SESUAI")).toMatchObject({ cell: "F5", actual: "67 %", expected: 0.6 });
    expect(a.derived.find((d) => d.sheet === "Tabel 3.1" && d.address === "F5")).toMatchObject({ value: 0.6, numFmt: "0.00%", changed: true });
  });

  test("TARGET_NOL: an empty target gives no capaian and a finding; the capaian cell is left as it is, never NaN", () => {
    const a = seedAnalysis(OK, (wb) => {
      set(wb, "Tabel 2.1", "D5", null);
      set(wb, "Tabel 3.1", "D5", null);
    });
    expect(one(a, "TARGET_NOL")).toMatchObject({ sheet: "Tabel 3.1", cell: "D5" });
    // The typed "67 %" is not emptied: the finding on the target says why it was not computed.
    expect(a.derived.filter((d) => d.sheet === "Tabel 3.1" && d.address === "F5" && d.changed)).toEqual([]);
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
  });

  test("targets with a unit: capaian is realisasi / target of the same unit", () => {
    const a = seedAnalysis(OK, (wb) => {
      set(wb, "Tabel 2.1", "D5", "4 Dokumen");
      set(wb, "Tabel 3.1", "D5", "4 Dokumen");
      set(wb, "Tabel 3.1", "E5", "3 Dokumen");
      set(wb, "Tabel 3.1", "F5", null);
      set(wb, "Tabel 3.2", "G5", "4 Dokumen");
      set(wb, "Tabel 3.2", "H5", "3 Dokumen");
      set(wb, "Tabel 3.2", "I5", null);
    });
    expect(errorsAndWarnings(a)).toEqual([]);
    expect(a.derived.find((d) => d.sheet === "Tabel 3.1" && d.address === "F5")?.value).toBe(0.75);
    expect(a.derived.find((d) => d.sheet === "Tabel 3.2" && d.address === "I5")?.value).toBe(0.75);
  });

  test("a realisasi in another unit than its target cannot be compared", () => {
    const a = seedAnalysis(OK, (wb) => {
      set(wb, "Tabel 2.1", "D5", "4 Dokumen");
      set(wb, "Tabel 3.1", "D5", "4 Dokumen");
      set(wb, "Tabel 3.1", "E5", "3 Laporan");
      set(wb, "Tabel 3.2", "G5", null);
      set(wb, "Tabel 3.2", "H5", null);
    });
    expect(one(a, "NILAI_TIDAK_VALID")).toMatchObject({ sheet: "Tabel 3.1", cell: "E5" });
  });
});

describe("anggaran in Tabel 3.2", () => {
  test("REALISASI_MELEBIHI_PAGU at the realisasi cell", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 3.2", "E8", "3.000.000"));
    expect(one(a, "REALISASI_MELEBIHI_PAGU")).toMatchObject({ severity: "warning", sheet: "Tabel 3.2", cell: "E8" });
  });

  test("CAPAIAN_TIDAK_SESUAI: a derived cell holding another value is reported, then replaced", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 3.2", "F8", "25%"));
    expect(one(a, "CAPAIAN_TIDAK_SESUAI")).toMatchObject({ severity: "warning", cell: "F8", actual: "25%", expected: 0.2222 });
    expect(a.derived.find((d) => d.address === "F8" && d.sheet === "Tabel 3.2")).toMatchObject({ value: 0.2222, changed: true, previous: { value: "25%" } });
  });

  test("TARGET_NOL for a pagu of 0: no capaian anggaran, the capaian cell is left as it is", () => {
    const a = seedAnalysis(OK, (wb) => {
      set(wb, "Tabel 3.2", "D10", "0");
      set(wb, "Tabel 2.3", "C6", "0");
      set(wb, "Tabel 2.3", "C7", "8.695.000");
      set(wb, "Tabel 2.2", "D4", "8.695.000");
    });
    expect(one(a, "TARGET_NOL")).toMatchObject({ sheet: "Tabel 3.2", cell: "D10" });
    expect(a.derived.filter((d) => d.sheet === "Tabel 3.2" && d.address === "F10" && d.changed)).toEqual([]);
    expect(errorsAndWarnings(a)).toEqual(["TARGET_NOL@Tabel 3.2!D10"]);
  });

  test.each([
    ["an Excel error", { error: "#REF!" }],
    ["a negative amount", "-600.000"],
    ["text where a number is needed", "belum ada"],
  ])("NILAI_TIDAK_VALID for %s", (_what, value) => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 3.2", "E8", value as ExcelJS.CellValue));
    expect(one(a, "NILAI_TIDAK_VALID")).toMatchObject({ severity: "error", sheet: "Tabel 3.2", cell: "E8" });
  });

  test("the sasaran row's pagu, realisasi, serapan and efisiensi are written where empty", () => {
    const a = seedAnalysis(OK);
    const at = (addr: string) => a.derived.find((d) => d.sheet === "Tabel 3.2" && d.address === addr);
    expect(at("D5")).toMatchObject({ value: 102855000, numFmt: "#,##0" });
    expect(at("E5")).toMatchObject({ value: 6555000 });
    expect(at("F5")).toMatchObject({ value: 0.0637, numFmt: "0.00%" });
    // Efisiensi by the selisih method is a difference of percentages: 60,63 poin, not 0,6063 shown as a percent.
    expect(at("J5")).toMatchObject({ value: 60.63, numFmt: '0.00" poin"' });
    expect(at("D6")).toMatchObject({ value: 22900000 });
    expect(at("E6")).toMatchObject({ value: 0 });
    expect(at("F6")).toMatchObject({ value: 0 });
    // Neither kinerja nor anggaran realised: "belum ada realisasi", no number invented.
    expect(at("J6")).toBeUndefined();
    expect(a.sasaran[1].efisiensi?.reading).toBe("belum ada realisasi");
  });

  test("a typed sasaran pagu that differs from its sub kegiatan is reported, not overwritten", () => {
    const a = seedAnalysis(OK, (wb) => set(wb, "Tabel 3.2", "D5", "100.000.000"));
    expect(one(a, "PAGU_TIDAK_SESUAI")).toMatchObject({ cell: "D5", expected: 102855000 });
    expect(a.derived.find((d) => d.address === "D5" && d.sheet === "Tabel 3.2")).toBeUndefined();
  });
});

describe("structure", () => {
  test("TABEL_TIDAK_DITEMUKAN: the other tables are still checked and computed", () => {
    const a = seedAnalysis({}, (wb) => wb.removeWorksheet(wb.getWorksheet("Tabel 2.2")!.id));
    const f = one(a, "TABEL_TIDAK_DITEMUKAN");
    expect(f).toMatchObject({ sheet: null, cell: null });
    expect(f.message).toContain("Tabel 2.2");
    expect(codes(a, "error")).toContain("PAGU_TIDAK_SESUAI@Tabel 3.2!D9");
    expect(a.derived.some((d) => d.sheet === "Tabel 3.2" && d.address === "F5")).toBe(true);
  });

  test("KOLOM_TIDAK_DITEMUKAN at the header row; the rest is still computed", () => {
    const a = seedAnalysis(OK, (wb) => {
      set(wb, "Tabel 3.2", "J3", "Catatan");
    });
    const f = one(a, "KOLOM_TIDAK_DITEMUKAN");
    expect(f).toMatchObject({ sheet: "Tabel 3.2", cell: "A3" });
    expect(f.message).toContain("Efisiensi");
    expect(a.derived.some((d) => d.address === "F5" && d.sheet === "Tabel 3.2")).toBe(true);
  });

  test("BARIS_TIDAK_SESUAI: a sub kegiatan of 2.3 without its 3.2 row", () => {
    const a = seedAnalysis(OK, (wb) => wb.getWorksheet("Tabel 3.2")!.spliceRows(15, 1));
    expect(one(a, "BARIS_TIDAK_SESUAI")).toMatchObject({ sheet: "Tabel 2.3", cell: "B12" });
  });

  test("NAMA_TIDAK_SESUAI notices rows out of order", () => {
    const a = seedAnalysis(OK, (wb) => {
      const ws = wb.getWorksheet("Tabel 3.2")!;
      const b12 = ws.getCell("B12").value;
      ws.getCell("B12").value = ws.getCell("B13").value;
      ws.getCell("B13").value = b12;
    });
    const names = a.findings.filter((f) => f.code === "NAMA_TIDAK_SESUAI" && f.sheet === "Tabel 3.2");
    expect(names.map((f) => f.cell)).toEqual(["B12", "B13"]);
    expect(names[0].message).toMatch(/urutan/);
  });
});

describe("Hitung Capaian", () => {
  test("running it again on its own result changes nothing", async () => {
    const opened = readXlsx(new Uint8Array(await buildSeedWorkbook().xlsx.writeBuffer()));
    const first = analyze(opened.grid);
    const patched = patchXlsx(opened, first.derived);
    expect(patched.written).toBeGreaterThan(0);
    const second = analyze(readXlsx(patched.bytes).grid);
    expect(second.derived.filter((d) => d.changed)).toEqual([]);
    expect(codes(second)).toEqual(codes(first));
  });

  test("input cells are never among the cells written", () => {
    const a = seedAnalysis();
    const inputs = new Set(["Tabel 2.1", "Tabel 2.2", "Tabel 2.3"]);
    expect(a.derived.filter((d) => inputs.has(d.sheet))).toEqual([]);
    // 3.2: Pagu/Realisasi of sasaran rows, Capaian (%), R of sasaran rows, %, Efisiensi; 3.1: Capaian.
    const col = (d: { address: string }) => d.address.replace(/\d+/, "");
    for (const d of a.derived) {
      if (d.sheet === "Tabel 3.1") expect(col(d)).toBe("F");
      else if (["D", "E", "H"].includes(col(d))) expect(["5", "6"]).toContain(d.address.slice(1));
      else expect(["F", "I", "J"]).toContain(col(d));
    }
    // The sums and efisiensi are new; the seed's typed percentages agree and become numbers, without a finding.
    const written = (sheet: string) => a.derived.filter((d) => d.changed && d.sheet === sheet).map((d) => d.address).sort();
    expect(written("Tabel 3.1")).toEqual(["F5", "F6"]);
    expect(written("Tabel 3.2")).toEqual(["D5", "D6", "E5", "E6", "F10", "F11", "F12", "F13", "F14", "F15", "F5", "F6", "F8", "F9", "I5", "I6", "J5"]);
    expect(a.findings.filter((f) => f.code === "CAPAIAN_TIDAK_SESUAI")).toEqual([]);
  });

  test("negative polarity: (2T − R) / T", () => {
    const a = seedAnalysis(OK, undefined, { polaritas: { "1": "negatif" } });
    expect(a.derived.find((d) => d.sheet === "Tabel 3.1" && d.address === "F5")?.value).toBe(1.33);
  });

  test("efisiensi (selisih) in poin: an older Hitung's 0,6063 in a percent format is the same figure, rewritten without a finding", () => {
    const a = seedAnalysis(OK, (wb) => {
      const c = wb.getWorksheet("Tabel 3.2")!.getCell("J5");
      c.value = 0.6063;
      c.numFmt = "0.00%";
    });
    expect(a.derived.find((d) => d.sheet === "Tabel 3.2" && d.address === "J5")).toMatchObject({
      value: 60.63,
      numFmt: '0.00" poin"',
      changed: true,
    });
    expect(a.findings.filter((f) => f.cell === "J5")).toEqual([]);
    const wrong = seedAnalysis(OK, (wb) => set(wb, "Tabel 3.2", "J5", "55,00 poin"));
    expect(one(wrong, "CAPAIAN_TIDAK_SESUAI")).toMatchObject({ cell: "J5", expected: 60.63 });
    expect(one(wrong, "CAPAIAN_TIDAK_SESUAI").message).toContain("60,63 poin");
  });

  test("a quarterly report states no predikat and no efisiensi verdict; the method's reading is kept apart", () => {
    const a = seedAnalysis(OK);
    expect(a.sasaran[0].efisiensiResolved).toMatchObject({ reading: "efisien", verdict: "belum dapat dinilai" });
    expect(a.sasaran.map((s) => s.predikatResolved)).toEqual([null, null]);
  });

  test("efisiensi methods: rasio and sisa", () => {
    const rasio = seedAnalysis(OK, undefined, { efisiensi: "rasio" });
    expect(rasio.derived.find((d) => d.sheet === "Tabel 3.2" && d.address === "J5")?.value).toBe(0.0951);
    expect(rasio.sasaran[0].efisiensi?.reading).toBe("sangat efisien");
    const sisa = seedAnalysis(OK, undefined, { efisiensi: "sisa" });
    expect(sisa.derived.find((d) => d.sheet === "Tabel 3.2" && d.address === "J5")).toBeUndefined();
    expect(sisa.sasaran[0].efisiensi?.reading).toMatch(/belum dihitung/);
  });

  test("the five-band predikat", () => {
    const a = seedAnalysis(OK);
    expect(a.sasaran.map((s) => s.predikat)).toEqual(["Sedang", "Sangat Rendah"]);
  });
});

describe("workbooks as users really keep them", () => {
  test("formulas, plain-number percentages, a blank row inside 2.1 and upper-case sheet names: no false finding", () => {
    const a = seedAnalysis(OK, (wb) => {
      // A blank line between the two sasaran of Tabel 2.1.
      wb.getWorksheet("Tabel 2.1")!.spliceRows(6, 0, []);
      wb.getWorksheet("Tabel 2.1")!.name = "TABEL 2.1 PK";
      // The user's own formula for a sasaran total, with its cached result.
      set(wb, "Tabel 3.2", "D5", { formula: "SUM(D8:D10)", result: 102855000 });
      // Percentages typed as plain numbers (67 meaning 67%).
      set(wb, "Tabel 3.1", "E5", 67);
      set(wb, "Tabel 3.1", "F5", 67);
    });
    expect(errorsAndWarnings(a)).toEqual([]);
    expect(a.sasaran.map((s) => s.capaianKinerja?.toNumber())).toEqual([0.67, 0]);
    expect(a.derived.find((d) => d.address === "D5" && d.sheet === "Tabel 3.2")).toBeUndefined();
  });
});
