// Figures in the narrative: made with their value and cell, written out once the whole text is known. Precision
// (spec §8): a percentage the workbook shows keeps the precision it shows (`67%`, `22,22%`, `66,7 persen`); a
// computed one has two decimals, and none when it is whole (`100%`, never `100,00%`). The report's tables and
// charts write percentages with the same functions, so every output states a figure the same way.
import Decimal from "decimal.js";
import { formatRupiah, groupThousands } from "../format";
import { Block, CellRef, Inline, NarrativeDocument } from "./document";

type Figure = Extract<Inline, { kind: "figure" }>;

/** The exact value behind each figure made here, so writing it out does not parse its string again. */
const exact = new WeakMap<Figure, Decimal>();

function make(
  value: Decimal,
  format: NonNullable<Figure["format"]>,
  source?: CellRef,
  unit?: string,
  decimals?: number,
): Figure {
  // One literal shape for every figure (unit and decimals present even when undefined): fast to make.
  const f: Figure = {
    kind: "figure",
    text: "",
    value: value.toString(),
    source: source ?? null,
    format,
    unit,
    decimals,
  };
  exact.set(f, value);
  return f;
}

const valueOf = (f: Figure): Decimal =>
  exact.get(f) ?? new Decimal(f.value ?? 0);

export const rupiah = (v: Decimal, source?: CellRef) =>
  make(v, "rupiah", source);
/** A fraction shown as a percentage; `decimals` when the workbook shows it at that precision. */
export const persen = (v: Decimal, source?: CellRef, decimals?: number) =>
  make(v, "persen", source, undefined, decimals);
/** A difference of two fractions, shown in percentage points (without the word). */
export const poin = (v: Decimal, source?: CellRef) =>
  make(v.abs(), "poin", source);
/** A quantity with its unit (`3 dokumen`, `95,56 persen`), at the decimals written. */
export const angka = (
  v: Decimal,
  unit: string,
  source?: CellRef,
  decimals?: number,
) => make(v, "angka", source, unit, decimals);

/** `95,56` with exactly `decimals` decimals. */
export function fixed(
  d: Decimal,
  decimals: number,
  mode: Decimal.Rounding = Decimal.ROUND_HALF_UP,
): string {
  const r = d.toDecimalPlaces(decimals, mode);
  const neg = r.isNegative() && !r.isZero();
  const [i, f] = r.abs().toFixed(decimals).split(".");
  return (neg ? "-" : "") + groupThousands(i) + (f ? "," + f : "");
}

/** A computed figure (in hundredths or a quantity): two decimals, none when whole. */
const computedDecimals = (v: Decimal) =>
  v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).isInteger() ? 0 : 2;

/**
 * A fraction as a percentage: at `decimals` when the workbook shows it so, else two decimals and none when
 * whole. Never rounds a fraction below 1 up to 100%, nor one above 0 down to 0%.
 */
export function persenText(v: Decimal, decimals: number | null = null): string {
  const p = v.times(100);
  let d = decimals ?? computedDecimals(p);
  let r = p.toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
  const up = v.gt(0) && r.isZero();
  const down = v.lt(1) && r.gte(100);
  if ((up || down) && decimals === null) {
    d = 2;
    r = p.toDecimalPlaces(d, Decimal.ROUND_HALF_UP);
  }
  if (v.gt(0) && r.isZero()) return `${fixed(p, d, Decimal.ROUND_UP)}%`;
  if (v.lt(1) && r.gte(100)) return `${fixed(p, d, Decimal.ROUND_DOWN)}%`;
  return `${fixed(p, d)}%`;
}

/** Percentage points of a difference of fractions (0.6063 → `60,63`), without the word. */
export function poinText(v: Decimal): string {
  const p = v.times(100);
  return fixed(p, computedDecimals(p));
}

const PREFIX_UNIT = /^(nilai|indeks|skor|poin|angka|level|predikat)$/i;
const isPercentUnit = (u?: string) => !!u && /^(%|persen|prosen)$/i.test(u);

function figuresOf(blocks: Block[], out: Figure[]): void {
  for (const b of blocks) {
    if (b.kind === "paragraph") {
      for (const i of b.content) if (i.kind === "figure") out.push(i);
    } else if (b.kind === "list")
      for (const item of b.items) figuresOf(item, out);
  }
}

/**
 * Decimals a cell shows for this value (`Tabel 3.1!F5` showing 67%: 0); null where the figure counts as
 * computed, also a figure put right from other tables whose value the cell does not hold.
 */
export type ShownDecimals = (source: CellRef, value: Decimal) => number | null;

/** Writes every figure's text, each at its own precision (see the top of this file). */
export function finalizeFigures(
  doc: NarrativeDocument,
  shown: ShownDecimals = () => null,
): void {
  const all: Figure[] = [];
  for (const s of doc.sections) figuresOf(s.blocks, all);
  // Figures repeat (0%, Rp 2.750.000): each text is worked out once per format, unit, decimals and value.
  const memo = new Map<string, Map<string | null, string>>();
  for (const f of all) {
    const decimals =
      f.decimals ?? (f.source ? shown(f.source, valueOf(f)) : null);
    const group = `${f.format}|${f.unit ?? ""}|${decimals ?? ""}`;
    let byValue = memo.get(group);
    if (!byValue) memo.set(group, (byValue = new Map()));
    let text = byValue.get(f.value);
    if (text === undefined) byValue.set(f.value, (text = textOf(f, decimals)));
    f.text = text;
  }
}

/** A quantity: at its written decimals, else as many as it has (two at most). */
function quantityText(v: Decimal, decimals: number | null): string {
  return fixed(
    v,
    decimals ?? (v.isInteger() ? 0 : Math.min(2, v.decimalPlaces())),
  );
}

export function textOf(f: Figure, decimals: number | null = null): string {
  const v = valueOf(f);
  switch (f.format) {
    case "rupiah":
      return formatRupiah(v);
    case "persen":
      return persenText(v, decimals);
    case "poin":
      return poinText(v);
    case "angka":
      if (isPercentUnit(f.unit))
        return `${quantityText(v, decimals)} ${f.unit === "%" ? "persen" : f.unit}`;
      // An index is said with its word first: `nilai 88,95`, `indeks 3,25`.
      if (f.unit && PREFIX_UNIT.test(f.unit))
        return `${f.unit} ${quantityText(v, decimals)}`;
      return `${quantityText(v, decimals)}${f.unit ? " " + f.unit : ""}`;
    default:
      return f.text || v.toString();
  }
}
