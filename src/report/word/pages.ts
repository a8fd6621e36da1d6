// The pages: A4, margins 3/3/4/3 cm (top/bottom/left/right; a landscape page binds at its top: 4/3/3/3), the
// cover without a number, the Daftar Isi numbered i, ii, the chapters from 1 on across portrait and landscape
// sections, and, while the workbook has error findings, "DRAF" at the head of every page.
import {
  AlignmentType,
  Footer,
  Header,
  ISectionOptions,
  NumberFormat,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from "docx";
import { Chunk } from "./blocks";
import { mm, run } from "./text";

// A4 in twips, as Word writes it (210 × 297 mm).
const A4 = { width: 11906, height: 16838 };
const cm = (x: number) => Math.round((x / 2.54) * 1440);
export const MARGIN = { top: cm(3), bottom: cm(3), left: cm(4), right: cm(3) };
const MARGIN_LANDSCAPE = {
  top: cm(4),
  bottom: cm(3),
  left: cm(3),
  right: cm(3),
};
/** Width between the margins: 14 cm portrait, 23,7 cm landscape. */
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const TEXT_WIDTH_LANDSCAPE =
  A4.height - MARGIN_LANDSCAPE.left - MARGIN_LANDSCAPE.right;
/** Height between the margins. */
export const TEXT_HEIGHT = A4.height - MARGIN.top - MARGIN.bottom;
export const TEXT_HEIGHT_LANDSCAPE =
  A4.width - MARGIN_LANDSCAPE.top - MARGIN_LANDSCAPE.bottom;

/** The header every page of a draft carries. */
export const DRAFT_HEADER =
  "DRAF \u2013 belum untuk ditandatangani; lihat Catatan Pemeriksaan di halaman terakhir";

const header = (draft: boolean) =>
  new Header({
    children: draft
      ? [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [run(DRAFT_HEADER, { bold: true, size: 20 })],
          }),
        ]
      : [],
  });

const footer = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });

function page(
  landscape: boolean,
  pageNumbers?: {
    start: number;
    formatType?: (typeof NumberFormat)[keyof typeof NumberFormat];
  },
) {
  return {
    size: landscape ? { ...A4, orientation: PageOrientation.LANDSCAPE } : A4,
    margin: {
      ...(landscape ? MARGIN_LANDSCAPE : MARGIN),
      header: mm(12.5),
      footer: mm(15),
    },
    ...(pageNumbers ? { pageNumbers } : {}),
  };
}

export interface Pages {
  cover: Paragraph[];
  toc: Paragraph[];
  chunks: Chunk[];
  draft: boolean;
}

export function sections(p: Pages): ISectionOptions[] {
  const headers = { default: header(p.draft) };
  const body = p.chunks.filter((c) => c.children.length > 0);
  return [
    { properties: { page: page(false) }, headers, children: p.cover },
    {
      properties: {
        page: page(false, { start: 1, formatType: NumberFormat.LOWER_ROMAN }),
      },
      headers,
      footers: { default: footer() },
      children: p.toc,
    },
    ...body.map((c, i) => ({
      properties: {
        page: page(
          c.landscape,
          i === 0 ? { start: 1, formatType: NumberFormat.DECIMAL } : undefined,
        ),
      },
      headers,
      footers: { default: footer() },
      children: c.children,
    })),
  ];
}
