// Property tests: the reader survives any grid; a consistent report, however laid out, has no error.
import fc from "fast-check";
import { analyze, GridCell, GridWorkbook } from "../src/core";
import { workbookToGrid } from "./helpers/exceljs-grid";
import { buildWorkbook } from "./fixtures/seed";
import { optsArb, reportArb } from "./helpers/arbitraries";

const LABELS = [
  "Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 3.1", "Tabel 3.2", "No", "Sasaran Kegiatan", "Indikator Kinerja", "Target",
  "Anggaran", "Kegiatan", "Sub Kegiatan", "Jumlah", "Realisasi", "Capaian", "Pagu (Rp)", "Realisasi (Rp)", "Capaian (%)",
  "T", "R", "%", "Efisiensi", "1.", "1.a", "2.b", "22.90.000", "102.855.000", "67 %", "-", "#DIV/0!", "Rp 600.000,-", "4 Dokumen",
];

const cellArb: fc.Arbitrary<GridCell | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...LABELS).map((v) => ({ value: v })),
  fc.string({ maxLength: 12 }).map((v) => ({ value: v })),
  fc.double({ noDefaultInfinity: false }).map((v) => ({ value: v, numFmt: "0%" })),
  fc.integer().map((v) => ({ value: v })),
  fc.constantFrom("#REF!", "#N/A").map((e) => ({ value: { error: e } })),
  fc.boolean().map((v) => ({ value: v })),
);

const sheetArb = fc.record({
  name: fc.constantFrom("Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 3.1", "Tabel 3.2", "Laporan", "2.3 Rincian", "Lain"),
  top: fc.nat(5),
  left: fc.nat(5),
  cells: fc.array(fc.array(cellArb, { maxLength: 12 }), { maxLength: 30 }),
  merges: fc.array(
    fc.record({ top: fc.nat(30), left: fc.nat(12), h: fc.nat(3), w: fc.nat(3) }).map((m) => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
    { maxLength: 4 },
  ),
});

describe("the reader never throws", () => {
  test("on arbitrary grids of labels, numbers, errors and merges", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 0, maxLength: 5 }), (sheets) => {
        const a = analyze({ sheets } as GridWorkbook);
        const json = JSON.stringify(a);
        expect(json).not.toMatch(/NaN|Infinity|undefined/);
        for (const f of a.findings) expect(f.message.length).toBeGreaterThan(10);
        for (const d of a.derived) expect(d.value === null || Number.isFinite(d.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a consistent report", () => {
  test("yields no error finding in any layout, and Hitung twice equals once", () => {
    fc.assert(
      fc.property(reportArb, optsArb, (report, opts) => {
        const grid = workbookToGrid(buildWorkbook(report, opts));
        const a = analyze(grid);
        expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
        expect(a.tables.every((t) => t.found)).toBe(true);
        expect(a.sasaran).toHaveLength(report.sasaran.length);
        // Every sasaran row of 3.2 gets its pagu: the exact sum of its sub kegiatan.
        a.sasaran.forEach((s, i) => expect(s.pagu?.toNumber()).toBe(report.sasaran[i].subs.reduce((t, x) => t + x.anggaran, 0)));
        // Apply the derived cells to the grid and analyse again: nothing left to change.
        const byKey = new Map(a.derived.filter((d) => d.changed).map((d) => [`${d.sheet}!${d.row},${d.col}`, d]));
        const again: GridWorkbook = {
          sheets: grid.sheets.map((sh) => ({
            ...sh,
            cells: Array.from({ length: Math.max(sh.cells.length, ...a.derived.filter((d) => d.sheet === sh.name).map((d) => d.row + 1)) }, (_, r) => {
              const row = [...(sh.cells[r] ?? [])];
              for (const [k, d] of byKey) if (k.startsWith(`${sh.name}!${r},`)) row[d.col] = d.value === null ? null : { value: d.value, numFmt: d.numFmt };
              return row;
            }),
          })),
        };
        expect(analyze(again).derived.filter((d) => d.changed)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
