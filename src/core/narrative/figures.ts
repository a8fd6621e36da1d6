// Figures in the narrative: made with their value and cell, written out once the whole text is known, so that
// every percentage in one text has the same number of decimals (67,00% next to 22,22%, never 67% next to 22,22%).
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
): Figure {
  // Literal objects, no spread: one shape per kind of figure.
  const f: Figure = unit
    ? {
        kind: "figure",
        text: "",
        value: value.toString(),
        source: source ?? null,
        format,
        unit,
      }
    : {
        kind: "figure",
        text: "",
        value: value.toString(),
        source: source ?? null,
        format,
      };
  exact.set(f, value);
  return f;
}

const valueOf = (f: Figure): Decimal =>
  exact.get(f) ?? new Decimal(f.value ?? 0);

export const rupiah = (v: Decimal, source?: CellRef) =>
  make(v, "rupiah", source);
/** A fraction shown as a percentage. */
export const persen = (v: Decimal, source?: CellRef) =>
  make(v, "persen", source);
/** A difference of two fractions, shown in percentage points (without the word). */
export const poin = (v: Decimal, source?: CellRef) =>
  make(v.abs(), "poin", source);
/** A quantity with its unit (`3 dokumen`, `95,56 persen`). */
export const angka = (v: Decimal, unit: string, source?: CellRef) =>
  make(v, "angka", source, unit);

/** `95,56` with exactly `decimals` decimals. */
export function fixed(
  d: Decimal,
  decimals: number,
  mode: Decimal.Rounding = Decimal.ROUND_HALF_UP,
): string {
  return written(d.toDecimalPlaces(decimals, mode), decimals);
}

/** `fixed` of a value already rounded to `decimals`. */
function written(r: Decimal, decimals: number): string {
  const neg = r.isNegative() && !r.isZero();
  const [i, f] = r.abs().toFixed(decimals).split(".");
  return (neg ? "-" : "") + groupThousands(i) + (f ? "," + f : "");
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

/** Hundredths a figure is shown in, for the decimals check: percentages ×100, quantities in persen as they are. */
function shown(f: Figure): Decimal | null {
  if (f.value === null) return null;
  const v = valueOf(f);
  if (f.format === "persen" || f.format === "poin") return v.times(100);
  if (f.format === "angka" && isPercentUnit(f.unit)) return v;
  return null;
}

/** Writes every figure's text; all percentages (and quantities in persen) get the same decimals: 2 if any needs them. */
export function finalizeFigures(doc: NarrativeDocument): void {
  const all: Figure[] = [];
  for (const s of doc.sections) figuresOf(s.blocks, all);
  // Figures repeat (50%, 0%): one text per format, unit and value, worked out once (at its first figure).
  const firstOf: number[] = [];
  // Keyed by format (and unit), then by value: no key string built per figure.
  const seen = new Map<string, Map<string, number>>();
  for (let k = 0; k < all.length; k++) {
    const f = all[k];
    if (f.value === null || !MEMO_FORMATS.has(f.format as string)) {
      firstOf.push(k);
      continue;
    }
    const group = f.unit ? `${f.format}|${f.unit}` : (f.format as string);
    let byValue = seen.get(group);
    if (!byValue) seen.set(group, (byValue = new Map()));
    const at = byValue.get(f.value);
    if (at === undefined) byValue.set(f.value, k);
    firstOf.push(at ?? k);
  }
  // Each figure's shown hundredths, computed once for the decimals check and the writing.
  const hundredths: (Decimal | null)[] = [];
  let decimals = 0;
  for (let k = 0; k < all.length; k++) {
    const v = firstOf[k] === k ? shown(all[k]) : null;
    hundredths.push(v);
    if (
      decimals === 0 &&
      v !== null &&
      !v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).isInteger()
    )
      decimals = 2;
  }
  for (let k = 0; k < all.length; k++) {
    const j = firstOf[k];
    all[k].text =
      j === k ? textOf(all[k], decimals, hundredths[k]) : all[j].text;
  }
}

/** Formats whose text depends only on the value, unit and decimals. */
const MEMO_FORMATS = new Set<string>(["rupiah", "persen", "poin", "angka"]);
/** A whole number as decimal.js writes it. */
const WHOLE = /^(?:-?[1-9]\d*|0)$/;

export function textOf(
  f: Figure,
  decimals: number,
  /** `shown(f)` when already computed. */
  hundredths: Decimal | null = null,
): string {
  const v = valueOf(f);
  switch (f.format) {
    case "rupiah":
      // A whole amount straight from its digits: formatRupiah's text without the Decimal work.
      if (f.value !== null && WHOLE.test(f.value))
        return f.value[0] === "-"
          ? "-Rp " + groupThousands(f.value.slice(1))
          : "Rp " + groupThousands(f.value);
      return formatRupiah(v);
    case "persen": {
      const p = hundredths ?? v.times(100);
      const r = p.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
      // Never round a fraction below 1 up to 100%, nor above 0 down to 0%.
      const s =
        v.gt(0) && r.isZero()
          ? fixed(p, decimals, Decimal.ROUND_UP)
          : v.lt(1) && r.gte(100)
            ? fixed(p, decimals, Decimal.ROUND_DOWN)
            : written(r, decimals);
      return `${s}%`;
    }
    case "poin":
      return fixed(hundredths ?? v.times(100), decimals);
    case "angka":
      if (isPercentUnit(f.unit))
        return `${fixed(v, decimals)} ${f.unit === "%" ? "persen" : f.unit}`;
      // An index is said with its word first: `nilai 88,95`, `indeks 3,25`.
      if (f.unit && PREFIX_UNIT.test(f.unit))
        return `${f.unit} ${fixed(v, v.isInteger() ? 0 : Math.min(2, v.decimalPlaces()))}`;
      return `${fixed(v, v.isInteger() ? 0 : Math.min(2, v.decimalPlaces()))}${f.unit ? " " + f.unit : ""}`;
    default:
      return f.text || v.toString();
  }
}
