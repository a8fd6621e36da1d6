// The engine reads its settings from the workbook's own store (LKjIP_Pengaturan); the caller's options override.
import { analyze, GridWorkbook, SETTINGS_SHEET, storeRows } from "../src/core";
import { seedGrid } from "./helpers/grid";

function withStore(values: Record<string, unknown> | string[][]): GridWorkbook {
  const grid = seedGrid({ typos: false });
  const rows = Array.isArray(values) ? values : storeRows(values);
  grid.sheets.push({ name: SETTINGS_SHEET, top: 0, left: 0, merges: [], hidden: true, cells: rows.map((r) => r.map((v) => ({ value: v }))) });
  return grid;
}

const capaian31 = (grid: GridWorkbook, overrides = {}) =>
  analyze(grid, overrides).derived.find((d) => d.sheet === "Tabel 3.1" && d.address === "F5")?.value;

test("polarity and efisiensi stored in the workbook are used, and an option given by the caller wins", () => {
  const grid = withStore({ polaritas: { "1": "negatif" }, efisiensi: "rasio" });
  const a = analyze(grid);
  expect(a.settings).toMatchObject({ polaritas: { "1": "negatif" }, efisiensi: "rasio" });
  expect(capaian31(grid)).toBe(1.33);
  expect(capaian31(grid, { polaritas: {} })).toBe(0.67);
  expect(analyze(grid, { efisiensi: "selisih" }).settings.efisiensi).toBe("selisih");
  // The store sheet is never read as a report table or a period.
  expect(a.findings.filter((f) => f.sheet === SETTINGS_SHEET)).toEqual([]);
});

test("an unreadable stored value falls back to the default and is said in an info finding", () => {
  const grid = withStore([["kunci", "nilai (JSON)"], ["efisiensi", '"cepat"'], ["polaritas", "{rusak"]]);
  const a = analyze(grid);
  expect(a.settings.efisiensi).toBe("selisih");
  const info = a.findings.filter((f) => f.code === "PENGATURAN_TIDAK_TERBACA");
  expect(info.map((f) => f.severity)).toEqual(["info", "info"]);
  const said = info.map((f) => f.message).join(" ");
  expect(said).toContain('"polaritas"');
  expect(said).toContain('"efisiensi"');
});
