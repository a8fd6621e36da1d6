// Tolerant comparison of header labels and row names: case, punctuation, line breaks, units and small typos.

/** `Pagu (Rp)` → `pagu`; `Sasaran/ Kegiatan` → `sasaran kegiatan`; `%` stays `%`. */
const UNIT = /\((?:rp|rupiah|%|persen)\.?\)/gi;
const ACCENTS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9%]+/g;
const NON_ASCII = /[\u0080-\uffff]/;

export function normalizeLabel(s: string): string {
  let t = s.replace(UNIT, " ").toLowerCase();
  // NFKD only when there is something to decompose: it is the costly step.
  if (NON_ASCII.test(t)) t = t.normalize("NFKD").replace(ACCENTS, "");
  return t.replace(NON_WORD, " ").trim();
}

/** Optimal string alignment distance (Levenshtein with transpositions), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n];
}

/** A label matches an alias exactly, or with one typo per six letters (never for very short labels). */
export function labelMatches(label: string, alias: string): boolean {
  if (label === alias) return true;
  if (alias.length < 5) return false;
  const allowed = Math.min(2, Math.floor(alias.length / 6) || 1);
  return editDistance(label, alias, allowed) <= allowed;
}

/** Word-overlap similarity of two names (0..1), for reporting renamed or reordered rows. */
export function nameSimilarity(a: string, b: string): number {
  const wa = new Set(normalizeLabel(a).split(" ").filter(Boolean));
  const wb = new Set(normalizeLabel(b).split(" ").filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** Same name for the reader: equal after normalising (case, spacing, punctuation). */
export function sameName(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}
