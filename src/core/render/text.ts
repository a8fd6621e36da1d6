// The narrative document as plain text (command line, Salin) and as the rows of the Narasi sheet.
// Review notes never mix with the report's text: they follow it under their own heading, or are left out.
import {
  Block,
  Inline,
  NarrativeDocument,
  ReviewNote,
} from "../narrative/document";

export const NOTES_HEADING =
  "Catatan pemeriksaan (bukan bagian laporan; periksa sebelum laporan ditandatangani)";

export interface TextOptions {
  /** Append the review notes under their heading (default true). */
  notes?: boolean;
  /** Where a report table stands, a line `[Tabel 3.1 …]` to paste it at (default true). */
  tables?: boolean;
}

export const inlineText = (content: Inline[]): string =>
  content.map((i) => i.text).join("");

const MARK: Record<string, (n: number) => string> = {
  numbered: (n) => `${n + 1}. `,
  lettered: (n) => `${String.fromCharCode(97 + (n % 26))}. `,
  parenthesized: (n) => `(${n + 1}) `,
  bullet: () => "- ",
};

function blockRows(blocks: Block[], opts: TextOptions, indent = ""): string[] {
  const rows: string[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") rows.push(indent + inlineText(b.content));
    else if (b.kind === "heading") rows.push(indent + b.text);
    else if (b.kind === "checklist")
      rows.push(...b.items.map((x) => `${indent}[ ] ${x}`));
    else if (b.kind === "lines") rows.push(indent + "…".repeat(40));
    else if (b.kind === "table") {
      if (opts.tables !== false) rows.push(`${indent}[${b.caption}]`);
    } else if (b.kind === "list")
      b.items.forEach((item, n) => {
        const [first, ...rest] = blockRows(item, opts, indent + "   ");
        if (first !== undefined)
          rows.push(indent + MARK[b.style](n) + first.slice(indent.length + 3));
        rows.push(...rest);
      });
    // Charts have no place in plain text.
  }
  return rows;
}

/** The report's text, one row per heading, paragraph and list item (no review notes). */
export function reportRows(
  doc: NarrativeDocument,
  opts: TextOptions = {},
): string[] {
  return doc.sections.flatMap((s) => [
    [s.number, s.title].filter(Boolean).join(" "),
    ...blockRows(s.blocks, opts),
  ]);
}

export function noteRows(notes: ReviewNote[]): string[] {
  return notes.map((n, i) => `${i + 1}. ${n.text}`);
}

/** The Narasi sheet: the text, then a blank row and the review notes under their heading. */
export function sheetRows(
  doc: NarrativeDocument,
  opts: TextOptions = {},
): string[] {
  const rows = reportRows(doc, opts);
  if (opts.notes === false || doc.reviewNotes.length === 0) return rows;
  return [
    ...rows,
    ...(rows.length ? [""] : []),
    NOTES_HEADING,
    ...noteRows(doc.reviewNotes),
  ];
}

/** Plain text: paragraphs apart by a blank line; the review notes after the text, under their own heading. */
export function renderText(
  doc: NarrativeDocument,
  opts: TextOptions = {},
): string {
  const body = reportRows(doc, opts).join("\n\n");
  if (opts.notes === false || doc.reviewNotes.length === 0) return body;
  const notes = [NOTES_HEADING, ...noteRows(doc.reviewNotes)].join("\n\n");
  return body ? `${body}\n\n${notes}` : notes;
}
