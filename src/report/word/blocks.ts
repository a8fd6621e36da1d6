// The report document's blocks as Word paragraphs and tables, in chunks of pages: a table set on a landscape
// page (Tabel 3.2) closes the portrait chunk before it and opens a new one after it. A paragraph that leads into
// a table or chart keeps with it; headings carry the bookmark the Daftar Isi points at.
import {
  AlignmentType,
  Bookmark,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
} from "docx";
import { Block, ListBlock } from "../../core/narrative/document";
import { ChartId } from "../charts";
import { ReportTable } from "../table-parts";
import { body, inlineRuns, mm, run, runs, writingLine } from "./text";
import { wordTable } from "./table";

export interface ChartImage {
  id: ChartId;
  /** `Grafik 3.1 Capaian Kinerja per Sasaran terhadap Target`. */
  caption: string;
  png: Uint8Array;
  width: number;
  height: number;
  description: string;
}

export type Child = Paragraph | Table;

export interface Chunk {
  landscape: boolean;
  children: Child[];
}

/** Text width and height between the margins, in twips, of a portrait and a landscape page. */
export interface Widths {
  portrait: number;
  landscape: number;
  portraitHeight: number;
  landscapeHeight: number;
}

/** The bookmark name of a heading (`_bab1`, `_2.1` → `_h2_1`): letters, digits and `_` only. */
export const bookmarkOf = (id: string) =>
  `_lkjip_${id.replace(/[^A-Za-z0-9]/g, "_")}`;

/** A heading inside a chapter (Heading 2), bookmarked for the Daftar Isi. */
export const sectionHeading = (id: string, text: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [new Bookmark({ id: bookmarkOf(id), children: [run(text)] })],
  });

function chartBlock(c: ChartImage, width: number): Paragraph[] {
  // Drawn at the size it prints: the text width, its height in proportion.
  const w = Math.min(c.width, Math.round(width / 15));
  const h = Math.round((c.height / c.width) * w);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: "png",
          data: c.png,
          transformation: { width: w, height: h },
          altText: {
            name: c.caption,
            title: c.caption,
            description: c.description,
          },
        }),
      ],
    }),
    // A chart's caption stands under it and does not pull the next paragraph along.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: runs(c.caption, { bold: true }),
    }),
  ];
}

export class BlockRenderer {
  private listCount = 0;
  /** Headings and paragraphs leading into a table: moved along when the table opens a landscape page. */
  private readonly leading = new WeakSet<Child>();
  readonly chunks: Chunk[] = [{ landscape: false, children: [] }];

  constructor(
    private readonly tables: ReportTable[],
    private readonly charts: ChartImage[],
    private readonly widths: Widths,
  ) {}

  push(...children: Child[]): void {
    this.chunks[this.chunks.length - 1].children.push(...children);
  }

  /**
   * Sets the blocks; `keepEnd` keeps the last of them with whatever follows (the closing text with the
   * signature block, so the signature never stands alone on the last page).
   */
  blocks(blocks: Block[], depth = 0, keepEnd = false): void {
    blocks.forEach((b, i) => {
      const next = blocks[i + 1];
      // The closing blank (its label and lines) goes with the signature as a whole.
      const closing =
        keepEnd &&
        (!next || (next.kind === "lines" && i === blocks.length - 2));
      const leads = next
        ? next.kind === "table" || next.kind === "chart" || closing
        : keepEnd;
      this.block(b, depth, leads);
    });
  }

  private block(b: Block, depth: number, leads: boolean): void {
    switch (b.kind) {
      case "paragraph": {
        const p = body(inlineRuns(b.content), {
          indent: depth === 0,
          keepNext: leads,
        });
        this.push(p);
        if (leads) this.leading.add(p);
        return;
      }
      case "heading": {
        const h = sectionHeading(b.id, b.text);
        this.leading.add(h);
        return this.push(h);
      }
      case "table":
        return this.table(b.table);
      case "chart":
        return this.chart(b.chart);
      case "list":
        return this.list(b, depth, leads);
      case "checklist":
        return this.push(
          ...b.items.map(
            (x) =>
              new Paragraph({
                indent: { left: mm(7.5) },
                keepNext: true,
                spacing: { after: 60 },
                children: [run(`\u2610  ${x}`)],
              }),
          ),
        );
      case "lines":
        return this.push(
          ...Array.from({ length: b.count }, (_, i) =>
            writingLine(leads || i < b.count - 1),
          ),
        );
    }
  }

  private table(id: string): void {
    const t = this.tables.find((x) => x.id === id);
    if (!t || !t.found) return;
    if (!t.landscape)
      return this.push(
        ...wordTable(t, this.widths.portrait, this.widths.portraitHeight),
      );
    // "… pada Tabel 3.2 di bawah ini …" and the heading above it stand on the table's own page.
    const before = this.chunks[this.chunks.length - 1].children;
    const lead: Child[] = [];
    while (before.length && this.leading.has(before[before.length - 1]))
      lead.unshift(before.pop()!);
    this.chunks.push({
      landscape: true,
      children: [
        ...lead,
        ...wordTable(t, this.widths.landscape, this.widths.landscapeHeight),
      ],
    });
    this.chunks.push({ landscape: false, children: [] });
  }

  private chart(id: ChartId): void {
    const c = this.charts.find((x) => x.id === id);
    if (c) this.push(...chartBlock(c, this.widths.portrait));
  }

  private list(l: ListBlock, depth: number, keepEnd = false): void {
    const instance = ++this.listCount;
    l.items.forEach((item, n) => {
      const lastItem = keepEnd && n === l.items.length - 1;
      item.forEach((b, i) => {
        const last = lastItem && i === item.length - 1;
        if (i === 0 && b.kind === "paragraph")
          this.push(
            new Paragraph({
              children: inlineRuns(b.content),
              alignment: AlignmentType.JUSTIFIED,
              keepNext: last || undefined,
              numbering: {
                reference: `list-${l.style}`,
                level: Math.min(depth, 2),
                instance,
              },
              spacing: { after: 60 },
            }),
          );
        else this.blocks([b], depth + 1, last);
      });
    });
  }
}
