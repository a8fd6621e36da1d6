// The number format a derived cell gets: the user's own when it fits the value, else one keeping the precision
// the cell was written with, else the tool's (format.ts).
import {
  DerivedKind,
  FORMAT_PERSEN,
  FORMAT_POIN,
  FORMAT_UANG,
} from "../format";
import { NumberParsed, isPercentFormat } from "../number";

/** Number formats a derived cell may keep: a percent format for percentages, a number format for money. */
export function compatibleFormat(
  numFmt: string | undefined,
  kind: DerivedKind,
): boolean {
  if (!numFmt || /^(general|@)$/i.test(numFmt.trim())) return false;
  // Points: the user's own format that says poin (not a percent format: 60,63 is not 6063%).
  if (kind === "poin") return /poin/i.test(numFmt) && !isPercentFormat(numFmt);
  const bare = numFmt.split(";")[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  if (!/[0#]/.test(bare)) return false;
  if (kind === "persen") return isPercentFormat(numFmt);
  // Money: digits, not a percent and not a date or time.
  return !isPercentFormat(numFmt) && !/[dmyhs]/i.test(bare);
}

/** The format a derived cell gets: the user's compatible one, else one keeping the precision written, else ours. */
export function derivedFormat(
  numFmt: string | undefined,
  kind: DerivedKind,
  written: NumberParsed | null,
): string {
  if (compatibleFormat(numFmt, kind)) return numFmt!;
  if (kind === "poin") return FORMAT_POIN;
  if (written) {
    const d = Math.min(written.decimals, 4);
    const zeros = d > 0 ? "." + "0".repeat(d) : "";
    return kind === "persen" ? `0${zeros}%` : `#,##0${zeros}`;
  }
  return kind === "persen" ? FORMAT_PERSEN : FORMAT_UANG;
}
