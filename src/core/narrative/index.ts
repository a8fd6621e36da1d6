// The narrative: one document (build.ts), rendered by one module per output (src/core/render, src/taskpane).
export { buildNarrativeDocument } from "./build";
export type { NarrativeOptions } from "./build";
export type * from "./document";
export { TEXT_KEYS, narrativeTexts, withTexts } from "./texts";
export type { NarrativeTexts } from "./texts";
