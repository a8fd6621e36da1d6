// The old import path of Buat Narasi: the narrative is now a document (./narrative/build.ts) rendered in ./render.
export { narasi, narasiParagraf } from "./narrative";
export type { NarrativeOptions as NarasiOptions } from "./narrative";
