// Building blocks of the narrative's sentences: runs of text and figures joined into paragraphs, lists in the
// seed's style (items after a colon in lower case, `;` between them, `.` after the last: PUEBI).
import { Block, Inline, ListBlock, Paragraph } from "./document";

export type Part = string | Inline;
export type Parts = (Part | Parts)[];

export function flat(parts: Parts): Inline[] {
  const out: Inline[] = [];
  flatInto(out, parts);
  return out;
}

/** Appends parts to out, adjacent strings joined into one text inline (no closure per call). */
function flatInto(out: Inline[], parts: Parts): void {
  for (const p of parts) {
    if (Array.isArray(p)) flatInto(out, p);
    else if (typeof p === "string") {
      if (!p) continue;
      const last = out[out.length - 1];
      if (last?.kind === "text") last.text += p;
      else out.push({ kind: "text", text: p });
    } else out.push(p.kind === "figure" ? p : { ...p });
  }
}

export const para = (...parts: Parts): Paragraph => ({
  kind: "paragraph",
  content: flat(parts),
});

/** A foreign term, set in italics where the output has them (*time schedule*). */
export const emph = (text: string): Inline => ({ kind: "emphasis", text });

/** `A`, `A dan B`, `A, B, dan C`. */
export const daftarText = (items: string[]) =>
  items.length <= 1
    ? items.join("")
    : items.length === 2
      ? `${items[0]} dan ${items[1]}`
      : `${items.slice(0, -1).join(", ")}, dan ${items[items.length - 1]}`;

/** `(1) A; dan (2) B`, or just `A` for one: two items at most read well inside a sentence. */
export function rincian(items: Parts[]): Parts {
  if (items.length === 1) return items;
  const out: Parts = [];
  const last = items.length - 1;
  for (let i = 0; i < last; i++) out.push(`(${i + 1}) `, items[i], "; ");
  out.push("dan ", `(${last + 1}) `, items[last]);
  return out;
}

/** A lettered sub-list, one paragraph per item (punctuated by `punctuate`). */
export const subList = (items: Parts[]): ListBlock => ({
  kind: "list",
  style: "lettered",
  items: items.map((x) => [para(x)]),
});

/** More than two items read better as a sub-list than as one long sentence. */
export const SUB_LIST_FROM = 3;

/** Words a name in title case keeps in lower case (`Pembentukan dan Penumbuhan …`). */
const FUNCTION_WORDS = new Set(
  "dan atau di ke dari dalam untuk yang pada dengan serta bagi oleh antar terhadap akan sebagai".split(
    " ",
  ),
);

/**
 * An item continuing the sentence before the list starts in lower case (PUEBI), unless it starts with a
 * name: `Berkoordinasi dengan desa` → `berkoordinasi dengan desa`; `Pembentukan dan Penumbuhan Karakter …`,
 * `Peraturan Bupati …`, `APBD …` stay as written.
 */
export function lowerFirst(p: Paragraph | null): void {
  const first = p?.content[0];
  if (!first || first.kind !== "text" || !/^[A-Z][a-z]/.test(first.text))
    return;
  // The next word that is not a function word: capitalised means a name in title case.
  const next = first.text
    .split(/\s+/)
    .slice(1, 5)
    .find((w) => w && !FUNCTION_WORDS.has(w));
  if (next && /^[A-Z0-9]/.test(next)) return;
  first.text = first.text.charAt(0).toLowerCase() + first.text.slice(1);
}

/**
 * The seed's list style: items in lower case, each ending with `;`, the last with `.` (nested lists alike: a
 * nested list stands last in its item and ends where the item ends).
 */
export function punctuate(items: Block[][], end = "."): void {
  items.forEach((item, i) => {
    const mark = i === items.length - 1 ? end : ";";
    lowerFirst(item[0]?.kind === "paragraph" ? item[0] : null);
    const last = item[item.length - 1];
    if (last?.kind === "list") {
      // The nested list ends where its item ends: `;` inside the list, the item's mark after its last line.
      punctuate(last.items, mark);
    } else if (last?.kind === "paragraph") setEnd(last, mark);
  });
}

function setEnd(p: Paragraph, end: string): void {
  const last = p.content[p.content.length - 1];
  if (!last) return;
  // `…kepada Camat; dan` before the last item is already punctuated.
  if (last.kind === "text" && /;\s*(dan|atau)$/.test(last.text)) return;
  if (last.kind === "text")
    last.text = last.text.replace(/[\s.;:,]*$/, "") + end;
  else p.content.push({ kind: "text", text: end });
}
