// The whole report as a Word document: cover, Daftar Isi, the chapters of the report document (the seed's
// quarterly structure or the annual LKjIP's), the five tables and two charts where the text places them, and
// the signature block; while error findings remain, a draft marked on every page with its review notes after
// the signature. One module per part of the package in ./word (text runs, styles and numbering, tables, blocks,
// cover, signature, Daftar Isi, pages, package fixes). Built with the `docx` package, so Node and the browser
// give the same file.
import {
  AlignmentType,
  Bookmark,
  Document,
  HeadingLevel,
  Paragraph,
  TextRun,
} from "docx";
import { ReviewNote } from "../core/narrative/document";
import { ReportDocument } from "../core/narrative/report-document";
import { ReportTable } from "./table-parts";
import { BlockRenderer, ChartImage, Child, bookmarkOf } from "./word/blocks";
import { cover } from "./word/cover";
import {
  TEXT_HEIGHT,
  TEXT_HEIGHT_LANDSCAPE,
  TEXT_WIDTH,
  TEXT_WIDTH_LANDSCAPE,
  sections,
} from "./word/pages";
import { signature } from "./word/signature";
import { numbering, styles } from "./word/styles";
import { body, run } from "./word/text";
import { TocEntry, tocEntries, tocPage } from "./word/toc";

export type { ChartImage } from "./word/blocks";
export { FONT } from "./word/text";
export { TEXT_WIDTH } from "./word/pages";
export { tanggalText } from "./word/signature";

export interface LaporanParts {
  report: ReportDocument;
  tables: ReportTable[];
  charts: ChartImage[];
}

/** A chapter's heading: one Heading 1 paragraph (`BAB I`, a line break, `PENDAHULUAN`) on a new page. */
export const chapterHeading = (id: string, number: string, title: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    alignment: AlignmentType.CENTER,
    pageBreakBefore: true,
    spacing: { after: 360 },
    children: [
      new Bookmark({
        id: bookmarkOf(id),
        children: number
          ? [new TextRun(number), new TextRun({ text: title, break: 1 })]
          : [new TextRun(title)],
      }),
    ],
  });

const NOTES_ID = "catatan";

/** The draft's last pages: what to correct before signing, each with its cell. */
function draftNotes(notes: ReviewNote[], errors: number): Child[] {
  return [
    chapterHeading(NOTES_ID, "", "CATATAN PEMERIKSAAN"),
    body(
      `Dokumen ini DRAF: buku kerja masih memuat ${errors} galat. Tabel dan narasi memuat angka yang seharusnya menurut tabel lain (angka tabel yang dikoreksi bertanda *); perbaiki sel berikut di buku kerja, jalankan Hitung Capaian, lalu buat laporan lagi sebelum ditandatangani. Bagian ini tidak termasuk laporan.`,
      { indent: false },
    ),
    ...notes.map((n, i) =>
      body(
        [
          run(`${i + 1}. `, { bold: true }),
          run(n.source ? `${n.source.sheet} sel ${n.source.cell}: ` : ""),
          run(n.text),
        ],
        {
          indent: false,
        },
      ),
    ),
  ];
}

export function laporanDocument(p: LaporanParts): Document {
  const d = p.report;
  const r = new BlockRenderer(p.tables, p.charts, {
    portrait: TEXT_WIDTH,
    landscape: TEXT_WIDTH_LANDSCAPE,
    portraitHeight: TEXT_HEIGHT,
    landscapeHeight: TEXT_HEIGHT_LANDSCAPE,
  });
  d.chapters.forEach((c, i) => {
    r.push(chapterHeading(c.id, c.number, c.title));
    r.blocks(c.blocks, 0, i === d.chapters.length - 1);
  });
  r.push(
    new Paragraph({ spacing: { before: 480 }, keepNext: true, children: [] }),
    signature(d, TEXT_WIDTH),
  );
  const entries: TocEntry[] = tocEntries(d.chapters);
  if (d.draft) {
    r.push(...draftNotes(d.narrative.reviewNotes, d.draft.errors));
    entries.push({
      id: NOTES_ID,
      text: "CATATAN PEMERIKSAAN (DRAF)",
      level: 1,
    });
  }
  return new Document({
    creator: "LKjIP",
    title: d.narrative.title || "Laporan Kinerja",
    description:
      d.kind === "tahunan"
        ? "Laporan Kinerja Instansi Pemerintah"
        : "Laporan Kinerja Triwulan",
    // Word computes the Daftar Isi's page numbers when it opens the file.
    features: { updateFields: true },
    styles: styles(),
    numbering: numbering(),
    sections: sections({
      cover: cover(d),
      toc: tocPage(entries, TEXT_WIDTH),
      chunks: r.chunks,
      draft: !!d.draft,
    }),
  });
}
