// The pane's choices (issue 9 item 3) as the engine sees them: the peta the pane builds is the JSON `--peta`
// reads, a column's part can be moved or given up (and the column is then shown as not used), a row's kind set
// and cleared; each table says where it was found and under which caption.
import {
  EMPTY_PETA,
  analyze,
  assignColumns,
  assignRowKind,
  parsePeta,
} from "../src/core";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { REAL_REPORTS, buildRealWorkbook } from "./fixtures/real";
import { seedGrid } from "./helpers/grid";

const real = (id: string) =>
  workbookToGrid(buildRealWorkbook(REAL_REPORTS.find((r) => r.id === id)!));
const roundTrip = (p: unknown) => parsePeta(JSON.parse(JSON.stringify(p)));

describe("the table view's data", () => {
  test("each table: sheet, header cell, how it was found, the caption above it", () => {
    const sumut = analyze(real("sumut-setda-2021")).tables.find(
      (t) => t.id === "3.2",
    )!;
    expect([sumut.sheet, sumut.header, sumut.foundBy, sumut.caption]).toEqual([
      "LKj 2021",
      "A5",
      "content",
      "Tabel 19",
    ]);
    const sampang = analyze(real("sampang-inspektorat-2019")).tables.find(
      (t) => t.id === "3.1",
    )!;
    expect([sampang.foundBy, sampang.caption]).toEqual([
      "caption",
      "Tabel 3.1 Pencapaian Kinerja",
    ]);
  });
});

describe("choices made in the pane", () => {
  test("a swap of two columns' parts keeps both, stores valid --peta JSON, and the reader follows it", () => {
    // Seed 3.1: E is Realisasi, G is Ket. Swapped by the user.
    const peta = assignColumns(EMPTY_PETA, "3.1", [
      { letter: "E", part: "ket", previous: "realisasi" },
      { letter: "G", part: "realisasi", previous: "ket" },
    ]);
    expect(peta.tables["3.1"]!.columns).toEqual({ realisasi: "G", ket: "E" });
    expect(EMPTY_PETA.tables).toEqual({});
    const { peta: stored, problems } = roundTrip(peta);
    expect(problems).toEqual([]);
    const t = analyze(seedGrid(), undefined, { peta: stored }).tables.find(
      (x) => x.id === "3.1",
    )!;
    expect(
      t
        .columns!.filter((c) => ["realisasi", "ket"].includes(c.key))
        .map((c) => `${c.key}←${c.col}`),
    ).toEqual(["ket←E", "realisasi←G"]);
  });

  test("a part given up: the column is listed as not used, and the missing column is a finding at the header", () => {
    const peta = assignColumns(EMPTY_PETA, "2.2", [
      { letter: "D", part: null, previous: "anggaran" },
    ]);
    const a = analyze(seedGrid(), undefined, { peta });
    const t = a.tables.find((x) => x.id === "2.2")!;
    expect(t.unused).toEqual([{ col: "D", label: "Anggaran" }]);
    expect(
      a.findings
        .filter((f) => f.code === "KOLOM_TIDAK_DITEMUKAN")
        .map((f) => `${f.sheet}!${f.cell}`),
    ).toEqual(["Tabel 2.2!A3"]);
    // Nothing changed: the peta is the same object, nothing to store.
    expect(
      assignColumns(peta, "2.2", [{ letter: "D", part: null, previous: null }]),
    ).toBe(peta);
  });

  test("a row's kind set, then cleared: the reader decides again", () => {
    const grid = real("sumut-setda-2021");
    const set = assignRowKind(EMPTY_PETA, "LKj 2021!13", "abaikan");
    expect(roundTrip(set).problems).toEqual([]);
    expect(
      analyze(grid, undefined, { peta: set }).sasaran[0].subs,
    ).toHaveLength(3);
    const cleared = assignRowKind(set, "LKj 2021!13", null);
    expect(cleared.rows).toEqual({});
    expect(
      analyze(grid, undefined, { peta: cleared }).sasaran[0].subs,
    ).toHaveLength(4);
  });
});
