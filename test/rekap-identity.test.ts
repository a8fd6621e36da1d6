// Whose report a workbook is, for the recap: the unit named on a cover or above a table's header, never a sasaran's
// name in a table's body (the sample's sasaran 2 says "… Tingkat Kecamatan dan Kelurahan"), the period's words cut
// off, and the file name where nothing names it; the stored texts first.
import { analyze } from "../src/core";
import { unitOf } from "../src/rekap/identity";
import { seedGrid, set } from "./helpers/grid";

const unit = (mutate: Parameters<typeof seedGrid>[1], store: Record<string, unknown> = {}) => {
  const grid = seedGrid({ typos: false }, mutate);
  return unitOf(grid, analyze(grid), store, "laporan/kec_padang.xlsx");
};

test("the cover's line naming the unit, from its kind to the end (not the officer's title)", () => {
  expect(unit(undefined)).toEqual({ unit: "Seksi Pemberdayaan Masyarakat Kec. Ranuyoso", from: "sampul/judul" });
});

test("a title above a table's header names it when the cover does not; the period after it is cut off", () => {
  expect(
    unit((wb) => {
      wb.removeWorksheet(wb.getWorksheet("Sampul")!.id);
      set(wb, "Tabel 2.1", "A2", "Perjanjian Kinerja Subbag Keuangan Tahun 2024");
    }),
  ).toEqual({ unit: "Subbag Keuangan", from: "sampul/judul" });
});

test("a sasaran's name in a table's body is never taken for the unit: the file name is used, and said", () => {
  expect(unit((wb) => wb.removeWorksheet(wb.getWorksheet("Sampul")!.id))).toEqual({ unit: "kec padang", from: "nama berkas" });
});

test("the texts stored for the report's cover come first (laporan.unit with laporan.instansi)", () => {
  expect(unit(undefined, { "laporan.unit": "Seksi Pemerintahan", "laporan.instansi": "Kecamatan Padang" })).toEqual({
    unit: "Seksi Pemerintahan Kecamatan Padang",
    from: "teks tersimpan",
  });
});
