// Buat Narasi in one call, for the command line and the Narasi sheet: the analysis' narrative document rendered
// as plain text (review notes under their own heading) or as the sheet's rows.
import { NarrativeOptions, buildNarrativeDocument } from "../narrative/build";
import { Analysis } from "../types";
import { renderText, sheetRows } from "./text";

/** The narrative as plain text, review notes after it under their own heading. */
export function narasi(a: Analysis, opts: NarrativeOptions = {}): string {
  return renderText(buildNarrativeDocument(a, opts));
}

/** The rows of the Narasi sheet. */
export function narasiParagraf(
  a: Analysis,
  opts: NarrativeOptions = {},
): string[] {
  return sheetRows(buildNarrativeDocument(a, opts));
}
