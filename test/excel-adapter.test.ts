// The Office adapter against the fake Excel host (test/fake-excel), on every host of the matrix (Excel 2021, 2024,
// Microsoft 365, Excel on the web; see HOSTS for the doc pages) and in both locales the users have (en-US, id-ID).
import { SETTINGS_SHEET, analyze, withDefaults } from "../src/core";
import * as core from "../src/core";
import * as excel from "../src/excel";
import { run } from "../src/excel/capabilities";
import { NARASI_SHEET, UNDO_SHEET, asCellText, decodeUndo, encodeUndo, rangeToGrid, splitAreas } from "../src/excel/cells";
import { FakeCell, FakeHost, FakeOptions, FakeSheetData, HOSTS, HostName, createFakeOffice } from "./fake-excel/fake-office";
import { gridToFake, seedSheets } from "./fake-excel/seed-data";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { buildSeedWorkbook } from "./fixtures/seed";

jest.mock("../src/core", () => {
  const actual = jest.requireActual("../src/core");
  return { ...actual, narasiParagraf: jest.fn(actual.narasiParagraf), analyze: jest.fn(actual.analyze) };
});

const g = global as unknown as { Office: unknown; Excel: unknown };

async function setup(opts: FakeOptions = {}, sheets: FakeSheetData[] = seedSheets()): Promise<FakeHost> {
  const f = createFakeOffice(sheets, opts);
  g.Office = f.Office;
  g.Excel = f.Excel;
  excel.resetSheetCache();
  await excel.primeSheetList(); // the pane does this when it loads
  f.host.syncs = 0;
  f.host.writes = [];
  f.host.runs = [];
  return f.host;
}

/** The workbook as a user sees it: empty unformatted cells dropped, the add-in's hidden sheets and empty sheets left out. */
function visible(host: FakeHost): Record<string, Record<string, FakeCell>> {
  const out: Record<string, Record<string, FakeCell>> = {};
  for (const [name, cells] of Object.entries(host.dump())) {
    if (host.sheet(name).visibility !== "Visible") continue;
    const kept: Record<string, FakeCell> = {};
    for (const [addr, c] of Object.entries(cells)) {
      const n: FakeCell = {};
      if (c.value !== null && c.value !== undefined && c.value !== "") n.value = c.value;
      if (c.formula) n.formula = c.formula;
      if (c.error) n.error = c.error;
      if (c.numFmt && c.numFmt !== "General") n.numFmt = c.numFmt;
      if (c.fill) n.fill = c.fill;
      if (Object.keys(n).length) kept[addr] = n;
    }
    if (Object.keys(kept).length) out[name] = kept;
  }
  return out;
}

/** What the engine derives from the same seed read by the CLI's ExcelJS adapter: both adapters must agree. */
function expectedDerived() {
  return analyze(workbookToGrid(buildSeedWorkbook()), withDefaults()).derived.filter((d) => d.changed);
}
const errorsOf = (a: core.Analysis) => a.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}!${f.cell}`);
const SEED_ERRORS = ["FORMAT_ANGKA Tabel 2.2!D5", "PAGU_TIDAK_SESUAI Tabel 3.2!D9"];

const MATRIX: [HostName, "en-US" | "id-ID"][] = (Object.keys(HOSTS) as HostName[]).flatMap((h) => [
  [h, "en-US"],
  [h, "id-ID"],
]);

describe.each(MATRIX)("on %s, locale %s", (hostName, locale) => {
  const opts: FakeOptions = { host: hostName, locale };
  const minor = HOSTS[hostName].excelApiMinor;
  const desktop = HOSTS[hostName].platform !== "OfficeOnline";

  test("Hitung Capaian on a fresh workbook: the seed's two errors, exactly the derived cells, formats and fills", async () => {
    const host = await setup(opts);
    const r = await excel.hitungCapaian({});
    expect(errorsOf(r.analysis)).toEqual(SEED_ERRORS);
    const derived = r.analysis.derived.filter((d) => d.changed);
    expect(derived.map((d) => `${d.sheet}!${d.address}`).sort()).toEqual(expectedDerived().map((d) => `${d.sheet}!${d.address}`).sort());
    for (const d of derived) {
      if (d.value === null) continue;
      const c = host.cell(d.sheet, d.address)!;
      expect(c.value).toBeCloseTo(d.value, 10);
      expect(c.numFmt).toBe(d.numFmt);
      expect(c.fill).toBe(excel.FILLS.derived);
    }
    expect(host.cell("Tabel 2.2", "D5")).toMatchObject({ value: "22.90.000", fill: excel.FILLS.error });
    // what a user reads in the cell follows the locale
    expect(host.text("Tabel 3.2", "F5")).toBe(locale === "id-ID" ? "6,38%" : "6.38%");
    expect(host.text("Tabel 3.2", "D5")).toBe(locale === "id-ID" ? "102.815.000" : "102,815,000");
  });

  test(`tool sheets made very hidden together, once, in their own ungrouped run; the click ${minor >= 20 ? "is ONE Excel undo step" : "runs without undo grouping"}`, async () => {
    const host = await setup(opts);
    await excel.hitungCapaian({});
    expect(host.sheet(UNDO_SHEET).visibility).toBe("VeryHidden");
    expect(host.sheet(SETTINGS_SHEET).visibility).toBe("VeryHidden");
    // first run: creating the tool sheets, never grouped (Worksheet.visibility has no undo on Windows and Mac)
    expect(host.runs[0].grouped).toBe(false);
    expect(host.runs.slice(1).map((r) => r.grouped)).toEqual([minor >= 20]);
    // both sheets hidden in one batch: the user's Ctrl+Z history is emptied at that one moment, on Windows and Mac only
    expect(host.undoStackCleared).toEqual(desktop ? ["Worksheet.visibility", "Worksheet.visibility"] : []);
    await excel.saveSettings(withDefaults({ efisiensi: "rasio" }));
    expect(host.undoStackCleared).toHaveLength(desktop ? 2 : 0);
    // the next click needs no tool-sheet run: the read, the undo record with the writes, then the notes' lookup and write
    host.syncs = 0;
    host.runs = [];
    const r2 = await excel.hitungCapaian({});
    expect(r2.written).toBe(0);
    expect(host.runs).toHaveLength(1);
    expect(host.syncs).toBeLessThanOrEqual(minor >= 18 ? 4 : 2);
  });

  test(`notes ${minor >= 18 ? "carry the message, in the same run, never over the user's" : "are skipped quietly (no ExcelApi 1.18)"}`, async () => {
    const host = await setup(opts);
    host.notes.set("Tabel 3.2!D9", { sheet: "Tabel 3.2", address: "D9", content: "catatan saya" });
    const r = await excel.hitungCapaian({});
    expect(host.notes.get("Tabel 3.2!D9")!.content).toBe("catatan saya");
    if (minor >= 18) {
      expect(host.notes.get("Tabel 2.2!D5")!.content).toMatch(/^LKjIP: /);
      expect(r.notes).toBeGreaterThan(0);
      expect(host.runs.filter((x) => x.mergeUndoGroup)).toHaveLength(1);
    } else {
      expect(r.notes).toBe(0);
      expect(host.notes.size).toBe(1);
    }
    await excel.urungkan();
    expect([...host.notes.keys()]).toEqual(["Tabel 3.2!D9"]);
  });

  test("Urungkan restores values, formats, fills, and old text as text (45%, 1,234 stay text); a user's formula stays", async () => {
    const sheets = seedSheets();
    const t32 = sheets.find((s) => s.name === "Tabel 3.2")!;
    const thousands = locale === "id-ID" ? "1.234" : "1,234";
    t32.cells["F5"] = { formula: "=E5/D5", value: 0.5, numFmt: "0%", fill: "#FFFF00" };
    t32.cells["F6"] = { value: "45%" };
    t32.cells["J5"] = { value: thousands };
    const host = await setup(opts, sheets);
    const before = visible(host);
    const r = await excel.hitungCapaian({});
    const written = r.analysis.derived.filter((d) => d.changed && d.sheet === "Tabel 3.2").map((d) => d.address);
    expect(written).toEqual(expect.arrayContaining(["F6", "J5"]));
    expect(written).not.toContain("F5"); // a user's formula in a derived cell is kept (spec §5)
    expect(visible(host)).not.toEqual(before);
    expect(await excel.urungkan()).toBe("Hitung Capaian");
    const after = visible(host);
    expect(after["Tabel 3.2"]["F5"]).toEqual({ formula: "=E5/D5", value: 0.5, numFmt: "0%", fill: "#FFFF00" });
    expect(host.cell("Tabel 3.2", "F6")).toMatchObject({ value: "45%" });
    expect(host.cell("Tabel 3.2", "J5")).toMatchObject({ value: thousands });
    expect(after).toEqual(before);
    expect(await excel.urungkan()).toBeNull();
  });

  test("Terapkan, then Hitung, undone in reverse order; Urungkan never empties Excel's own undo stack", async () => {
    const host = await setup(opts);
    const before = visible(host);
    const f = (await excel.periksa({})).findings.find((x) => x.code === "FORMAT_ANGKA")!;
    await excel.terapkan(f);
    expect(host.cell("Tabel 2.2", "D5")).toMatchObject({ value: 22900000, numFmt: "#,##0" });
    const afterApply = visible(host);
    await excel.hitungCapaian({});
    expect(await excel.undoDepth()).toBe(2);
    const cleared = host.undoStackCleared.length;
    await excel.urungkan();
    expect(visible(host)).toEqual(afterApply);
    await excel.urungkan();
    expect(visible(host)).toEqual(before);
    expect(host.undoStackCleared.length).toBe(cleared);
  });

  test("Buat Narasi writes text rows; undone, the sheet it created is emptied, not deleted (no Worksheet.delete)", async () => {
    const host = await setup(opts);
    const before = visible(host);
    const r = await excel.buatNarasi({});
    expect(r.paragraphs.length).toBeGreaterThan(3);
    expect(host.cell(NARASI_SHEET, "A1")).toMatchObject({ value: r.paragraphs[0], numFmt: "@" });
    await excel.urungkan();
    expect(visible(host)).toEqual(before);
    expect(host.sheets.some((s) => s.name === NARASI_SHEET)).toBe(true);
    expect(host.undoStackCleared).not.toContain("Worksheet.delete");
  });

  test("settings: written to the very hidden LKjIP_Pengaturan sheet (key, JSON) and read back; the engine's read includes it", async () => {
    const host = await setup(opts);
    const s = withDefaults({ efisiensi: "rasio", polaritas: { "2": "negatif" }, narasi: "ringkas" });
    await excel.saveSettings(s);
    expect(host.sheet(SETTINGS_SHEET).visibility).toBe("VeryHidden");
    expect(host.cell(SETTINGS_SHEET, "A1")!.value).toBe("kunci");
    expect(host.cell(SETTINGS_SHEET, "B2")).toMatchObject({ value: '"rasio"', numFmt: "@" });
    expect((await excel.loadSettings()).settings).toEqual(s);
    const analyzeMock = core.analyze as jest.MockedFunction<typeof core.analyze>;
    analyzeMock.mockClear();
    await excel.periksa({});
    const grid = analyzeMock.mock.calls[0][0];
    expect(grid.sheets.find((x) => x.name === SETTINGS_SHEET)).toMatchObject({ hidden: true });
    expect(grid.sheets.some((x) => x.name === UNDO_SHEET)).toBe(false);
    expect(grid.sheets.find((x) => x.name === "Tabel 3.2")!.hidden).toBeUndefined();
  });
});

describe("what the frozen npm office.js (1.1.110) would have broken", () => {
  test("Microsoft 365 host, npm script: no Workbook.notes, no undo grouping — Hitung still writes and shows the findings", async () => {
    const host = await setup({ host: "m365", officeJs: "npm-1.1.110" });
    const r = await excel.hitungCapaian({});
    expect(errorsOf(r.analysis)).toEqual(SEED_ERRORS);
    expect(r.notes).toBe(0);
    expect(host.runs.every((x) => !x.grouped)).toBe(true);
  });

  test("a grouped run that changes a sheet's visibility is refused on Windows (UndoNotSupported); run() retries it ungrouped", async () => {
    const host = await setup({ host: "m365" });
    const hide = (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Sampul").visibility = "Hidden";
      return context.sync();
    };
    await expect(Excel.run({ mergeUndoGroup: true }, hide)).rejects.toMatchObject({ code: "UndoNotSupported" });
    await run(hide, true);
    expect(host.sheet("Sampul").visibility).toBe("Hidden");
    expect(host.runs.map((x) => x.grouped)).toEqual([true, true, false]);
  });
});

describe("limits of real Excel", () => {
  /** A sheet beside the report: n rows × cols of numbers. */
  function bigSheet(name: string, rows: number, cols: number, extra: Partial<FakeSheetData> = {}): FakeSheetData {
    const cells: Record<string, FakeCell> = {};
    for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) cells[`${String.fromCharCode(65 + c)}${r}`] = { value: r * 10 + c };
    return { name, cells, ...extra };
  }

  test("more than 512 merged areas on a sheet: the read goes on per block of rows, the tables' merged headers still read", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 1}`);
    const host = await setup({ host: "m365" }, [...seedSheets(), bigSheet("Lampiran", 1200, 3, { merges })]);
    const analyzeMock = core.analyze as jest.MockedFunction<typeof core.analyze>;
    analyzeMock.mockClear();
    const a = await excel.periksa({});
    expect(errorsOf(a)).toEqual(SEED_ERRORS);
    const grid = analyzeMock.mock.calls[0][0];
    expect(grid.sheets.find((x) => x.name === "Tabel 3.2")!.merges.length).toBeGreaterThan(0);
    expect(grid.sheets.find((x) => x.name === "Lampiran")!.merges).toHaveLength(600);
    expect(host.syncs).toBeGreaterThan(1);
  });

  test("more than 512 merged areas within 200 rows: only that sheet goes without them; the report's merged headers still read", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => `${String.fromCharCode(65 + (i % 20))}${Math.floor(i / 20) * 2 + 1}:${String.fromCharCode(65 + (i % 20))}${Math.floor(i / 20) * 2 + 2}`);
    await setup({ host: "web" }, [...seedSheets(), bigSheet("Lampiran", 60, 20, { merges })]);
    const analyzeMock = core.analyze as jest.MockedFunction<typeof core.analyze>;
    analyzeMock.mockClear();
    expect(errorsOf(await excel.periksa({}))).toEqual(SEED_ERRORS);
    const grid = analyzeMock.mock.calls[0][0];
    expect(grid.sheets.find((x) => x.name === "Tabel 3.2")!.merges.length).toBeGreaterThan(0);
    expect(grid.sheets.find((x) => x.name === "Lampiran")!.merges).toEqual([]);
  });

  test("a whole column formatted (used range of a million rows with formats): read by values only, no failure", async () => {
    const sheets = seedSheets();
    sheets.find((s) => s.name === "Tabel 3.2")!.formattedColumns = [0, 1, 2, 3, 4, 5];
    const host = await setup({ host: "excel2021" }, sheets);
    expect(errorsOf(await excel.hitungCapaian({}).then((r) => r.analysis))).toEqual(SEED_ERRORS);
    // the tool sheets (a sync to check the workbook's protection, one to add them), the one-sync read, the one-sync
    // write: no failed read and no block-by-block retry
    expect(host.syncs).toBe(4);
  });

  test("Excel on the web: a sheet beyond 5 MB per response is read in blocks", async () => {
    const host = await setup({ host: "web" }, [...seedSheets(), bigSheet("Data", 12000, 8)]);
    const a = await excel.periksa({});
    expect(errorsOf(a)).toEqual(SEED_ERRORS);
    expect(host.syncs).toBeGreaterThan(3);
  });

  test("values that come back null (a range too large) are not read as an empty sheet: blocks again", async () => {
    await setup({ host: "excel2024", valuesNullAbove: 40_000 }, [...seedSheets(), bigSheet("Data", 5000, 10)]);
    expect(errorsOf(await excel.periksa({}))).toEqual(SEED_ERRORS);
  });
});

describe("settings migration", () => {
  test("a workbook with only the old document setting: read once as the fallback; unreadable store values are named", async () => {
    const f = createFakeOffice(seedSheets(), { host: "m365" });
    g.Office = f.Office;
    g.Excel = f.Excel;
    excel.resetSheetCache();
    f.host.settings.set(excel.LEGACY_SETTINGS_KEY, JSON.stringify({ efisiensi: "sisa" }));
    expect((await excel.loadSettings()).settings).toEqual({ efisiensi: "sisa" });
    f.host.addSheet({ name: SETTINGS_SHEET, visibility: "VeryHidden", cells: { A1: { value: "kunci" }, A2: { value: "efisiensi" }, B2: { value: "{rusak" } } });
    expect(await excel.loadSettings()).toEqual({ settings: {}, unreadable: ["efisiensi"] });
  });
});

describe("Buat Narasi text guard", () => {
  const narasiMock = core.narasiParagraf as jest.MockedFunction<typeof core.narasiParagraf>;
  test("a paragraph starting with = + - @ never becomes a formula", async () => {
    const host = await setup({ host: "m365" });
    narasiMock.mockReturnValueOnce(["=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-5 persen", "@SUM(A1)", "'kutip", "45%", "Paragraf biasa."]);
    await excel.buatNarasi({});
    const texts = ["A1", "A2", "A3", "A4", "A5", "A6", "A7"].map((a) => host.cell(NARASI_SHEET, a)!);
    for (const c of texts) {
      expect(c.formula).toBeUndefined();
      expect(c.numFmt).toBe("@");
    }
    expect(texts.map((c) => c.value)).toEqual(["=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-5 persen", "@SUM(A1)", "'kutip", "45%", "Paragraf biasa."]);
  });
});

describe("ribbon commands", () => {
  test("event.completed() is called once, on success and on failure, and the result is shown", async () => {
    const host = await setup({ host: "excel2024" });
    const { actions, registerCommands, start, state, useHost } = await import("../src/addin");
    useHost(excel);
    registerCommands();
    await start();
    // a fresh workbook on Windows: the pane first asks before making its hidden sheets; the command still completes
    expect(await host.invoke("hitungCapaian")).toBe(1);
    expect(state.confirm?.kind).toBe("tools");
    expect(host.shownTaskpane).toBe(1);
    await actions.answer(true);
    expect(state.message?.kind).toBe("success");
    expect(await host.invoke("hitungCapaian")).toBe(1);
    expect(state.message?.kind).toBe("success");
    expect(host.shownTaskpane).toBe(2);
    host.sheets = [];
    excel.resetSheetCache();
    (g.Excel as { run: unknown }).run = () => Promise.reject(Object.assign(new Error("boom"), { code: "InvalidOperationInCellEditMode" }));
    expect(await host.invoke("buatNarasi")).toBe(1);
    expect(state.message).toEqual({ kind: "error", text: expect.stringMatching(/mode edit sel/) });
  });

  test("UndoNotSupported has an Indonesian message", async () => {
    const { errorMessage } = await import("../src/addin");
    expect(errorMessage(Object.assign(new Error("x"), { code: "UndoNotSupported" }))).toMatch(/Undo.*Urungkan/);
  });
});

describe("pure helpers", () => {
  test("merged-area lists with quoted sheet names that contain commas and quotes", () => {
    expect(splitAreas("'A, B''s'!A1:B2,'A, B''s'!C3:C4")).toEqual(["'A, B''s'!A1:B2", "'A, B''s'!C3:C4"]);
  });
  test("a used range that starts below/right of A1 keeps absolute positions", () => {
    const g2 = rangeToGrid("S", {
      address: "S!C3:D4",
      values: [[1, ""], ["x", "#DIV/0!"]],
      text: [["1", ""], ["x", "#DIV/0!"]],
      numberFormat: [["0%", "General"], ["General", "General"]],
      formulas: [["=1", ""], ["x", "=1/0"]],
      valueTypes: [["Double", "Empty"], ["String", "Error"]],
      mergedAddress: "S!C3:D3",
    });
    expect(g2).toMatchObject({ top: 2, left: 2, merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] });
    expect(g2.cells[0][0]).toEqual({ value: 1, text: "1", numFmt: "0%", formula: true });
    expect(g2.cells[1][1]).toEqual({ value: { error: "#DIV/0!" }, text: "#DIV/0!", formula: true });
  });
  test("undo batches larger than a cell are split and joined back", () => {
    const big = { label: "x", at: "", cells: Array.from({ length: 2000 }, (_, i) => ({ sheet: "S", address: `A${i + 1}`, kind: "cell" as const, value: "y".repeat(40) })), notes: [], createdSheets: [] };
    const parts = encodeUndo(big);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((p) => p.length <= 30000)).toBe(true);
    expect(decodeUndo(parts)).toEqual(big);
  });
  test("text that Excel would read as a formula gets the quote prefix", () => {
    expect(["=1+1", "+1", "-1", "@x", "'a", "a=1"].map(asCellText)).toEqual(["'=1+1", "'+1", "'-1", "'@x", "''a", "a=1"]);
  });
  test("gridToFake keeps merges", () => {
    expect(gridToFake({ sheets: [{ name: "S", top: 0, left: 0, cells: [[{ value: 1 }]], merges: [{ top: 0, left: 0, bottom: 1, right: 0 }] }] })[0].merges).toEqual(["A1:A2"]);
  });
});
