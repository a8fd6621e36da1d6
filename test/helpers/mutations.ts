// The catalogue of one-cell, one-row and one-column changes real workbooks show (issue 15), each with where it may
// apply in a given workbook and how the changed grid's cells map back to the original's.
import { GridCell, GridWorkbook, a1, displayText, parseValue } from "../../src/core";
import { FoundTable, readTables } from "../../src/core/reader";
import { ColumnKey } from "../../src/core/tables";
import { cellAt, cloneGrid, columnsSwappable, deleteRow, insertColumn, putCell, sheetOf, swapColumns } from "./mutate";

/** A place in the original grid; null for a place the change created (an inserted column). */
export type Where = { sheet: string; row: number; col: number } | null;

export interface Mutation {
  /** What was done, for the counterexample's message. */
  label: string;
  /** The cell whose value was changed, if the change is one cell. */
  cell?: { sheet: string; row: number; col: number };
  apply: (g: GridWorkbook) => GridWorkbook;
  /** A place in the changed grid → the same place in the original. */
  back: (sheet: string, row: number, col: number) => Where;
  /** The original's row the change took away, whose cells the changed workbook cannot have. */
  lost?: { sheet: string; row: number };
}

const same = (sheet: string, row: number, col: number): Where => ({ sheet, row, col });

/** Money columns of each table role: where `Rp X juta` and `X rb` can be written. */
const MONEY: Partial<Record<string, ColumnKey[]>> = {
  "2.2": ["anggaran"],
  "2.3": ["anggaran"],
  "3.2": ["pagu", "realisasi"],
};

function oneCell(label: string, sheet: string, row: number, col: number, cell: GridCell | null): Mutation {
  return {
    label: `${label} at ${sheet}!${a1(row, col)}`,
    cell: { sheet, row, col },
    apply: (g) => {
      const out = cloneGrid(g);
      putCell(sheetOf(out, sheet), row, col, cell);
      return out;
    },
    back: same,
  };
}

/** `2.700.000` as `Rp 2,7 juta`; `600.000` as `600 rb` (Indonesian decimals, no rounding). */
function unitWords(n: number): { juta: string; rb: string } {
  const comma = (x: number) => String(x).replace(".", ",");
  return { juta: `Rp ${comma(n / 1e6)} juta`, rb: `${comma(n / 1e3)} rb` };
}

function valueMutations(t: FoundTable, out: Mutation[]): void {
  const sheet = t.view.name;
  const cols = Object.entries(t.columns) as [ColumnKey, number][];
  for (const r of t.rows)
    for (const [key, col] of cols) {
      const cell = t.view.raw(r, col);
      if (!cell || displayText(cell) === "" || t.view.isMergedTail(r, col)) continue;
      if (key === "no" || key === "sasaran" || key === "indikator" || key === "subKegiatan" || key === "kegiatan") continue;
      out.push(oneCell("#REF!", sheet, r, col, { value: { error: "#REF!" } }));
      out.push(oneCell("formula with its cached result", sheet, r, col, { ...cell, formula: true }));
      out.push(oneCell("formula with no cached result", sheet, r, col, { value: null, numFmt: cell.numFmt, formula: true }));
      const p = parseValue(cell.value, cell.numFmt);
      if (p.kind === "number" && p.value.isZero())
        out.push(oneCell("formula with cached 0", sheet, r, col, { value: 0, numFmt: p.unit === "%" ? "0%" : cell.numFmt, formula: true }));
      if (MONEY[t.id]?.includes(key) && p.kind === "number" && (p.unit === "" || p.unit === "rp") && p.value.gte(1000)) {
        const w = unitWords(p.value.toNumber());
        out.push(oneCell(`"${w.juta}"`, sheet, r, col, { value: w.juta }));
        out.push(oneCell(`"${w.rb}"`, sheet, r, col, { value: w.rb }));
      }
    }
}

function rowDeletions(t: FoundTable, out: Mutation[]): void {
  const sheet = t.view.name;
  for (const r of t.rows)
    out.push({
      label: `delete row ${r + 1} of ${sheet}`,
      lost: { sheet, row: r },
      apply: (g) => {
        const x = cloneGrid(g);
        deleteRow(x, sheet, r);
        return x;
      },
      back: (s, row, col) => (s === sheet && row >= r ? { sheet: s, row: row + 1, col } : same(s, row, col)),
    });
}

function columnMutations(t: FoundTable, out: Mutation[]): void {
  const sheet = t.view.name;
  const labelled: number[] = [];
  for (let c = t.left; c <= t.right; c++)
    if (t.headerRows.some((h) => displayText(t.view.cell(h, c)) !== "")) labelled.push(c);
  for (let c = t.left; c <= t.right + 1; c++)
    out.push({
      label: `insert a blank column before ${a1(0, c).replace(/\d+$/, "")} of ${sheet}`,
      apply: (g) => {
        const x = cloneGrid(g);
        insertColumn(x, sheet, c);
        return x;
      },
      back: (s, row, col) => (s !== sheet || col < c ? same(s, row, col) : col === c ? null : { sheet: s, row, col: col - 1 }),
    });
  for (let i = 0; i < labelled.length; i++)
    for (let j = i + 1; j < labelled.length; j++) {
      const [a, b] = [labelled[i], labelled[j]];
      if (!columnsSwappable(t.view.sheet, a, b)) continue;
      out.push({
        label: `swap columns ${a1(0, a).replace(/\d+$/, "")} and ${a1(0, b).replace(/\d+$/, "")} of ${sheet}`,
        apply: (g) => {
          const x = cloneGrid(g);
          swapColumns(x, sheet, a, b);
          return x;
        },
        back: (s, row, col) => (s !== sheet ? same(s, row, col) : { sheet: s, row, col: col === a ? b : col === b ? a : col }),
      });
    }
}

const SUB_NUMBER = /^(\d+)\s*\.\s*([a-z])\s*\.?$/i;
const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

/** Sub kegiatan numbered `1.a` renumbered as users write them: `1.1`, `1.i`, `a)`, `1)`, or not at all. */
function renumberings(t: FoundTable, out: Mutation[]): void {
  const no = t.columns.no;
  if (no === undefined) return;
  const sheet = t.view.name;
  const rows = t.rows.filter((r) => SUB_NUMBER.test(displayText(t.view.raw(r, no))));
  if (!rows.length) return;
  const styles: Record<string, (s: string, i: number) => string | null> = {
    "1.1": (s, i) => `${s}.${i + 1}`,
    "1.i": (s, i) => `${s}.${ROMAN[i]}`,
    "a)": (_s, i) => `${String.fromCharCode(97 + i)})`,
    "1)": (_s, i) => `${i + 1})`,
    none: () => null,
  };
  for (const [style, write] of Object.entries(styles))
    out.push({
      label: `sub kegiatan of ${sheet} numbered ${style}`,
      apply: (g) => {
        const x = cloneGrid(g);
        const s = sheetOf(x, sheet);
        for (const r of rows) {
          const m = SUB_NUMBER.exec(displayText(cellAt(s, r, no)))!;
          const v = write(m[1], m[2].toLowerCase().charCodeAt(0) - 97);
          putCell(s, r, no, v === null ? null : { value: v });
        }
        return x;
      },
      back: same,
    });
}

/** Every mutation of the catalogue that applies somewhere in this workbook. */
export function catalogue(g: GridWorkbook): Mutation[] {
  const out: Mutation[] = [];
  for (const t of Object.values(readTables(g).tables)) {
    valueMutations(t!, out);
    rowDeletions(t!, out);
    columnMutations(t!, out);
    renumberings(t!, out);
  }
  return out;
}
