// Reads that real Excel answers differently from a naive model: responses over Excel on the web's 5 MB (long texts
// count three times: values, text, formulas), merged areas only by their top-left cell (office-js#3611), a finding on
// a hidden sheet (which cannot be activated).
import * as core from "../src/core";
import * as excel from "../src/excel";
import { estimateReadBytes } from "../src/excel/cells";
import { FakeCell, FakeSheetData } from "./fake-excel/fake-office";
import { seedSheets } from "./fake-excel/seed-data";
import { installFake } from "./helpers/office";

jest.mock("../src/core", () => {
  const actual = jest.requireActual("../src/core");
  return { ...actual, analyze: jest.fn(actual.analyze) };
});
const analyzeMock = core.analyze as jest.MockedFunction<typeof core.analyze>;
const errorsOf = (a: core.Analysis) => a.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}!${f.cell}`);
const SEED_ERRORS = ["FORMAT_ANGKA Tabel 2.2!D5", "PAGU_TIDAK_SESUAI Tabel 3.2!D9"];

function sheetOf(name: string, rows: number, cols: number, cell: (r: number, c: number) => FakeCell, extra: Partial<FakeSheetData> = {}): FakeSheetData {
  const cells: Record<string, FakeCell> = {};
  for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = cell(r, c);
  return { name, cells, ...extra };
}

describe("Excel on the web's 5 MB per response", () => {
  test("the estimate counts a cell's text three times (values, text, formulas) and its fill", () => {
    expect(estimateReadBytes(1, 1, 500) - estimateReadBytes(1, 1, 0)).toBe(1500);
    expect(estimateReadBytes(1000, 10)).toBeGreaterThan(1000 * 10 * 100);
  });

  test("a sheet of long texts beside the report (18 MB loaded) is read in smaller and smaller blocks, never fails", async () => {
    const uraian = sheetOf("Uraian", 3000, 4, (r, c) => ({ value: `${r}.${c} ${"uraian kegiatan panjang ".repeat(21)}` }));
    const host = await installFake({ host: "web" }, [...seedSheets(), uraian]);
    analyzeMock.mockClear();
    expect(errorsOf(await excel.periksa({}))).toEqual(SEED_ERRORS);
    const grid = analyzeMock.mock.calls[0][0];
    const read = grid.sheets.find((s) => s.name === "Uraian")!;
    expect(read.cells).toHaveLength(3000);
    expect(read.cells[2999]![3]!.value).toMatch(/^3000\.3 /);
    expect(host.syncs).toBeGreaterThan(4);
  });
});

describe("merged areas as office-js#3611 reports them (only those whose top-left cell is in the range)", () => {
  test("a merge across the careful read's 200-row blocks is read once; the tables' merged headers still read", async () => {
    // 600 merged rows: more than the 512 one range may report, so the read goes block by block (200 rows each);
    // D200:D201 straddles two blocks and is reported by the one holding its top-left cell only.
    const merges = [...Array.from({ length: 600 }, (_, i) => `A${i + 1}:B${i + 1}`), "D200:D201"];
    const lampiran = sheetOf("Lampiran", 600, 4, (r, c) => ({ value: r * 10 + c }), { merges });
    await installFake({ host: "m365" }, [...seedSheets(), lampiran]);
    analyzeMock.mockClear();
    expect(errorsOf(await excel.periksa({}))).toEqual(SEED_ERRORS);
    const grid = analyzeMock.mock.calls[0][0];
    const read = grid.sheets.find((s) => s.name === "Lampiran")!.merges;
    expect(read).toHaveLength(601);
    expect(read.filter((m) => m.left === 3)).toEqual([{ top: 199, left: 3, bottom: 200, right: 3 }]);
    expect(grid.sheets.find((s) => s.name === "Tabel 3.2")!.merges.length).toBeGreaterThan(0);
  });

  test("the fake answers as Excel does: a range that holds only part of a merged area, not its top-left, gets none", async () => {
    await installFake({ host: "m365" }, [{ name: "S", cells: { A1: { value: "x" } }, merges: ["A1:B2"] }]);
    const got = await Excel.run(async (context) => {
      const inner = context.workbook.worksheets.getItem("S").getRange("B2:C3").getMergedAreasOrNullObject();
      const outer = context.workbook.worksheets.getItem("S").getRange("A1:C3").getMergedAreasOrNullObject();
      inner.load("address");
      outer.load("address");
      await context.sync();
      return [inner.isNullObject, outer.address];
    });
    expect(got).toEqual([true, "S!A1:B2"]);
  });
});

describe("a finding on a hidden sheet", () => {
  test.each([
    ["Hidden", /lembar tersembunyi "Tabel 3\.1 TW4 2023".*Tampilkan/],
    ["VeryHidden", /sangat tersembunyi/],
  ] as const)("%s: selecting its cell says where it is and what to do, in Indonesian (activate() fails there)", async (visibility, message) => {
    const copy = seedSheets().find((s) => s.name === "Tabel 3.1")!;
    await installFake({ host: "m365" }, [...seedSheets(), { ...copy, name: "Tabel 3.1 TW4 2023", visibility }]);
    await expect(excel.selectCell("Tabel 3.1 TW4 2023", "D5")).rejects.toMatchObject({ message: expect.stringMatching(message) });
  });
});
