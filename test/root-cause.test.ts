// Root-cause priority (issue 9 item 5): one cell, one finding, and which one never depends on the order the
// checks ran in or the order of the sheets: the earliest cause of ROOT_CAUSE_STAGE wins.
import fc from "fast-check";
import {
  Analysis,
  FindingCode,
  GridWorkbook,
  ROOT_CAUSE_STAGE,
  analyze,
} from "../src/core";
import { Ctx } from "../src/core/checks/context";
import { Field } from "../src/core/model";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { REAL_REPORTS, buildRealWorkbook } from "./fixtures/real";
import { seedGrid, set } from "./helpers/grid";

const CODES = Object.keys(ROOT_CAUSE_STAGE) as FindingCode[];
/** A cell of row 9 of Tabel 3.2 (col 3: D9, col 4: E9). */
const cell = (col: number) =>
  new Field("3.2", "Tabel 3.2", 8, col, { value: 1 });

describe("one cell, one finding: the earliest root cause", () => {
  test("whatever order the causes are reported in, the cell keeps the one of the earliest stage", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...CODES), {
          minLength: 1,
          maxLength: 6,
        }),
        (codes) => {
          const ctx = new Ctx();
          for (const c of codes) ctx.add(c, cell(3), `pesan ${c}`);
          const earliest = Math.min(...codes.map((c) => ROOT_CAUSE_STAGE[c]));
          const first = codes.find((c) => ROOT_CAUSE_STAGE[c] === earliest)!;
          expect(ctx.findings.map((f) => f.code)).toEqual([first]);
        },
      ),
    );
  });

  test("an unreadable figure beats the sum it spoils; a pagu against 2.3 beats a derived capaian", () => {
    for (const order of [
      ["CAPAIAN_TIDAK_SESUAI", "PAGU_TIDAK_SESUAI", "FORMAT_ANGKA"],
      ["FORMAT_ANGKA", "PAGU_TIDAK_SESUAI", "CAPAIAN_TIDAK_SESUAI"],
    ] as FindingCode[][]) {
      const ctx = new Ctx();
      for (const c of order) ctx.add(c, cell(3), c);
      ctx.add("CAPAIAN_TIDAK_SESUAI", cell(4), "x");
      ctx.add("PAGU_TIDAK_SESUAI", cell(4), "y");
      expect(ctx.findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
        "FORMAT_ANGKA@D9",
        "PAGU_TIDAK_SESUAI@E9",
      ]);
    }
  });
});

describe("the findings do not depend on the order of the sheets", () => {
  const summary = (a: Analysis) =>
    a.findings
      .map(
        (f) =>
          `${f.severity} ${f.code} ${f.sheet}!${f.cell} ${f.expected} ${f.message}`,
      )
      .sort();
  const shuffled = (wb: GridWorkbook, order: number[]): GridWorkbook => ({
    sheets: order.map((i) => wb.sheets[i]),
  });
  const workbooks: [string, GridWorkbook][] = [
    ["seed", seedGrid()],
    // An upstream error that spoils figures downstream: a 2.3 rincian typed wrong (its Jumlah, 2.2 and 3.2 disagree).
    [
      "seed with a wrong rincian",
      seedGrid({}, (wb) => {
        set(wb, "Tabel 2.3", "C5", 99_000_000);
      }),
    ],
    ...REAL_REPORTS.map((r): [string, GridWorkbook] => [
      r.id,
      workbookToGrid(buildRealWorkbook(r)),
    ]),
  ];
  test.each(workbooks)(
    "%s: every order of its sheets gives the same findings",
    (_name, wb) => {
      const base = summary(analyze(wb));
      expect(base.length).toBeGreaterThan(0);
      const n = wb.sheets.length;
      fc.assert(
        fc.property(
          fc.shuffledSubarray([...Array(n).keys()], {
            minLength: n,
            maxLength: n,
          }),
          (order) => {
            expect(summary(analyze(shuffled(wb, order)))).toEqual(base);
          },
        ),
        { numRuns: 15 },
      );
    },
  );
});
