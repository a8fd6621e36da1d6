// Dates as the cell shows them (spec §8): `Agustus 2024` for a cell formatted `mmmm yyyy`, `15 Juli 2024` for a
// day. The adapters hand a date either as Excel's serial number (Office.js) or as the day it stands for
// (`15 Juli 2024`, from a file); the cell's number format says how much of it the user shows.
import { BULAN, formatTanggal } from "./format";
import { CellValue } from "./grid";

export type DateGranularity = "day" | "month" | "year";

/** The format's date part, without literals (`"Rp"`, `\x`), colours and locales (`[$-421]`), and its first section. */
function bareFormat(numFmt: string): string {
  return numFmt
    .split(";")[0]
    .replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "")
    .toLowerCase();
}

// Formats repeat across a workbook (`#,##0` on every figure): each is looked at once.
const granularityOf = new Map<string, DateGranularity | null>();

/** How much of a date a number format shows; null when it is no date format (`#,##0`, `0.00%`, General). */
export function dateGranularity(
  numFmt: string | undefined,
): DateGranularity | null {
  if (!numFmt) return null;
  let g = granularityOf.get(numFmt);
  if (g === undefined) granularityOf.set(numFmt, (g = granularity(numFmt)));
  return g;
}

function granularity(numFmt: string): DateGranularity | null {
  if (/^(general|@)$/i.test(numFmt.trim())) return null;
  const f = bareFormat(numFmt);
  if (/[0#?%]/.test(f)) return null;
  const day = /d/.test(f);
  const year = /y|e/.test(f);
  // `m` is a month unless the format also shows hours or seconds (`h:mm`).
  const month = /m/.test(f) && !/[hs]/.test(f);
  if (day) return "day";
  if (month) return "month";
  return year ? "year" : null;
}

const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const WRITTEN = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/;

/** The calendar date a date cell holds: Excel's serial number, an ISO date, or the day an adapter wrote out. */
export function dateOf(value: CellValue): [number, number, number] | null {
  if (typeof value === "number") {
    // Serials from 1 March 1900 on (Excel's fictitious 29 February 1900 is serial 60).
    if (!Number.isFinite(value) || value < 61 || value >= 2958466) return null;
    const d = new Date(EPOCH_1900 + Math.floor(value) * DAY_MS);
    return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  }
  if (typeof value !== "string") return null;
  const iso = ISO.exec(value.trim());
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const w = WRITTEN.exec(value.trim());
  if (!w) return null;
  const month = BULAN.findIndex((b) => b.toLowerCase() === w[2].toLowerCase());
  return month < 0 ? null : [Number(w[3]), month + 1, Number(w[1])];
}

/** A date cell as the user sees it, in Indonesian: `15 Juli 2024`, `Agustus 2024`, `2024`; null when it is none. */
export function dateText(
  value: CellValue,
  numFmt: string | undefined,
): string | null {
  const g = dateGranularity(numFmt);
  const d = g ? dateOf(value) : null;
  if (!g || !d) return null;
  const [y, m, day] = d;
  if (g === "day") return formatTanggal(y, m, day);
  if (g === "month") return `${BULAN[m - 1]} ${y}`;
  return String(y);
}
