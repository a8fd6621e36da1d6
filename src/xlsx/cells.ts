// Cell addresses and cell values as SpreadsheetML stores them.
import { CellValue, formatTanggal } from "../core";

/** `AB12` → 0-based row and column; null when it is not an A1 address. */
export function parseRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i).replace(/^\$/, ""));
  if (!Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** The 0-based column of an A1 address (row digits ignored); -1 when it has none. */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) & ~32;
    if (ch < 65 || ch > 90) break;
    col = col * 26 + ch - 64;
  }
  return col - 1;
}

const DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** A date serial as year, month, day: the 1900 system (with Lotus's 29 February 1900) or the 1904 system. */
export function serialDate(
  serial: number,
  date1904: boolean,
): [number, number, number] | null {
  if (
    !Number.isFinite(serial) ||
    serial < (date1904 ? 0 : 1) ||
    serial >= 2958466
  )
    return null;
  let days = Math.floor(serial) + (date1904 ? 1462 : 0);
  if (!date1904 && days === 60) return [1900, 2, 29];
  if (!date1904 && days < 60) days += 1;
  const d = new Date(EPOCH_1900 + days * DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** An ISO 8601 date (`t="d"`): the date as the report writes it; null when it holds no calendar date. */
export function isoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return m ? formatTanggal(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export interface RawCell {
  /** The `t` attribute (`n` when absent). */
  type: string;
  /** `<v>` text; null when the cell has no `<v>`. */
  v: string | null;
  /** `<is>` text, for inline strings. */
  inline: string | null;
  formula: boolean;
  /** The cell's number format shows a date. */
  date: boolean;
}

export interface ValueContext {
  strings: string[] | null;
  date1904: boolean;
}

/**
 * The value the cell stores: its cached result for a formula exactly as saved (`0`, `""`, FALSE included); null
 * when there is none. A problem (a shared string that is not there) comes back as a string in `problem`.
 */
export function cellValue(
  c: RawCell,
  ctx: ValueContext,
): { value: CellValue; problem?: string } {
  const v = c.v;
  switch (c.type) {
    case "s": {
      if (v === null) return { value: null };
      const s = ctx.strings?.[Number(v)];
      return s === undefined
        ? { value: null, problem: `teks bersama nomor ${v} tidak ada` }
        : { value: s };
    }
    case "inlineStr":
      return { value: c.inline ?? v };
    case "str":
      return { value: v };
    case "b":
      return {
        value:
          v === null
            ? null
            : v.trim() === "1" || v.trim().toLowerCase() === "true",
      };
    case "e":
      return { value: v === null ? null : { error: v.trim() } };
    case "d":
      return { value: v === null ? null : (isoDate(v) ?? v) };
    default:
      return numberValue(c, ctx);
  }
}

function numberValue(
  c: RawCell,
  ctx: ValueContext,
): { value: CellValue; problem?: string } {
  const v = c.v;
  if (v === null || v.trim() === "") return { value: null };
  const n = Number(v);
  if (!Number.isFinite(n))
    return { value: v, problem: `angka "${v}" tidak dapat dibaca` };
  if (c.date) {
    const d = serialDate(n, ctx.date1904);
    if (d) return { value: formatTanggal(d[0], d[1], d[2]) };
  }
  return { value: n };
}
