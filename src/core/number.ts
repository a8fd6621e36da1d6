// Reading numbers the way Indonesian reports write them: 102.855.000, Rp 600.000,-, 22,22%, 4 Dokumen.
import Decimal from "decimal.js";
import { dateText } from "./dates";
import { CellValue, GridCell, isExcelError } from "./grid";

export { Decimal };

export type Parsed =
  | { kind: "empty" }
  | { kind: "dash" }
  | { kind: "error"; code: string }
  | {
      kind: "number";
      value: Decimal;
      /** `%` for percentages (value is a fraction), `rp` for rupiah, a lower-case word for units, or "". */
      unit: string;
      /** Digits after the decimal separator as written: the precision to compare at (for % in percent points). */
      decimals: number;
      /** A range target such as `5,80–6,00` (value is the lower bound). */
      high?: Decimal;
      /** Written with English separators (`1,004,422,800`, `1,234.50`): read, and said once (spec §9). */
      english?: boolean;
      /** A unit word that scaled the figure (`Rp 0,6 juta` → 600000, scale `juta`): read, and said (spec §4). */
      scale?: string;
    }
  | {
      kind: "malformed";
      text: string;
      /** plausible readings, for the message */ readings: Decimal[];
      /** A word after `Rp` that is no unit of money (`Rp 5 jutaan`): the figure is not read (spec §4). */
      word?: string;
    }
  | { kind: "text"; text: string };

export type NumberParsed = Extract<Parsed, { kind: "number" }>;

const EXCEL_ERRORS =
  /^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

// Regular expressions of the hot paths, compiled once (a literal inside a function is a new object per call).
const UNCLEAN = /[\u00a0\u2007\u202f\s]{2}|[\u00a0\u2007\u202f\t\r\n]|^\s|\s$/;
const WORD_SPACES = /[\u00a0\u2007\u202f\t\r\n]+/g;
const SPACES = /\s+/g;
const DIGITS_AND_SEPARATORS = /^\d[\d.,]*$/;
const INTEGER = /^\d+$/;
const GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
const DOTS = /\./g;
const DECIMAL_COMMA = /^(\d+),(\d+)$/;
const DECIMAL_POINT = /^(\d+)\.(\d{1,2})$/;
const SEPARATORS = /[.,]/g;
const MAY_BE_NUMBER = /[\d#\-–—]/;
const GROUPED_INTEGER = /^\d{1,3}(?:\.\d{3})+$/;
const WHOLE_PERCENT = /^\d{1,3}%$/;
const DASH = /^[-–—]$/;
const BRACKETED = /^\(.*\)$/;
const LEADING_MINUS = /^-\s*\S/;
const MINUS_PREFIX = /^-\s*/;
const RP_PREFIX = /^rp\.?\s*/i;
const MINUS_DIGIT = /^-\s*\d/;
const DASH_SUFFIX = /,\s*-+$/;
const DOT_DASH_SUFFIX = /\.-$/;
const RP_UNIT = /^rp\.?$/;
// Unambiguous English: two or more comma groups of three digits, or comma groups with a decimal point.
const ENGLISH =
  /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+\.\d{1,2}$/;
const COMMAS = /,/g;
// `n/a`, `N/A`, `na`: the report says there is no figure (like a lone dash).
const NOT_AVAILABLE = /^\s*n\s*\/?\s*a\s*$/i;

/** Normalises the white space a paste from Word brings (NBSP, tabs, line breaks). */
export function cleanText(s: string): string {
  // Fast path: most cells are already clean.
  if (!UNCLEAN.test(s)) return s;
  return s.replace(WORD_SPACES, " ").replace(SPACES, " ").trim();
}

/** Decimals a number format shows: `0.00%` → 2, `#,##0` → 0; null for General. */
export function formatDecimals(numFmt: string | undefined): number | null {
  if (!numFmt || /^general$/i.test(numFmt)) return null;
  const first = numFmt.split(";")[0].replace(/"[^"]*"/g, "");
  const m = /\.([0#?]+)/.exec(first);
  return m ? m[1].length : 0;
}

export function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /%/.test(numFmt.split(";")[0].replace(/"[^"]*"/g, ""));
}

function decimalsOf(d: Decimal): number {
  return Math.max(0, d.decimalPlaces());
}

function fromNumberCell(n: number, numFmt: string | undefined): Parsed {
  if (!Number.isFinite(n)) return { kind: "error", code: "#NUM!" };
  const value = new Decimal(n);
  const percent = isPercentFormat(numFmt);
  const fmtDec = formatDecimals(numFmt);
  const shown = percent ? value.times(100) : value;
  const decimals = fmtDec ?? Math.min(decimalsOf(shown), 10);
  return { kind: "number", value, unit: percent ? "%" : "", decimals };
}

// One number as Indonesians write it; returns the value and the decimals written, or a malformed reading.
type NumRead =
  | { ok: true; value: Decimal; decimals: number; english?: boolean }
  | { ok: false; readings: Decimal[] };

function readNumber(s: string, money: boolean): NumRead | null {
  if (!DIGITS_AND_SEPARATORS.test(s)) return null;
  if (INTEGER.test(s)) return { ok: true, value: new Decimal(s), decimals: 0 };
  if (s.length > 6 && ENGLISH.test(s)) {
    const dot = s.indexOf(".");
    return {
      ok: true,
      value: new Decimal(s.replace(COMMAS, "")),
      decimals: dot < 0 ? 0 : s.length - dot - 1,
      english: true,
    };
  }
  // 1.234.567 and 1.234.567,50: dots group thousands, comma is the decimal point.
  let m = GROUPED.exec(s);
  if (m)
    return {
      ok: true,
      value: new Decimal(m[1].replace(DOTS, "") + (m[2] ? "." + m[2] : "")),
      decimals: m[2]?.length ?? 0,
    };
  // 1234,5 (decimal comma). A money figure with exactly three digits after one comma (600,000) is ambiguous.
  m = DECIMAL_COMMA.exec(s);
  if (m) {
    if (money && m[2].length === 3) {
      return {
        ok: false,
        readings: [new Decimal(m[1] + m[2]), new Decimal(`${m[1]}.${m[2]}`)],
      };
    }
    return {
      ok: true,
      value: new Decimal(`${m[1]}.${m[2]}`),
      decimals: m[2].length,
    };
  }
  // 22.22 (one dot followed by one or two digits is a decimal point, as the seed writes percentages).
  m = DECIMAL_POINT.exec(s);
  if (m) return { ok: true, value: new Decimal(s), decimals: m[2].length };
  // Anything else made of digits and separators (22.90.000, 1,234,567) cannot be read unambiguously.
  const digits = s.replace(SEPARATORS, "");
  return { ok: false, readings: digits ? [new Decimal(digits)] : [] };
}

const NUM = String.raw`\d[\d.,]*`;
const RANGE_RE = new RegExp(
  String.raw`^(${NUM})\s*(?:-|–|—|s\.?\s?d\.?)\s*(${NUM})\s*(%?)$`,
  "i",
);
const UNIT_RE = new RegExp(
  String.raw`^(${NUM})\s*(%|[a-zA-Z][a-zA-Z./ ]{0,40})?$`,
);

const signed = (d: Decimal, negative: boolean) => (negative ? d.negated() : d);

/**
 * Number words that scale a figure wherever it stands (`600 ribu`, `0,6 juta`, `1,2 miliar`), and the letters that
 * do so only in an amount of money (`Rp 1,2 M`, or `1,2 M` in a Pagu column): `M` alone may be metres elsewhere.
 */
const SCALE_WORDS: Record<string, number> = {
  ribu: 3,
  rb: 3,
  juta: 6,
  jt: 6,
  miliar: 9,
  milyar: 9,
  triliun: 12,
};
const MONEY_SCALE_LETTERS: Record<string, number> = { m: 9 };
/** `jt.`, `rb.`, `juta rupiah`: the scale word without its full stop or a trailing `rupiah`. */
const SCALE_WORD = /^([a-z]+)\.?(?:\s+rupiah)?$/;

/** The power of ten a unit word scales by; null when it is no scale word (or, outside money, only a letter). */
export function scaleOf(unit: string, money: boolean): number | null {
  const m = SCALE_WORD.exec(unit);
  if (!m) return null;
  return (
    SCALE_WORDS[m[1]] ?? (money ? (MONEY_SCALE_LETTERS[m[1]] ?? null) : null)
  );
}

/** A figure scaled by its unit word: the value times 10^power, its written decimals shifted with it. */
export function scaled(
  n: NumberParsed,
  power: number,
  word: string,
  money: boolean,
): NumberParsed {
  return {
    kind: "number",
    value: n.value.times(new Decimal(10).pow(power)),
    unit: money ? "rp" : "",
    decimals: Math.max(0, n.decimals - power),
    scale: word,
  };
}

/** A text with no digit, dash or `#`: empty, `n/a` (no figure, like a dash), or a word. */
function parseWord(raw: string): Parsed {
  if (raw.trim() === "") return { kind: "empty" };
  return raw.length <= 6 && NOT_AVAILABLE.test(raw)
    ? { kind: "dash" }
    : { kind: "text", text: cleanText(raw) };
}

/** A figure without its sign and currency: `(1.000)`, `-5`, `Rp 600.000,-`, `Rp. -5`, `600.000,00`. */
interface Bare {
  s: string;
  negative: boolean;
  money: boolean;
}

function bareFigure(cleaned: string): Bare {
  let s = cleaned;
  let negative = false;
  let money = false;
  // Accounting brackets and a leading minus.
  if (BRACKETED.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (LEADING_MINUS.test(s)) {
    negative = true;
    s = s.replace(MINUS_PREFIX, "");
  }
  if (RP_PREFIX.test(s)) {
    money = true;
    s = s.replace(RP_PREFIX, "");
    if (MINUS_DIGIT.test(s)) {
      negative = !negative;
      s = s.replace(MINUS_PREFIX, "");
    }
  }
  s = s.replace(DASH_SUFFIX, "").replace(DOT_DASH_SUFFIX, "");
  return { s, negative, money };
}

/** A range target such as `5,80–6,00` or `80 s.d. 90%`: the lower bound as the value, the upper as `high`. */
function parseRange(s: string): Parsed | null {
  const range = RANGE_RE.exec(s);
  if (!range) return null;
  const lo = readNumber(range[1], false);
  const hi = readNumber(range[2], false);
  if (!lo?.ok || !hi?.ok) return null;
  const pct = range[3] === "%";
  const scale = (d: Decimal) => (pct ? d.div(100) : d);
  return {
    kind: "number",
    value: scale(lo.value),
    high: scale(hi.value),
    unit: pct ? "%" : "",
    decimals: Math.max(lo.decimals, hi.decimals),
  };
}

/** A number with its unit: `22,22%`, `4 Dokumen`, `600.000 Rp`; text when it is not one, malformed when unreadable. */
function parseWithUnit(raw: string, bare: Bare): Parsed {
  const m = UNIT_RE.exec(bare.s);
  if (!m) return { kind: "text", text: cleanText(raw) };
  let unit = (m[2] ?? "").trim().toLowerCase().replace(SPACES, " ");
  let money = bare.money;
  if (RP_UNIT.test(unit)) {
    unit = "";
    money = true;
  }
  const n = readNumber(m[1], money || unit === "");
  if (!n) return { kind: "text", text: cleanText(raw) };
  if (!n.ok) {
    // `Rp 5,995 juta`: each reading with its unit word's scale (5.995.000.000 or 5.995.000).
    const factor = new Decimal(10).pow(scaleOf(unit, money) ?? 0);
    return {
      kind: "malformed",
      text: cleanText(raw),
      readings: n.readings.map((d) => signed(d.times(factor), bare.negative)),
    };
  }
  const value = signed(n.value, bare.negative);
  const wordRead = unitWord(raw, unit, money, value, n.decimals);
  if (wordRead) return wordRead;
  if (unit === "%")
    return {
      kind: "number",
      value: value.div(100),
      unit: "%",
      decimals: n.decimals,
    };
  // Literal objects (no spread): every number keeps one shape on the hot path.
  if (n.english)
    return {
      kind: "number",
      value,
      unit: money ? "rp" : unit,
      decimals: n.decimals,
      english: true,
    };
  return {
    kind: "number",
    value,
    unit: money ? "rp" : unit,
    decimals: n.decimals,
  };
}

/**
 * A unit word after the figure: a scale word multiplies it (`0,6 juta`); after `Rp`, any other word is not
 * certain (`Rp 5 jutaan`, `Rp 600 dokumen`) and the figure is not read. Null when there is no word to handle.
 */
function unitWord(
  raw: string,
  unit: string,
  money: boolean,
  value: Decimal,
  decimals: number,
): Parsed | null {
  if (unit === "" || unit === "%") return null;
  const power = scaleOf(unit, money);
  const n: NumberParsed = { kind: "number", value, unit: "", decimals };
  if (power !== null) return scaled(n, power, unit, money);
  return money
    ? { kind: "malformed", text: cleanText(raw), readings: [], word: unit }
    : null;
}

/** Parses a text the way a finance officer reads it. */
export function parseText(raw: string): Parsed {
  // Names and other words (no digit, no dash, no #): text, without the regex work below.
  if (!MAY_BE_NUMBER.test(raw)) return parseWord(raw);
  // Fast paths for the figures that fill most cells: 102.855.000 and 67%.
  if (GROUPED_INTEGER.test(raw))
    return {
      kind: "number",
      value: new Decimal(raw.replace(DOTS, "")),
      unit: "",
      decimals: 0,
    };
  if (WHOLE_PERCENT.test(raw))
    return {
      kind: "number",
      value: new Decimal(raw.slice(0, -1)).div(100),
      unit: "%",
      decimals: 0,
    };
  const s = cleanText(raw);
  if (s === "") return { kind: "empty" };
  if (DASH.test(s)) return { kind: "dash" };
  if (EXCEL_ERRORS.test(s)) return { kind: "error", code: s.toUpperCase() };
  const bare = bareFigure(s);
  return (
    (bare.money || bare.negative ? null : parseRange(bare.s)) ??
    parseWithUnit(raw, bare)
  );
}

export function parseValue(value: CellValue, numFmt?: string): Parsed {
  if (value === null || value === undefined) return { kind: "empty" };
  if (isExcelError(value)) return { kind: "error", code: value.error };
  if (typeof value === "number") return fromNumberCell(value, numFmt);
  if (typeof value === "boolean")
    return { kind: "text", text: value ? "TRUE" : "FALSE" };
  return parseText(value);
}

/** The `code` of a formula that has no cached result: its value is unknown, never read as empty (spec §4). */
export const NO_RESULT = "=?";

/** A formula saved without its result (by a program that does not calculate): no value is known. */
export function noCachedResult(cell: GridCell | null | undefined): boolean {
  return !!cell?.formula && cell.value === null;
}

export function parseCell(cell: GridCell | undefined): Parsed {
  if (!cell) return { kind: "empty" };
  if (noCachedResult(cell)) return { kind: "error", code: NO_RESULT };
  return parseValue(cell.value, cell.numFmt);
}

/** The cell's content as the user sees it, for messages and for the `actual` field. */
export function displayText(cell: GridCell | undefined): string {
  if (!cell) return "";
  // A date at the granularity its format shows, in Indonesian (never Excel's English `August 2024`).
  const date = cell.numFmt ? dateText(cell.value, cell.numFmt) : null;
  if (date) return date;
  if (cell.text !== undefined && cell.text !== "") return cleanText(cell.text);
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (isExcelError(v)) return v.error;
  if (typeof v === "number") {
    if (isPercentFormat(cell.numFmt)) {
      const dec = formatDecimals(cell.numFmt) ?? 2;
      return formatPercentPlain(new Decimal(v), dec);
    }
    return String(v);
  }
  return cleanText(String(v));
}

function formatPercentPlain(fraction: Decimal, decimals: number): string {
  return (
    fraction
      .times(100)
      .toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
      .toFixed(decimals)
      .replace(".", ",") + "%"
  );
}

/** Two figures are the same when they agree at the precision the written one shows. */
export function sameAtPrecision(
  written: NumberParsed,
  computed: Decimal,
): boolean {
  if (written.unit === "%") {
    const shown = written.value.times(100);
    const want = computed
      .times(100)
      .toDecimalPlaces(written.decimals, Decimal.ROUND_HALF_UP);
    return shown
      .toDecimalPlaces(written.decimals, Decimal.ROUND_HALF_UP)
      .eq(want);
  }
  return written.value
    .toDecimalPlaces(written.decimals, Decimal.ROUND_HALF_UP)
    .eq(computed.toDecimalPlaces(written.decimals, Decimal.ROUND_HALF_UP));
}
