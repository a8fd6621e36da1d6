// The user decides where the reader guessed wrong (a "peta" kept in the workbook or given as --peta), and the
// template to start from (`templat`): the seed's own figures pass through it unchanged.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { Analysis, GridWorkbook, SETTINGS_SHEET, analyze, storeRows } from "../src/core";
import { readTables } from "../src/core/reader";
import { ColumnKey, TABLE_IDS } from "../src/core/tables";
import { displayText } from "../src/core/number";
import { run } from "../src/cli/main";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { templateWorkbook } from "../src/cli/template";
import { REAL_REPORTS, buildRealWorkbook } from "./fixtures/real";
import { seedAnalysis, seedGrid } from "./helpers/grid";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-peta-"));
async function cli(argv: string[]) {
  let out = "";
  let err = "";
  const code = await run(argv, { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n") });
  return { code, out, err };
}
const real = (id: string) => buildRealWorkbook(REAL_REPORTS.find((r) => r.id === id)!);
const of = (a: Analysis, code: string) => a.findings.filter((f) => f.code === code);

describe("templat", () => {
  test("`templat -o` writes the five tables with the default headers; each is found, none lacks a column", async () => {
    const out = path.join(dir, "baru.xlsx");
    const r = await cli(["templat", "-o", out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(TABLE_IDS.map((id) => `Tabel ${id}`));
    expect(wb.getWorksheet("Tabel 3.2")!.getCell("D4").numFmt).toBe("#,##0");
    expect(wb.getWorksheet("Tabel 3.2")!.getCell("F4").numFmt).toBe("0.00%");
    const a = analyze(workbookToGrid(wb));
    expect(a.tables.every((t) => t.found)).toBe(true);
    expect(of(a, "KOLOM_TIDAK_DITEMUKAN")).toEqual([]);
    expect(of(a, "TABEL_TIDAK_DITEMUKAN")).toEqual([]);
  });

  test("the seed's figures typed into the template give the seed's findings and computed cells", () => {
    const seed = seedGrid();
    const from = readTables(seed).tables;
    const wb = templateWorkbook(0);
    const to = readTables(workbookToGrid(wb)).tables;
    for (const id of TABLE_IDS) {
      const src = from[id]!;
      const ws = wb.getWorksheet(`Tabel ${id}`)!;
      const first = to[id]!.headerRows[to[id]!.headerRows.length - 1] + 1;
      src.rows.forEach((r, i) => {
        for (const [key, col] of Object.entries(src.columns) as [ColumnKey, number][]) {
          const text = displayText(src.view.raw(r, col));
          const target = to[id]!.columns[key];
          if (text !== "" && target !== undefined && !src.view.isMergedTail(r, col)) ws.getCell(first + i + 1, target + 1).value = text;
        }
      });
    }
    const a = analyze(workbookToGrid(wb));
    const s = seedAnalysis();
    const gist = (x: Analysis) => x.findings.filter((f) => f.severity !== "info").map((f) => [f.code, f.actual, f.expected]);
    expect(gist(a)).toEqual(gist(s));
    const values = (x: Analysis) => x.derived.map((d) => [d.table, d.what, d.value]).sort();
    expect(values(a)).toEqual(values(s));
  });
});

describe("peta: the user's column and row choices", () => {
  const withStore = (grid: GridWorkbook, peta: unknown): GridWorkbook => ({
    sheets: [
      ...grid.sheets,
      { name: SETTINGS_SHEET, top: 0, left: 0, merges: [], hidden: true, cells: storeRows({ peta }).map((r) => r.map((v) => ({ value: v }))) },
    ],
  });

  test("kept in the workbook's settings store: the 2019 columns of Gunung Kaler, chosen by the user, are used", () => {
    const grid = workbookToGrid(real("gunungkaler-kecamatan-2020"));
    const a = analyze(withStore(grid, { tables: { "3.1": { columns: { target: "D", realisasi: "F", capaian: "H" } } } }));
    expect(of(a, "CAPAIAN_TIDAK_SESUAI")).toEqual([]);
    expect(a.derived.filter((d) => d.address.startsWith("H")).map((d) => d.address)).toEqual(["H9", "H10", "H11"]);
    expect(of(a, "KOLOM_DIPILIH")[0].message).toMatch(/dipilih pengguna/);
  });

  test("a row kind chosen by the user: a row set aside is left out of the program totals", () => {
    const grid = workbookToGrid(real("sumut-setda-2021"));
    const a = analyze(grid, undefined, { peta: { tables: {}, rows: { "LKj 2021!13": "abaikan" } } });
    expect(a.sasaran[0].subs).toHaveLength(3);
    // The program is now three sub kegiatan: pagu 1.345.020.715, realisasi 1.243.099.046.
    expect(a.sasaran[0].pagu?.toNumber()).toBe(1345020715);
  });

  test("a stored peta that cannot be used is said, and the rest of the workbook is still read", () => {
    const grid = workbookToGrid(real("sumut-setda-2021"));
    const a = analyze(withStore(grid, { tables: { "9.9": {} }, rows: { "LKj 2021!13": "entah" } }));
    expect(a.findings.filter((f) => /peta/.test(f.message)).map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(a.sasaran[0].subs).toHaveLength(4);
  });

  test("--peta peta.json on the command line; a bad file exits 2 with one line", async () => {
    const file = path.join(dir, "gk.xlsx");
    await real("gunungkaler-kecamatan-2020").xlsx.writeFile(file);
    const peta = path.join(dir, "peta.json");
    fs.writeFileSync(peta, JSON.stringify({ tables: { "3.1": { columns: { target: "D", realisasi: "F", capaian: "H" } } } }));
    const ok = await cli(["periksa", file, "--json", "--peta", peta]);
    expect(JSON.parse(ok.out).findings.some((f: { code: string }) => f.code === "CAPAIAN_TIDAK_SESUAI")).toBe(false);
    const without = await cli(["periksa", file, "--json"]);
    expect(JSON.parse(without.out).findings.some((f: { code: string }) => f.code === "CAPAIAN_TIDAK_SESUAI")).toBe(true);
    fs.writeFileSync(peta, "{ bukan json");
    const bad = await cli(["periksa", file, "--peta", peta]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split("\n")).toHaveLength(1);
  });
});
