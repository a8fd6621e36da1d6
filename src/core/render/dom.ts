// The narrative document as DOM for the task pane: built with createElement and textContent only, so workbook
// text never becomes HTML. Pure: the page's `document` (or any factory with the same shape) is passed in.
import {
  Block,
  Inline,
  NarrativeDocument,
  ReviewNote,
} from "../narrative/document";
import { NOTES_HEADING } from "./text";

/** The part of an element this renderer uses. */
export interface ElementLike {
  textContent: string | null;
  className: string;
  title: string;
  append(...nodes: (ElementLike | string)[]): void;
  setAttribute(name: string, value: string): void;
}
export interface DocumentLike {
  createElement(tag: string): ElementLike;
}

function el(
  d: DocumentLike,
  tag: string,
  cls?: string,
  text?: string,
): ElementLike {
  const e = d.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function inline(d: DocumentLike, i: Inline): ElementLike | string {
  if (i.kind === "text") return i.text;
  if (i.kind === "emphasis") return el(d, "em", undefined, i.text);
  if (i.kind === "blank") return el(d, "span", "blank", i.text);
  // A figure says where it comes from on hover.
  const s = el(d, "span", "figure", i.text);
  if (i.source) s.title = `${i.source.sheet}!${i.source.cell}`;
  return s;
}

const LIST_TYPE: Record<string, string> = {
  numbered: "1",
  lettered: "a",
  parenthesized: "1",
};

function blocks(d: DocumentLike, list: Block[], into: ElementLike): void {
  for (const b of list) {
    if (b.kind === "paragraph") {
      const p = el(d, "p");
      p.append(...b.content.map((i) => inline(d, i)));
      into.append(p);
    } else if (b.kind === "list") {
      const l = el(d, b.style === "bullet" ? "ul" : "ol");
      if (LIST_TYPE[b.style] && LIST_TYPE[b.style] !== "1")
        l.setAttribute("type", LIST_TYPE[b.style]);
      for (const item of b.items) {
        const li = el(d, "li");
        blocks(d, item, li);
        l.append(li);
      }
      into.append(l);
    } else if (b.kind === "table")
      into.append(el(d, "p", "placement", `[${b.caption}]`));
    else if (b.kind === "heading") into.append(el(d, "h4", undefined, b.text));
    else if (b.kind === "checklist") {
      const l = el(d, "ul", "checklist");
      for (const x of b.items) l.append(el(d, "li", undefined, `\u2610 ${x}`));
      into.append(l);
    }
    // Charts are drawn in the .docx report, not in the pane.
  }
}

/** The report's text: one <section> per section with its heading. */
export function renderNarrativeDom(
  d: DocumentLike,
  doc: NarrativeDocument,
): ElementLike {
  const root = el(d, "div", "narrative");
  for (const s of doc.sections) {
    const sec = el(d, "section");
    sec.setAttribute("data-section", s.id);
    sec.append(
      el(d, "h3", undefined, [s.number, s.title].filter(Boolean).join(" ")),
    );
    blocks(d, s.blocks, sec);
    root.append(sec);
  }
  return root;
}

/** The review notes, apart from the text: what to check before signing, each with its cell. */
export function renderReviewNotesDom(
  d: DocumentLike,
  notes: ReviewNote[],
): ElementLike {
  const root = el(d, "div", "review-notes");
  if (!notes.length) return root;
  root.append(el(d, "h3", undefined, NOTES_HEADING));
  const ol = el(d, "ol");
  for (const n of notes) {
    const li = el(d, "li", `note ${n.severity}`, n.text);
    if (n.source)
      li.setAttribute("data-cell", `${n.source.sheet}!${n.source.cell}`);
    ol.append(li);
  }
  root.append(ol);
  return root;
}
