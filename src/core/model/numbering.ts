// Row numbers as reports write them (spec §3, §9): a sasaran `1.`, `1)`, `1`; a sub kegiatan `1.a`, `1.1`, `1.i`,
// or within its sasaran `a.`, `1)`, `ii`. Which sub kegiatan a number names is decided per sasaran, from all of
// its numbers at once: `1.h, 1.i, 1.j` are letters (h and j are no roman numerals), `1.i, 1.ii, 1.iii` are roman.

// `1.`, `1`, `1)` → sasaran 1.
const SASARAN_NO = /^(\d+)\s*[.)]?$/;
// `1.a`, `1a`, `1.a.`, `1.1`, `1.ii`, `1)a` → sasaran 1 and its sub kegiatan's token (digits only after a
// separator: `10.` is sasaran 10, not sub kegiatan 0 of sasaran 1).
const SUB_NO = /^(\d+)\s*(?:[.)]\s*(\d+)|[.)]?\s*([a-z]+))\s*[.)]?$/i;
// `a.`, `b)`, `ii.`, `(c)` → a sub kegiatan of the sasaran the rows are under.
const OWN_NO = /^\(?([a-z]{1,6})\s*[.)]$|^\(([a-z]{1,6})\)$|^([a-z])$/i;
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_DIGITS: Record<string, number> = { i: 1, v: 5, x: 10 };

export function sasaranNumber(no: string): number | null {
  const m = SASARAN_NO.exec(no);
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}

/** A sub kegiatan's number as written: its sasaran (when the number names one) and its token (`c`, `ii`, `3`). */
export interface SubNumber {
  owner: number | null;
  token: string;
}

/** `1.a` → owner 1, token `a`; `a.` → token `a`; null when the text is no sub kegiatan number. */
export function subNumber(no: string): SubNumber | null {
  const sub = SUB_NO.exec(no);
  if (sub && Number(sub[1]) > 0)
    return { owner: Number(sub[1]), token: (sub[2] ?? sub[3]).toLowerCase() };
  const own = OWN_NO.exec(no);
  if (own)
    return { owner: null, token: (own[1] ?? own[2] ?? own[3]).toLowerCase() };
  return null;
}

function romanValue(token: string): number | null {
  if (token === "" || !ROMAN.test(token)) return null;
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = ROMAN_DIGITS[token[i]];
    const next = ROMAN_DIGITS[token[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * The 0-based place each token names within one sasaran, or null for a token that names none. Digits count
 * from 1; letters are roman numerals when every letter token of the sasaran is one (`i, ii, iii`; a lone `i`),
 * else letters of the alphabet (`h, i, j`: h and j are no roman numerals, so `i` is the ninth).
 */
export function subIndices(tokens: string[]): (number | null)[] {
  const letters = tokens.filter((t) => /^[a-z]+$/.test(t));
  const roman =
    letters.length > 0 && letters.every((t) => romanValue(t) !== null);
  return tokens.map((t) => {
    if (/^\d+$/.test(t)) return Number(t) > 0 ? Number(t) - 1 : null;
    if (roman) return romanValue(t)! - 1;
    return t.length === 1 ? t.charCodeAt(0) - 97 : null;
  });
}
