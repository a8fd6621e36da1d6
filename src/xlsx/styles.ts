// styles.xml as the reader needs it: each cell style's number format code, and which codes are dates.
import { Tag, attrs, elementEnd, nextTag } from "./xml";

/** The built-in number formats (ECMA-376 Part 1, 18.8.30) that have a fixed code. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Ids whose code depends on the locale: East Asian date formats (27–36, 50–58); read as a date. */
const LOCALE_DATE_IDS = new Set([
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
const LOCALE_DATE_CODE = "yyyy-mm-dd";

export interface Styles {
  /** Per cellXfs index: the number format code. */
  formats: string[];
  /** Per cellXfs index: the format shows a date (a number cell there is a date). */
  dates: boolean[];
  /** Custom numFmt id → code. */
  custom: Map<number, string>;
}

export const NO_STYLES: Styles = { formats: [], dates: [], custom: new Map() };

/** A code shows a calendar date: day, month or year tokens outside quotes, escapes and `[…]` sections. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .split(";")[0]
    .replace(/"[^"]*"|\\.|_.|\*./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/^general$/i.test(bare.trim()) || bare.includes("@")) return false;
  if (/[dy]/i.test(bare)) return true;
  // `m` is a month unless it stands next to hours or seconds (then it is minutes): `mm:ss` and `h:mm` are times.
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

export function formatCode(id: number, custom: Map<number, string>): string {
  return (
    custom.get(id) ??
    BUILTIN_FORMATS[id] ??
    (LOCALE_DATE_IDS.has(id) ? LOCALE_DATE_CODE : "General")
  );
}

function children(
  xml: string,
  open: Tag,
  name: string,
  each: (t: Tag) => void,
): void {
  const { end } = elementEnd(xml, open);
  for (
    let t = nextTag(xml, open.end);
    t && t.start < end;
    t = nextTag(xml, t.end)
  ) {
    if (t.name === name && t.kind !== "close") {
      each(t);
      if (t.kind === "open") t = { ...t, end: elementEnd(xml, t).end };
    }
  }
}

export function parseStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  const formats: string[] = [];
  const dates: boolean[] = [];
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.kind === "close") continue;
    if (t.name === "numFmts")
      children(xml, t, "numFmt", (f) => {
        const a = attrs(xml, f);
        custom.set(Number(a.numFmtId), a.formatCode ?? "General");
      });
    else if (t.name === "cellXfs") {
      children(xml, t, "xf", (x) => {
        const id = Number(attrs(xml, x).numFmtId ?? 0);
        const code = formatCode(id, custom);
        formats.push(code);
        dates.push(LOCALE_DATE_IDS.has(id) || isDateFormat(code));
      });
      break;
    }
  }
  return { formats, dates, custom };
}
