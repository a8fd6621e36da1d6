// The Office adapter against the fake Excel host (test/fake-excel): syncs per click, what is written, undo, formula guard.
import { analyze, withDefaults } from "../src/core";
import * as core from "../src/core";
import * as excel from "../src/excel/office";
import { NARASI_SHEET, UNDO_SHEET, asCellText, decodeUndo, encodeUndo, rangeToGrid, splitAreas } from "../src/excel/cells";
import { FakeCell, FakeHost, FakeOptions, FakeSheetData, createFakeOffice } from "./fake-excel/fake-office";
import { gridToFake, seedSheets } from "./fake-excel/seed-data";
import { workbookToGrid } from "../src/cli/xlsx";
import { buildSeedWorkbook } from "./fixtures/seed";

jest.mock("../src/core", () => {
  const actual = jest.requireActual("../src/core");
  return { ...actual, narasiParagraf: jest.fn(actual.narasiParagraf) };
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
  return f.host;
}

/** The workbook as a user sees it: empty unformatted cells dropped, the add-in's hidden sheet left out. */
function visible(host: FakeHost): Record<string, Record<string, FakeCell>> {
  const out: Record<string, Record<string, FakeCell>> = {};
  for (const [name, cells] of Object.entries(host.dump())) {
    if (name === UNDO_SHEET) continue;
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
    out[name] = kept;
  }
  return out;
}

/** What the engine derives from the same seed read by the CLI's ExcelJS adapter: both adapters must agree. */
function expectedDerived() {
  return analyze(workbookToGrid(buildSeedWorkbook()), withDefaults()).derived.filter((d) => d.changed);
}

describe("Hitung Capaian", () => {
  test("reads in one sync and writes in one more (no notes API)", async () => {
    const host = await setup({ excelApiMinor: 17 });
    const r = await excel.hitungCapaian({});
    expect(host.syncs).toBe(2);
    expect(r.written).toBeGreaterThan(0);
    expect(r.analysis.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual([
      "FORMAT_ANGKA Tabel 2.2!D5",
      "PAGU_TIDAK_SESUAI Tabel 3.2!D9",
    ]);
  });

  test("a second click is two syncs again and changes nothing more", async () => {
    const host = await setup({ excelApiMinor: 17 });
    await excel.hitungCapaian({});
    const after1 = visible(host);
    host.syncs = 0;
    const r2 = await excel.hitungCapaian({});
    expect(r2.written).toBe(0);
    expect(host.syncs).toBeLessThanOrEqual(2);
    expect(visible(host)).toEqual(after1);
  });

  test("writes exactly the derived cells: numbers with their format, percent as a fraction", async () => {
    const host = await setup({ excelApiMinor: 17 });
    const r = await excel.hitungCapaian({});
    const derived = r.analysis.derived.filter((d) => d.changed);
    expect(derived.map((d) => `${d.sheet}!${d.address}`).sort()).toEqual(expectedDerived().map((d) => `${d.sheet}!${d.address}`).sort());
    const contentWrites = host.writes.filter((w) => w.sheet !== UNDO_SHEET && w.what !== "fill");
    const allowed = new Set(derived.map((d) => `${d.sheet}!${d.address}`));
    for (const w of contentWrites) expect(allowed.has(`${w.sheet}!${w.address}`)).toBe(true);
    for (const d of derived) {
      const c = host.cell(d.sheet, d.address)!;
      if (d.value === null) continue;
      expect(typeof c.value).toBe("number");
      expect(c.value).toBeCloseTo(d.value, 10);
      expect(c.numFmt).toBe(d.numFmt);
      expect(c.fill).toBe(excel.FILLS.derived);
    }
    const pct = derived.find((d) => d.numFmt.includes("%") && d.value !== null)!;
    expect(host.text(pct.sheet, pct.address)).toMatch(/%$/);
  });

  test("cells with findings get a fill by severity; nothing else changes", async () => {
    const host = await setup({ excelApiMinor: 17 });
    const before = visible(host);
    const r = await excel.hitungCapaian({});
    expect(host.cell("Tabel 2.2", "D5")!.fill).toBe(excel.FILLS.error);
    expect(host.cell("Tabel 3.2", "D9")!.fill).toBe(excel.FILLS.error);
    expect(host.cell("Tabel 2.2", "D5")!.value).toBe("22.90.000"); // input cells keep their contents
    const after = visible(host);
    const touched = new Set([...r.analysis.derived.filter((d) => d.changed), ...r.analysis.findings].map((x) => `${x.sheet}!${"address" in x ? x.address : x.cell}`));
    for (const [sheet, cells] of Object.entries(after))
      for (const [addr, c] of Object.entries(cells)) if (!touched.has(`${sheet}!${addr}`)) expect(c).toEqual(before[sheet]?.[addr]);
  });

  test("on ExcelApi 1.20 the writes merge into one Excel undo group; notes are added after, never over the user's", async () => {
    const host = await setup({ excelApiMinor: 20 });
    host.notes.set("Tabel 3.2!D9", { sheet: "Tabel 3.2", address: "D9", content: "catatan saya" });
    const r = await excel.hitungCapaian({});
    expect(host.runs[host.runs.length - 2].mergeUndoGroup).toBe(true);
    expect(host.notes.get("Tabel 3.2!D9")!.content).toBe("catatan saya");
    expect(host.notes.get("Tabel 2.2!D5")!.content).toMatch(/^LKjIP: /);
    expect(r.notes).toBeGreaterThan(0);
    // 2 syncs for the computation, 2 for the optional notes pass
    expect(host.syncs).toBe(4);
    await excel.urungkan();
    expect(host.notes.has("Tabel 2.2!D5")).toBe(false);
    expect(host.notes.get("Tabel 3.2!D9")!.content).toBe("catatan saya");
  });

  test("old clients (no getCellProperties) still compute, and paint no fills they could not restore", async () => {
    const host = await setup({ excelApiMinor: 8 });
    const r = await excel.hitungCapaian({});
    expect(host.syncs).toBe(2);
    expect(r.written).toBeGreaterThan(0);
    expect(host.writes.some((w) => w.what === "fill")).toBe(false);
  });

  test("a renamed sheet since the list was cached: the read starts over and still finds every table", async () => {
    const host = await setup({ excelApiMinor: 17 });
    host.sheet("Sampul").name = "Sampul Laporan";
    const r = await excel.hitungCapaian({});
    expect(r.analysis.findings.filter((f) => f.severity === "error")).toHaveLength(2);
  });

  test("the undo sheet and Narasi are never read as report tables", async () => {
    const host = await setup({ excelApiMinor: 17 });
    await excel.hitungCapaian({});
    await excel.buatNarasi({});
    const a = await excel.periksa({});
    expect(a.findings.some((f) => f.sheet === UNDO_SHEET || f.sheet === NARASI_SHEET)).toBe(false);
    expect(host.sheet(UNDO_SHEET).visibility).toBe("VeryHidden");
  });
});

describe("Urungkan", () => {
  test("restores every cell exactly: values, formulas, formats and fills", async () => {
    const sheets = seedSheets();
    const t32 = sheets.find((s) => s.name === "Tabel 3.2")!;
    // a user's formula and fill in a derived cell, and a stale value in another
    t32.cells["F5"] = { formula: "=E5/D5", value: 0.5, numFmt: "0%", fill: "#FFFF00" };
    t32.cells["J6"] = { value: "lama", numFmt: "@" };
    const host = await setup({ excelApiMinor: 17 }, sheets);
    const before = visible(host);
    await excel.hitungCapaian({});
    expect(visible(host)).not.toEqual(before);
    const label = await excel.urungkan();
    expect(label).toBe("Hitung Capaian");
    const after = visible(host);
    // a user's formula in a derived cell is never replaced (spec §5), so it is there untouched after undo too
    expect(after["Tabel 3.2"]["F5"]).toEqual({ formula: "=E5/D5", value: 0.5, numFmt: "0%", fill: "#FFFF00" });
    expect(after).toEqual(before);
    expect(await excel.urungkan()).toBeNull();
  });

  test("undo steps stack: Terapkan, then Hitung, undone in reverse order", async () => {
    const host = await setup({ excelApiMinor: 17 });
    const before = visible(host);
    const a = await excel.periksa({});
    const f = a.findings.find((x) => x.code === "FORMAT_ANGKA")!;
    await excel.terapkan(f);
    expect(host.cell("Tabel 2.2", "D5")).toMatchObject({ value: 22900000, numFmt: "#,##0" });
    const afterApply = visible(host);
    await excel.hitungCapaian({});
    expect(await excel.undoDepth()).toBe(2);
    await excel.urungkan();
    expect(visible(host)).toEqual(afterApply);
    await excel.urungkan();
    expect(visible(host)).toEqual(before);
    expect(host.cell("Tabel 2.2", "D5")!.value).toBe("22.90.000");
  });
});

describe("Buat Narasi", () => {
  const narasiMock = core.narasiParagraf as jest.MockedFunction<typeof core.narasiParagraf>;
  afterEach(() => narasiMock.mockRestore?.());

  test("one paragraph per row, as text; a paragraph starting with = + - @ never becomes a formula", async () => {
    const host = await setup({ excelApiMinor: 17 });
    narasiMock.mockReturnValueOnce(["=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-5 persen", "@SUM(A1)", "'kutip", "Paragraf biasa."]);
    const r = await excel.buatNarasi({});
    expect(host.syncs).toBe(2);
    expect(r.paragraphs).toHaveLength(6);
    const texts = ["A1", "A2", "A3", "A4", "A5", "A6"].map((a) => host.cell(NARASI_SHEET, a)!);
    for (const c of texts) {
      expect(c.formula).toBeUndefined();
      expect(typeof c.value).toBe("string");
      expect(c.numFmt).toBe("@");
    }
    expect(texts.map((c) => c.value)).toEqual(["=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-5 persen", "@SUM(A1)", "'kutip", "Paragraf biasa."]);
  });

  test("writing it again keeps the old text for Urungkan; the first undo removes the sheet it created", async () => {
    const host = await setup({ excelApiMinor: 17 });
    narasiMock.mockReturnValueOnce(["Satu.", "Dua."]);
    await excel.buatNarasi({});
    narasiMock.mockReturnValueOnce(["Tiga."]);
    await excel.buatNarasi({});
    expect(host.cell(NARASI_SHEET, "A1")!.value).toBe("Tiga.");
    expect(host.cell(NARASI_SHEET, "A2")?.value ?? null).toBeNull();
    await excel.urungkan();
    expect([host.cell(NARASI_SHEET, "A1")!.value, host.cell(NARASI_SHEET, "A2")!.value]).toEqual(["Satu.", "Dua."]);
    await excel.urungkan();
    expect(host.sheets.some((s) => s.name === NARASI_SHEET)).toBe(false);
  });
});

describe("ribbon commands", () => {
  test("event.completed() is called once, on success and on failure, and the result is shown", async () => {
    const host = await setup({ excelApiMinor: 17 });
    const { registerCommands } = await import("../src/commands/commands");
    const { state } = await import("../src/taskpane/controller");
    registerCommands();
    expect(await host.invoke("hitungCapaian")).toBe(1);
    expect(state.message?.kind).toBe("success");
    expect(host.shownTaskpane).toBe(1);
    // a failing workbook read: still completed, and a readable message
    host.sheets = [];
    excel.resetSheetCache();
    (g.Excel as { run: unknown }).run = () => Promise.reject(Object.assign(new Error("boom"), { code: "InvalidOperationInCellEditMode" }));
    expect(await host.invoke("buatNarasi")).toBe(1);
    expect(state.message).toEqual({ kind: "error", text: expect.stringMatching(/mode edit sel/) });
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
