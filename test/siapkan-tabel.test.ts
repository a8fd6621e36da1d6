// Siapkan Tabel through the Office adapter against the fake Excel host: the five template tables (the same as
// `templat -o`) in new sheets, never over a sheet that holds something, one undo step, and what the engine reads.
import { TABLE_IDS, templateSheets, withDefaults } from "../src/core";
import * as excel from "../src/excel";
import {
  FakeHost,
  FakeSheetData,
  createFakeOffice,
} from "./fake-excel/fake-office";
import { seedSheets } from "./fake-excel/seed-data";

const g = global as unknown as { Office: unknown; Excel: unknown };

async function setup(sheets: FakeSheetData[]): Promise<FakeHost> {
  const f = createFakeOffice(sheets, { excelApiMinor: 20, language: "id-ID" });
  g.Office = f.Office;
  g.Excel = f.Excel;
  excel.resetSheetCache();
  await excel.primeSheetList();
  return f.host;
}

const visibleNames = (host: FakeHost) =>
  host.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name);

describe("Siapkan Tabel in the open workbook", () => {
  test("an empty workbook gets the five tables: headers, merges and formats of the template; the engine finds all five", async () => {
    const host = await setup([{ name: "Sheet1", cells: {} }]);
    const r = await excel.siapkanTabel();
    expect(r).toEqual({
      written: TABLE_IDS.map((id) => `Tabel ${id}`),
      kept: [],
    });
    expect(visibleNames(host)).toEqual(["Sheet1", ...r.written]);
    const t32 = templateSheets().find((t) => t.name === "Tabel 3.2")!;
    expect(host.cell("Tabel 3.2", "A1")?.value).toBe(t32.rows[0][0]);
    expect(host.cell("Tabel 3.2", "D3")?.value).toBe("Pagu (Rp)");
    expect(host.cell("Tabel 3.2", "D4")?.numFmt).toBe(t32.formats[3]);
    expect(host.sheet("Tabel 3.2").merges.length).toBe(t32.merges.length);
    const a = await excel.periksa(withDefaults());
    expect(a.tables.map((t) => [t.id, t.found, t.sheet])).toEqual(
      TABLE_IDS.map((id) => [id, true, `Tabel ${id}`]),
    );
    expect(
      a.findings.filter(
        (f) =>
          f.code === "KOLOM_TIDAK_DITEMUKAN" ||
          f.code === "TABEL_TIDAK_DITEMUKAN",
      ),
    ).toEqual([]);
  });

  test("a sheet that holds something is never written over; the others are added; all taken: refused in Indonesian", async () => {
    const seed = seedSheets();
    const host = await setup([...seed.filter((s) => s.name !== "Tabel 3.2")]);
    const before = JSON.stringify(host.dump()["Tabel 2.1"]);
    const r = await excel.siapkanTabel();
    expect(r.written).toEqual(["Tabel 3.2"]);
    expect(r.kept).toEqual([
      "Tabel 2.1",
      "Tabel 2.2",
      "Tabel 2.3",
      "Tabel 3.1",
    ]);
    expect(JSON.stringify(host.dump()["Tabel 2.1"])).toBe(before);
    await expect(excel.siapkanTabel()).rejects.toThrow(
      /sudah ada dan berisi; Siapkan Tabel tidak menimpa lembar yang ada/,
    );
  });

  test("one undo step: Urungkan empties the sheets it filled (no sheet deleted), and Siapkan Tabel can fill them again", async () => {
    const host = await setup([
      { name: "Sheet1", cells: { A1: { value: "catatan" } } },
    ]);
    await excel.siapkanTabel();
    expect(await excel.undoDepth()).toBe(1);
    expect(await excel.urungkan()).toBe("Siapkan Tabel");
    for (const id of TABLE_IDS) {
      expect(host.dump()[`Tabel ${id}`] ?? {}).toEqual({});
      expect(host.sheet(`Tabel ${id}`).merges).toEqual([]);
    }
    expect(host.cell("Sheet1", "A1")?.value).toBe("catatan");
    const again = await excel.siapkanTabel();
    expect(again.written).toHaveLength(5);
  });
});
