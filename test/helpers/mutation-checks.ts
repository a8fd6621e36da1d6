// What must hold after one change to a workbook (issue 15): the tool reads the intended value or reports the cell
// or row; no finding proposes a value that is not its own row's; Hitung writes only cells that are derived in the
// original; the narrative states no figure the original does not (so none built on an invalid or missing input).
import {
  Analysis,
  GridWorkbook,
  NarrativeDocument,
  a1,
  analyze,
  buildNarrativeDocument,
  parseA1,
  parseValue,
} from "../../src/core";
import { Block, Inline } from "../../src/core/narrative/document";
import { Mutation, Where } from "./mutations";

type Figure = Extract<Inline, { kind: "figure" }>;

export interface Outcome {
  a: Analysis;
  doc: NarrativeDocument;
}

export function outcome(g: GridWorkbook): Outcome {
  const a = analyze(g);
  return { a, doc: buildNarrativeDocument(a, { panjang: "lengkap" }) };
}

const key = (w: Where) => (w ? `${w.sheet}!${a1(w.row, w.col)}` : "(baru)");

function figuresOf(blocks: Block[], out: Figure[]): void {
  for (const b of blocks) {
    if (b.kind === "paragraph") for (const i of b.content) if (i.kind === "figure") out.push(i);
    if (b.kind === "list") for (const item of b.items) figuresOf(item, out);
  }
}

/** A figure's cell mapped back to the original workbook ("-" when it cites none). */
function figureCell(f: Figure, back: Mutation["back"]): string {
  const at = f.source ? parseA1(f.source.cell.split(":")[0]) : null;
  return f.source && at ? key(back(f.source.sheet, at.row, at.col)) : "-";
}

function figureList(doc: NarrativeDocument): Figure[] {
  const list: Figure[] = [];
  for (const s of doc.sections) figuresOf(s.blocks, list);
  return list;
}

/** Every figure of a narrative as `format value @cell` (cells mapped back to the original workbook). */
function figureKeys(doc: NarrativeDocument, back: Mutation["back"]): Set<string> {
  return new Set(figureList(doc).map((f) => `${f.format} ${f.value} @${figureCell(f, back)}`));
}

/**
 * Whether the original stands behind a figure the changed workbook's narrative states: the original's narrative
 * states it, or the original holds or derives that value in that cell; a figure citing no cell, when the
 * original's narrative states the same value in the same form.
 */
function backed(f: Figure, cell: string, before: Outcome, original: GridWorkbook): boolean {
  const v = Number(f.value);
  const near = (x: number | null | undefined) => typeof x === "number" && Math.abs(x - v) <= Math.max(5e-5, Math.abs(v) * 1e-9);
  const list = figureList(before.doc);
  if (cell === "-") return list.some((g) => g.format === f.format && near(Number(g.value)));
  if (list.some((g) => figureCell(g, FIGURES_ONLY_IDENTITY) === cell && near(Number(g.value)))) return true;
  const d = before.a.derived.find((x) => key(x) === cell);
  if (d && near(d.value)) return true;
  const [sheet, address] = [cell.slice(0, cell.lastIndexOf("!")), cell.slice(cell.lastIndexOf("!") + 1)];
  const at = parseA1(address);
  const n = at ? numberAt(original, { sheet, row: at.row, col: at.col }) : undefined;
  return near(n) || (f.format === "poin" && near(n === undefined ? n : Math.abs(n)));
}

const FIGURES_ONLY_IDENTITY: Mutation["back"] = (sheet, row, col) => ({ sheet, row, col });

/** The findings that are not info, as `CODE cell expected`, cells mapped back. */
function findingKeys(a: Analysis, back: Mutation["back"]): Set<string> {
  return new Set(
    a.findings
      .filter((f) => f.severity !== "info")
      .map((f) => `${f.code} ${f.sheet && f.row !== undefined ? key(back(f.sheet, f.row, f.col!)) : "-"} ${f.expected}`),
  );
}

function derivedKeys(a: Analysis, back: Mutation["back"]): Map<string, number | null> {
  return new Map(a.derived.map((d) => [key(back(d.sheet, d.row, d.col)), d.value]));
}

/** Whether the changed workbook gives the original's results: its cells, findings and narrative figures. */
function sameResults(before: Outcome, after: Outcome, m: Mutation): boolean {
  // A formula put into a derived cell is the user's: Hitung leaves it, so that cell is not compared.
  const mine = m.cell ? key(m.cell) : "";
  // Cells of a deleted row: the changed workbook cannot have them.
  const kept = (k: string) => !m.lost || !k.includes(`${m.lost.sheet}!`) || !new RegExp(`!\\$?[A-Z]+${m.lost.row + 1}\\b`).test(k);
  const d0 = new Map([...derivedKeys(before.a, FIGURES_ONLY_IDENTITY)].filter(([k]) => kept(k)));
  const d1 = derivedKeys(after.a, m.back);
  if (m.label.startsWith("formula")) {
    d0.delete(mine);
    d1.delete(mine);
  }
  const f0 = new Set([...findingKeys(before.a, FIGURES_ONLY_IDENTITY)].filter(kept));
  const f1 = findingKeys(after.a, m.back);
  const n0 = new Set([...figureKeys(before.doc, FIGURES_ONLY_IDENTITY)].filter(kept));
  const n1 = figureKeys(after.doc, m.back);
  return (
    d0.size === d1.size &&
    [...d0].every(([k, v]) => d1.get(k) === v) &&
    f0.size === f1.size &&
    [...f0].every((k) => f1.has(k)) &&
    n0.size === n1.size &&
    [...n0].every((k) => n1.has(k))
  );
}

/** The problems with one change's outcome, in words; empty when every rule holds. */
export function violations(before: Outcome, after: Outcome, m: Mutation, original: GridWorkbook): string[] {
  const out: string[] = [];
  // 1. Read the intended value, or report the cell (or, for a row, say something new).
  if (!sameResults(before, after, m)) {
    const old = findingKeys(before.a, FIGURES_ONLY_IDENTITY);
    const fresh = after.a.findings.filter(
      (f) => !old.has(`${f.code} ${f.sheet && f.row !== undefined ? key(m.back(f.sheet, f.row, f.col!)) : "-"} ${f.expected}`),
    );
    const atCell = m.cell
      ? after.a.findings.some((f) => f.sheet === m.cell!.sheet && f.row === m.cell!.row && f.col === m.cell!.col)
      : fresh.length > 0;
    if (!atCell) out.push(`results changed, but ${m.cell ? "no finding points at the cell" : "nothing new is reported"}`);
  }
  // 2. A value a finding proposes is its own cell's: the original's proposal there, or what the cell meant.
  const proposed0 = new Map(before.a.findings.filter((f) => typeof f.expected === "number").map((f) => [`${f.sheet}!${f.cell}`, f.expected]));
  const derived0 = derivedKeys(before.a, FIGURES_ONLY_IDENTITY);
  for (const f of after.a.findings) {
    if (typeof f.expected !== "number" || !f.sheet || f.row === undefined) continue;
    const w = m.back(f.sheet, f.row, f.col!);
    const k = key(w);
    const own = [proposed0.get(k), derived0.get(k), w ? numberAt(original, w) : undefined];
    const expected = f.expected;
    if (!own.some((v) => typeof v === "number" && Math.abs(v - expected) < 1e-9))
      out.push(`${f.code} at ${f.sheet}!${f.cell} proposes ${f.expected}, not its own cell's value`);
  }
  // 3. Hitung writes only cells that are derived in the original.
  for (const d of after.a.derived)
    if (d.changed && !derived0.has(key(m.back(d.sheet, d.row, d.col))))
      out.push(`Hitung writes ${d.sheet}!${d.address} (${d.what}), not a derived cell of the original`);
  // 4. The narrative states no figure the original does not stand behind.
  for (const f of figureList(after.doc)) {
    const cell = figureCell(f, m.back);
    if (!backed(f, cell, before, original)) out.push(`the narrative states ${f.format} ${f.value} @${cell}`);
  }
  return out;
}

/** The number a cell of the original holds (percentages as fractions), when it holds one. */
function numberAt(g: GridWorkbook, w: NonNullable<Where>): number | undefined {
  const s = g.sheets.find((x) => x.name === w.sheet);
  const c = s?.cells[w.row - s.top]?.[w.col - s.left];
  if (!c) return undefined;
  const p = parseValue(c.value, c.numFmt);
  return p.kind === "number" ? p.value.toNumber() : undefined;
}
