// Placeholder until the narrative generator lands: a factual one-line-per-sasaran summary.
import { Analysis } from "./analyze";
import { formatPersen } from "./format";

export interface NarasiOptions {
  panjang?: "ringkas" | "lengkap";
}

export function narasi(a: Analysis, _opts: NarasiOptions = {}): string {
  return a.sasaran
    .map((s) => `Sasaran ${s.index + 1} ${s.name}: capaian kinerja ${s.capaianKinerja ? formatPersen(s.capaianKinerja) : "belum dapat dihitung"}.`)
    .join("\n");
}
