// Property (issue 15): one change at a time, the way real workbooks differ from the template, applied anywhere it
// fits in the sample and the four published reports. The tool reads the intended value or reports the cell or
// row; no finding proposes a value from another row; Hitung writes only derived cells; the narrative states no
// figure built on an invalid or missing input. Worked on the engine's grid (no files), so it stays fast.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { GridWorkbook } from "../src/core";
import { readXlsx } from "../src/xlsx";
import { REAL_REPORTS, buildRealWorkbook } from "./fixtures/real";
import { packageGrid } from "./helpers/exceljs-grid";
import { Mutation, catalogue } from "./helpers/mutations";
import { Outcome, outcome, violations } from "./helpers/mutation-checks";

const SAMPLE = path.join(__dirname, "..", "samples", "lkjip-triwulan-1-2024.xlsx");
// About 6 ms of CPU per change; 200 per workbook keeps the whole file near 10 s on a shared machine.
const RUNS = Number(process.env.MUTATION_RUNS ?? 200);

// As the command line reads them: the sample file, and each published report written to a package.
const fixtures: [string, () => Promise<GridWorkbook>][] = [
  ["sample", async () => readXlsx(fs.readFileSync(SAMPLE)).grid],
  ...REAL_REPORTS.map((r): [string, () => Promise<GridWorkbook>] => [r.id, () => packageGrid(buildRealWorkbook(r))]),
];

/**
 * Changes the tool cannot see, with no second table or number to tell: listed, kept out of the property, and
 * checked to still be limitations (when one is fixed, its test fails: take it off the list).
 */
const KNOWN: Record<string, Record<string, string>> = {
  "sumut-setda-2021": {
    "delete row 7 of LKj 2021":
      "the program row gone, its kegiatan rows become sasaran of their own; no number or other table says a program was there",
    "delete row 13 of LKj 2021":
      "the last sub kegiatan of a kegiatan gone (its `3.` was the last number): the program's sums are made of the three left",
  },
};

/** Changes the property found before they were fixed (issue 15), kept as plain tests. */
const FOUND: Record<string, string[]> = {
  sample: [
    "delete row 4 of Tabel 2.3",
    "delete row 5 of Tabel 2.3",
    "delete row 8 of Tabel 2.3",
    "delete row 9 of Tabel 3.2",
    "delete row 5 of Tabel 3.1",
    '"Rp 5,995 juta" at Tabel 2.3!C5',
    "#REF! at Tabel 2.3!C5",
    "#REF! at Tabel 2.3!D8",
    "#REF! at Tabel 3.2!E8",
    "#REF! at Tabel 3.1!E5",
    "formula with no cached result at Tabel 3.2!E11",
    "formula with cached 0 at Tabel 3.1!E6",
    "swap columns G and H of Tabel 3.2",
    "sub kegiatan of Tabel 3.2 numbered none",
  ],
  "polman-subbid-anggaran-2022": [
    "formula with no cached result at Pengukuran Kinerja!A8",
    "formula with its cached result at Pengukuran Kinerja!S11",
    "delete row 26 of Pengukuran Kinerja",
  ],
  "sumut-setda-2021": ["delete row 8 of LKj 2021", "delete row 10 of LKj 2021", "delete row 12 of LKj 2021"],
  "gunungkaler-kecamatan-2020": ["formula with its cached result at Bab III!I9"],
};

describe.each(fixtures)("one change to %s", (id, load) => {
  let grid: GridWorkbook;
  let before: Outcome;
  let all: Mutation[];
  const known = KNOWN[id] ?? {};
  beforeAll(async () => {
    grid = await load();
    before = outcome(grid);
    all = catalogue(grid).filter((m) => !(m.label in known));
  });
  const problemsOf = (m: Mutation) => violations(before, outcome(m.apply(grid)), m, grid);
  const named = (label: string) => {
    const m = catalogue(grid).find((x) => x.label === label);
    if (!m) throw new Error(`no change "${label}" in ${id}`);
    return m;
  };

  test("is read as meant or reported; no proposal from another row; Hitung writes derived cells; no figure from a bad input", () => {
    fc.assert(
      fc.property(fc.nat(all.length - 1), (i) => {
        const problems = problemsOf(all[i]);
        if (problems.length) throw new Error(`${all[i].label}:\n  ${problems.join("\n  ")}`);
      }),
      { numRuns: Math.min(RUNS, all.length) },
    );
  });

  const found = FOUND[id] ?? [];
  if (found.length)
    test.each(found)("found by the property, now right: %s", (label) => {
      expect(problemsOf(named(label))).toEqual([]);
    });

  if (Object.keys(known).length)
    test.each(Object.entries(known))("still a known limitation: %s (%s)", (label) => {
      expect(problemsOf(named(label))).not.toEqual([]);
    });
});
