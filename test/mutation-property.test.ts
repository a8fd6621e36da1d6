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
const RUNS = Number(process.env.MUTATION_RUNS ?? 60);

// As the command line reads them: the sample file, and each published report written to a package.
const fixtures: [string, () => Promise<GridWorkbook>][] = [
  ["sample", async () => readXlsx(fs.readFileSync(SAMPLE)).grid],
  ...REAL_REPORTS.map((r): [string, () => Promise<GridWorkbook>] => [r.id, () => packageGrid(buildRealWorkbook(r))]),
];

describe.each(fixtures)("one change to %s", (_id, load) => {
  let grid: GridWorkbook;
  let before: Outcome;
  let all: Mutation[];
  beforeAll(async () => {
    grid = await load();
    before = outcome(grid);
    all = catalogue(grid);
  });

  test("is read as meant or reported; no proposal from another row; Hitung writes derived cells; no figure from a bad input", () => {
    fc.assert(
      fc.property(fc.nat(all.length - 1), (i) => {
        const m = all[i];
        const problems = violations(before, outcome(m.apply(grid)), m, grid);
        if (problems.length) throw new Error(`${m.label}:\n  ${problems.join("\n  ")}`);
      }),
      { numRuns: Math.min(RUNS, all.length) },
    );
  });
});
