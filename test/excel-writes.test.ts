// Writes that real Excel can refuse or spoil, on every host of the matrix (test/fake-excel HOSTS): notes by the
// documented forms only, protected sheets and workbooks, a request refused halfway, Urungkan after the workbook changed
// under it, an undo chunk that starts with Excel's quote prefix.
import { SETTINGS_SHEET } from "../src/core";
import * as excel from "../src/excel";
import { UNDO_SHEET } from "../src/excel/cells";
import { FakeCell, FakeHost, HOSTS, HostName } from "./fake-excel/fake-office";
import { seedSheets } from "./fake-excel/seed-data";
import { installFake, undoSheet } from "./helpers/office";

/** The workbook as a user sees it: visible sheets, non-empty cells. */
function visible(host: FakeHost): string {
  const out: Record<string, Record<string, FakeCell>> = {};
  for (const [name, cells] of Object.entries(host.dump())) {
    if (host.sheet(name).visibility !== "Visible") continue;
    const kept: Record<string, FakeCell> = {};
    for (const [a, c] of Object.entries(cells))
      if ((c.value !== null && c.value !== undefined && c.value !== "") || c.formula || c.fill || (c.numFmt && c.numFmt !== "General"))
        kept[a] = { value: c.value ?? null, formula: c.formula, numFmt: c.numFmt ?? "General", fill: c.fill ?? null };
    out[name] = kept;
  }
  return JSON.stringify(out);
}

const HOST_NAMES = Object.keys(HOSTS) as HostName[];

describe.each(HOST_NAMES)("on %s", (hostName) => {
  const notesApi = HOSTS[hostName].excelApiMinor >= 18;

  test("a protected sheet: Hitung refuses before writing anything, and says which sheet, in Indonesian", async () => {
    const sheets = seedSheets();
    sheets.find((s) => s.name === "Tabel 3.2")!.protected = true;
    const host = await installFake({ host: hostName }, sheets);
    const before = visible(host);
    await expect(excel.hitungCapaian({})).rejects.toMatchObject({ message: expect.stringMatching(/Lembar "Tabel 3\.2" terlindungi.*Tidak ada yang diubah/) });
    expect(visible(host)).toBe(before);
    expect(host.notes.size).toBe(0);
  });

  test("a workbook whose structure is protected: the hidden sheets cannot be added; said so, nothing changed", async () => {
    const host = await installFake({ host: hostName, workbookProtected: true }, seedSheets());
    const before = JSON.stringify(host.dump());
    await expect(excel.hitungCapaian({})).rejects.toMatchObject({ message: expect.stringMatching(/Struktur buku kerja ini terlindungi/) });
    expect(JSON.stringify(host.dump())).toBe(before);
    expect(host.undoStackCleared).toEqual([]);
  });

  test("a write Excel refuses halfway (a lock the add-in cannot see): the undo record went in first, Urungkan restores", async () => {
    const host = await installFake({ host: hostName, refuse: [{ api: "Range.values", sheet: "Tabel 3.2", code: "AccessDenied" }] }, [...seedSheets(), undoSheet(), { name: SETTINGS_SHEET, visibility: "VeryHidden", cells: {} }]);
    const before = visible(host);
    await expect(excel.hitungCapaian({})).rejects.toMatchObject({ code: "AccessDenied" });
    expect(visible(host)).not.toBe(before); // Tabel 3.1 was written before Excel refused Tabel 3.2
    host.refuse = [];
    expect(await excel.urungkan()).toBe("Hitung Capaian");
    expect(visible(host)).toBe(before);
  });

  test(`notes ${notesApi ? "by the documented forms only; a note Excel refuses leaves the values, with their undo record" : "skipped (no ExcelApi 1.18)"}`, async () => {
    const host = await installFake({ host: hostName, refuse: [{ api: "NoteCollection.add", code: "GeneralException" }] }, seedSheets());
    const before = visible(host);
    const r = await excel.hitungCapaian({});
    expect(r.written).toBeGreaterThan(0);
    expect(r.notesFailed).toBe(notesApi ? "GeneralException" : undefined);
    expect(host.notes.size).toBe(0);
    await excel.urungkan();
    expect(visible(host)).toBe(before);
  });

  test("Urungkan after a target sheet was deleted and another renamed: skips the deleted one (named), restores the rest, moves on", async () => {
    const host = await installFake({ host: hostName }, seedSheets());
    const before = JSON.parse(visible(host));
    await excel.hitungCapaian({});
    host.sheets = host.sheets.filter((s) => s.name !== "Tabel 3.1");
    host.sheet("Tabel 3.2").name = "Tabel 3.2 (lama)";
    await excel.terapkan({ ...(await excel.periksa({})).findings.find((f) => f.code === "FORMAT_ANGKA")! });
    expect(await excel.urungkan()).toMatch(/Terapkan/);
    const o = await excel.urungkanLangkah();
    expect(o!.label).toBe("Hitung Capaian");
    expect(o!.skippedSheets).toEqual([{ sheet: "Tabel 3.1", cells: expect.any(Number) }]);
    const after = JSON.parse(visible(host));
    expect(after["Tabel 3.2 (lama)"]).toEqual(before["Tabel 3.2"]); // found again by its sheet id
    expect(after["Tabel 2.2"]).toEqual(before["Tabel 2.2"]);
    expect(await excel.undoDepth()).toBe(0);
    expect(await excel.urungkan()).toBeNull();
  });

  test("an undo row that cannot be decoded is dropped and said; the step before it is undone next", async () => {
    const host = await installFake({ host: hostName }, seedSheets());
    const before = visible(host);
    await excel.hitungCapaian({});
    const u = host.sheet(UNDO_SHEET);
    u.cells = new Map([...u.cells].map(([k, c]) => [k.replace(/^0,/, "1,"), c]));
    u.cells.set("0,1", { value: "~{rusak", numFmt: "@" });
    expect(await excel.undoDepth()).toBe(2);
    expect(await excel.urungkanLangkah()).toEqual({ label: "", skippedSheets: [], unreadable: true });
    expect(await excel.urungkan()).toBe("Hitung Capaian");
    expect(visible(host)).toBe(before);
  });
});

test("an undo chunk that starts with a quote (Excel's prefix character) reads back byte for byte", async () => {
  // A cell's old text of quotes, longer than one undo chunk: whichever character starts the second chunk is a quote.
  const old = "'".repeat(31000);
  const host = await installFake({ host: "m365" }, seedSheets());
  host.sheet("Tabel 2.2").cells.set("3,1", { value: old });
  const f = { code: "FORMAT_ANGKA", severity: "error", sheet: "Tabel 2.2", cell: "B4", row: 3, col: 1, actual: "", expected: "Baru", message: "" };
  await excel.terapkan(f as unknown as Parameters<typeof excel.terapkan>[0]);
  expect(host.cell("Tabel 2.2", "B4")?.value).toBe("Baru");
  expect(await excel.urungkan()).toBe("Terapkan Tabel 2.2!B4");
  expect(host.cell("Tabel 2.2", "B4")?.value).toBe(old);
});
