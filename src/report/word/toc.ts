// The Daftar Isi page: one entry per chapter and per heading in it, each with a PAGEREF field to the heading's
// bookmark. The page number is a field LibreOffice computes when it lays the pages out and Word when it opens
// the file (settings: updateFields), so no number is ever guessed. package.ts writes the fields.
import { AlignmentType, LeaderType, Paragraph, TabStopType } from "docx";
import { Section } from "../../core/narrative/document";
import { bookmarkOf } from "./blocks";
import { mm, run } from "./text";

/** Where package.ts puts a PAGEREF field to the bookmark named after the colon. */
export const PAGEREF_MARK = (bookmark: string) =>
  `\u27e6PAGEREF:${bookmark}\u27e7`;

export interface TocEntry {
  id: string;
  text: string;
  level: 1 | 2;
}

export function tocEntries(chapters: Section[]): TocEntry[] {
  return chapters.flatMap((c) => [
    { id: c.id, text: `${c.number} ${c.title}`.trim(), level: 1 as const },
    ...c.blocks.flatMap((b) =>
      b.kind === "heading"
        ? [{ id: b.id, text: b.text, level: 2 as const }]
        : [],
    ),
  ]);
}

export function tocPage(entries: TocEntry[], textWidth: number): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [run("DAFTAR ISI", { bold: true, size: 28 })],
    }),
    ...entries.map(
      (e) =>
        new Paragraph({
          indent: e.level === 2 ? { left: mm(7.5) } : undefined,
          spacing: { before: e.level === 1 ? 120 : 0, after: 0 },
          tabStops: [
            {
              type: TabStopType.RIGHT,
              position: textWidth,
              leader: LeaderType.DOT,
            },
          ],
          children: [
            run(e.text, { bold: e.level === 1 }),
            run("\t"),
            run(PAGEREF_MARK(bookmarkOf(e.id))),
          ],
        }),
    ),
  ];
}
