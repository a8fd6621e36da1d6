// Targets and realisasi as quantities: a value, its unit and the decimals written. Percent columns hold plain
// numbers too (67 means 67%); two quantities are the same at the precision the less precise one shows.
import Decimal from "decimal.js";
import { formatAngka, formatPersen } from "../format";
import { NumberParsed } from "../number";

export interface Qty {
  v: Decimal;
  unit: string;
  decimals: number;
  high?: Decimal;
}

const ZERO = new Decimal(0);
const PERCENT_LIMIT = new Decimal(1.5);

export const sum = (xs: (Decimal | null)[]) =>
  xs.reduce<Decimal>((acc, x) => (x ? acc.plus(x) : acc), ZERO);

/**
 * Plain numbers in a percent column: 67 means 67%, 0,67 means 67%. In a form that prints every percentage ×100
 * (`points`: wp-sipd's `0.1`, `44.52`), a plain number is always points: 0,1 means 0,1%.
 */
export function asPercent(n: NumberParsed, points = false): NumberParsed {
  if (n.unit === "%") return n;
  if (n.unit !== "") return n;
  return points || n.value.abs().gt(PERCENT_LIMIT)
    ? { ...n, value: n.value.div(100), high: n.high?.div(100), unit: "%" }
    : { ...n, unit: "%", decimals: Math.max(0, n.decimals - 2) };
}

export function toPct(q: Qty): Qty {
  const n = asPercent({
    kind: "number",
    value: q.v,
    unit: q.unit,
    decimals: q.decimals,
    high: q.high,
  });
  return { v: n.value, unit: n.unit, decimals: n.decimals, high: n.high };
}

const eqAt = (x: Decimal, y: Decimal, dec: number) =>
  x
    .toDecimalPlaces(dec, Decimal.ROUND_HALF_UP)
    .eq(y.toDecimalPlaces(dec, Decimal.ROUND_HALF_UP));

export function sameQty(a: Qty, b: Qty): boolean {
  const pa = a.unit === "%" || b.unit === "%" ? toPct(a) : a;
  const pb = a.unit === "%" || b.unit === "%" ? toPct(b) : b;
  if (pa.unit !== pb.unit && pa.unit !== "" && pb.unit !== "") return false;
  const dec = Math.min(pa.decimals, pb.decimals) + (pa.unit === "%" ? 2 : 0);
  return (
    eqAt(pa.v, pb.v, dec) &&
    (!pa.high || !pb.high ? !pa.high && !pb.high : eqAt(pa.high, pb.high, dec))
  );
}

export const showQty = (q: Qty) =>
  q.unit === "%"
    ? formatPersen(q.v) + (q.high ? `–${formatPersen(q.high)}` : "")
    : `${formatAngka(q.v)}${q.high ? "–" + formatAngka(q.high) : ""}${q.unit ? " " + q.unit : ""}`;

/** The value a finding expects: a percentage to four places of its fraction, a count as it is. */
export function qtyExpected(q: Qty): number {
  return q.unit === "%"
    ? q.v.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber()
    : q.v.toNumber();
}

/** The mean of the sub kegiatan's kinerja, as a percentage; null unless each is known. */
export function deriveMeanOf(ks: (Decimal | null)[]): Qty | null {
  if (ks.length === 0 || ks.some((k) => k === null)) return null;
  return { v: sum(ks).div(ks.length), unit: "%", decimals: 2 };
}
