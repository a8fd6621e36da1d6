// The narrative: one document (build.ts), rendered by one module per output (src/core/render, src/taskpane).
import { Analysis } from "../types";
import { renderText, sheetRows } from "../render/text";
import { NarrativeOptions, buildNarrativeDocument } from "./build";

export { buildNarrativeDocument } from "./build";
export type { NarrativeOptions } from "./build";
export type * from "./document";
export { TEXT_KEYS, narrativeTexts, withTexts } from "./texts";
export type { NarrativeTexts } from "./texts";

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
