// An officer's text as blocks: its lines are paragraphs, lines marked `a.`, `1.` or `-` are list items. An empty
// text is its blank: a label saying what belongs there and lines to write on, never words of our own.
import { Block, ListBlock } from "./document";
import { para, punctuate } from "./parts";

const MARKER = /^(?:([a-z])|(\d{1,2}))[.)]\s+|^[-•*–]\s+/i;

function styleOf(line: string): ListBlock["style"] {
  const m = MARKER.exec(line);
  if (m?.[1]) return "lettered";
  if (m?.[2]) return "numbered";
  return "bullet";
}

/** Paragraphs and lists, in the order the lines come; a list's items punctuated as the seed's are. */
export function userBlocks(text: string): Block[] {
  const out: Block[] = [];
  let list: ListBlock | null = null;
  for (const raw of text.split(/\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (MARKER.test(line)) {
      if (!list)
        out.push((list = { kind: "list", style: styleOf(line), items: [] }));
      list.items.push([para(line.replace(MARKER, ""))]);
    } else {
      list = null;
      out.push(para(line));
    }
  }
  for (const b of out) if (b.kind === "list") punctuate(b.items);
  return out;
}

/** Every line an item of one lettered list (`laporan.tugas`), markers or not. */
export function userList(text: string): ListBlock | null {
  const items = text
    .split(/\n/)
    .map((l) => l.trim().replace(MARKER, ""))
    .filter(Boolean)
    .map((l) => [para(l)]);
  if (!items.length) return null;
  punctuate(items);
  return { kind: "list", style: "lettered", items };
}

/** A blank to fill in: what belongs there, in brackets, and lines to write on. */
export const blankBlocks = (label: string, lines = 3): Block[] => [
  { kind: "paragraph", content: [{ kind: "blank", text: label }] },
  { kind: "lines", count: lines },
];
