// The whole report as a Word document, laid out as the seed is: cover, BAB I, BAB II (2.1–2.5) with the
// five tables and two charts, BAB III from the narrative, and the signature block. A4 portrait, Times New
// Roman 12 pt, margins 3/3/4/3 cm (top/bottom/left/right), page numbers at the foot. Review notes never
// enter the document. Built with the `docx` package, so Node and the browser give the same file.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  INumberingOptions,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlignTable,
  WidthType,
  convertMillimetersToTwip,
} from "docx";
import { formatTanggal, jumlahKata } from "../core/format";
import { Analysis } from "../core/types";
import {
  Block,
  Inline,
  ListBlock,
  NarrativeDocument,
  Section,
} from "../core/narrative/document";
import { ChartId } from "./charts";
import { ReportCell, ReportTable } from "./tables";
import { ReportText, ReportTexts, periodTexts } from "./texts";

export const FONT = "Times New Roman";
/** Half-points, as Word counts: 24 = 12 pt. */
const SIZE = 24;
const mm = convertMillimetersToTwip;
// A4 in twips, as Word writes it (210 × 297 mm).
const PAGE = { width: 11906, height: 16838 };
const cm = (x: number) => Math.round((x / 2.54) * 1440);
const MARGIN = { top: cm(3), bottom: cm(3), left: cm(4), right: cm(3) };
/** Width between the margins: 14 cm. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
/** Charts are set at this width in pixels (96 per inch): 13 cm. */
const CHART_PX = Math.round((130 / 25.4) * 96);

export interface ChartImage {
  id: ChartId;
  /** `Grafik 3.1 Capaian Kinerja per Sasaran terhadap Target`. */
  caption: string;
  png: Uint8Array;
  width: number;
  height: number;
  description: string;
}

export interface LaporanParts {
  analysis: Analysis;
  narrative: NarrativeDocument;
  tables: ReportTable[];
  charts: ChartImage[];
  texts: ReportTexts;
  /** Uraian tugas pokok dan fungsi (1.2), from the settings store; empty prints a marked blank. */
  tugas: string[];
}

// ------------------------------------------------------------------ text helpers

/** Width of a blank's dotted line, in no-break spaces (a quarter em each). */
const DOTS = 40;
const SHORT_DOTS = 24;

const run = (text: string, extra: Record<string, unknown> = {}) =>
  new TextRun({ text, ...extra });

/** A text the user enters once; a blank shows its label and a dotted line to write on. */
function filled(
  t: ReportText,
  extra: Record<string, unknown> = {},
  dots = DOTS,
): TextRun[] {
  if (!t.blank) return [run(t.text, extra)];
  const label = run(t.text, { ...extra, bold: false, underline: undefined });
  return dots ? [label, run(" "), dotted(dots, extra)] : [label];
}

/** A dotted line to write on: no-break spaces with a dotted underline, so it never breaks apart. */
const dotted = (n: number, extra: Record<string, unknown> = {}) =>
  run("\u00a0".repeat(n), {
    ...extra,
    bold: false,
    underline: { type: UnderlineType.DOTTED },
  });

/** A whole line to write on. */
const writingLine = () =>
  new Paragraph({
    spacing: { before: 120, after: 0 },
    children: [dotted(126)],
  });

const body = (children: ParagraphChild[] | string, indent = true) =>
  new Paragraph({
    children: typeof children === "string" ? [run(children)] : children,
    alignment: AlignmentType.JUSTIFIED,
    indent: indent ? { firstLine: mm(12.5) } : undefined,
    spacing: { after: 120 },
  });

function chapter(number: string, title: string): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      spacing: { after: 0 },
      children: [run(number)],
    }),
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: [run(title)],
    }),
  ];
}

const sectionHeading = (text: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [run(text)],
  });

/** The narrative's inline runs; figures and emphasis print as plain text, as the seed writes them. */
const inlines = (content: Inline[]) => content.map((c) => run(c.text));

// ------------------------------------------------------------------ lists

/** One numbering definition per list style and depth; every list restarts at 1 (its own instance). */
const LIST_FORMATS: Record<
  ListBlock["style"],
  { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }
> = {
  numbered: { format: LevelFormat.DECIMAL, text: "%1." },
  lettered: { format: LevelFormat.LOWER_LETTER, text: "%1." },
  parenthesized: { format: LevelFormat.DECIMAL, text: "(%1)" },
  bullet: { format: LevelFormat.BULLET, text: "\u2022" },
};

function numberingConfig(): INumberingOptions {
  return {
    config: (Object.keys(LIST_FORMATS) as ListBlock["style"][]).map(
      (style) => ({
        reference: `list-${style}`,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LIST_FORMATS[style].format,
          text: LIST_FORMATS[style].text,
          alignment: AlignmentType.LEFT,
          style: {
            paragraph: {
              indent: { left: mm(7.5 + 7.5 * level), hanging: mm(7.5) },
            },
          },
        })),
      }),
    ),
  };
}

class ListCounter {
  private n = 0;
  next(): number {
    return ++this.n;
  }
}

// ------------------------------------------------------------------ tables

const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cellParagraphs(c: ReportCell, size: number): Paragraph[] {
  return c.text.split("\n").map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[c.align ?? "left"],
        spacing: {
          before: 0,
          after: 0,
          line: 240,
          lineRule: LineRuleType.AUTO,
        },
        children: [run(line, { bold: c.bold, size: size * 2 })],
      }),
  );
}

/** Grid widths in twips from the table's relative widths (they sum to the text width). */
function gridWidths(t: ReportTable): number[] {
  const total = t.widths.reduce((s, w) => s + w, 0);
  return t.widths.map((w) => Math.floor((TEXT_WIDTH * w) / total));
}

function rowCells(
  cells: ReportCell[],
  t: ReportTable,
  widths: number[],
  header: boolean,
  start: number[],
): TableCell[] {
  return cells.map((c, i) => {
    const col = start[i];
    const span = c.colSpan ?? 1;
    const width = widths.slice(col, col + span).reduce((s, w) => s + w, 0);
    return new TableCell({
      children: cellParagraphs(c, t.fontSize),
      columnSpan: c.colSpan,
      rowSpan: c.rowSpan,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: header
        ? VerticalAlignTable.CENTER
        : VerticalAlignTable.TOP,
      shading: header
        ? { fill: "D9D9D9", color: "auto", type: "clear" }
        : undefined,
      margins: { left: 40, right: 40, top: 20, bottom: 20 },
    });
  });
}

/** Column where each cell of each row starts, minding cells that rows above cover (rowSpan). */
function startColumns(rows: ReportCell[][], cols: number): number[][] {
  const coveredUntil = new Array<number>(cols).fill(-1);
  return rows.map((cells, r) => {
    const starts: number[] = [];
    let col = 0;
    for (const c of cells) {
      while (col < cols && coveredUntil[col] >= r) col++;
      starts.push(col);
      const span = c.colSpan ?? 1;
      if ((c.rowSpan ?? 1) > 1)
        for (let k = col; k < col + span; k++)
          coveredUntil[k] = r + c.rowSpan! - 1;
      col += span;
    }
    return starts;
  });
}

function reportTable(t: ReportTable): (Paragraph | Table)[] {
  const widths = gridWidths(t);
  const cols = widths.length;
  const headStarts = startColumns(t.header, cols);
  const bodyStarts = startColumns(t.body, cols);
  const rows = [
    ...t.header.map(
      (cells, r) =>
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: rowCells(cells, t, widths, true, headStarts[r]),
        }),
    ),
    ...t.body.map(
      (cells, r) =>
        new TableRow({
          cantSplit: true,
          children: rowCells(cells, t, widths, false, bodyStarts[r]),
        }),
    ),
  ];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, after: 0 },
      children: [run(t.caption, { bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 120 },
      children: [run(t.title, { bold: true })],
    }),
    new Table({
      rows,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: THIN,
        bottom: THIN,
        left: THIN,
        right: THIN,
        insideHorizontal: THIN,
        insideVertical: THIN,
      },
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

// ------------------------------------------------------------------ charts

function chartBlock(c: ChartImage): Paragraph[] {
  const width = CHART_PX;
  const height = Math.round((c.height / c.width) * width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 240, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: "png",
          data: c.png,
          transformation: { width, height },
          altText: {
            name: c.caption,
            title: c.caption,
            description: c.description,
          },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(c.caption, { bold: true })],
    }),
  ];
}

// ------------------------------------------------------------------ the narrative's blocks

class Renderer {
  private readonly lists = new ListCounter();
  /** Tables and charts already set, so a default place does not set them twice. */
  readonly placed = new Set<string>();

  constructor(private readonly parts: LaporanParts) {}

  table(id: string): (Paragraph | Table)[] {
    const t = this.parts.tables.find((x) => x.id === id);
    if (!t || this.placed.has(`table:${id}`)) return [];
    this.placed.add(`table:${id}`);
    return reportTable(t);
  }

  chart(id: ChartId): Paragraph[] {
    const c = this.parts.charts.find((x) => x.id === id);
    if (!c || this.placed.has(`chart:${id}`)) return [];
    this.placed.add(`chart:${id}`);
    return chartBlock(c);
  }

  blocks(blocks: Block[], depth = 0): (Paragraph | Table)[] {
    return blocks.flatMap((b) => this.block(b, depth));
  }

  private block(b: Block, depth: number): (Paragraph | Table)[] {
    switch (b.kind) {
      case "paragraph":
        return [body(inlines(b.content), depth === 0)];
      case "table":
        return this.table(b.table);
      case "chart":
        return this.chart(b.chart);
      case "list":
        return this.list(b, depth);
    }
  }

  list(l: ListBlock, depth: number): (Paragraph | Table)[] {
    const instance = this.lists.next();
    const out: (Paragraph | Table)[] = [];
    for (const item of l.items) {
      item.forEach((b, i) => {
        if (i === 0 && b.kind === "paragraph") {
          out.push(
            new Paragraph({
              children: inlines(b.content),
              alignment: AlignmentType.JUSTIFIED,
              numbering: {
                reference: `list-${l.style}`,
                level: Math.min(depth, 2),
                instance,
              },
              spacing: { after: 60 },
            }),
          );
        } else out.push(...this.block(b, depth + 1));
      });
    }
    return out;
  }

  /** A narrative section's blocks, then the tables and charts that belong to it and were not placed. */
  section(
    s: Section | undefined,
    defaults: { tables: string[]; charts: ChartId[] },
  ): (Paragraph | Table)[] {
    const out = s ? this.blocks(s.blocks) : [];
    for (const id of defaults.tables) out.push(...this.table(id));
    for (const id of defaults.charts) out.push(...this.chart(id));
    return out;
  }
}

// ------------------------------------------------------------------ fixed parts

function cover(p: LaporanParts): Paragraph[] {
  const { triwulan, tahun } = periodTexts(p.analysis);
  const t = p.texts;
  const upper = (x: ReportText): ReportText =>
    x.blank ? x : { ...x, text: x.text.toUpperCase() };
  const line = (parts: TextRun[], after = 120) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after, line: 276, lineRule: LineRuleType.AUTO },
      children: parts,
    });
  const big = { bold: true, size: 28 };
  const blank = (x: ReportText) => filled(upper(x), big, SHORT_DOTS);
  return [
    new Paragraph({ spacing: { before: mm(20) }, children: [] }),
    line([run("LAPORAN KINERJA", { bold: true, size: 40 })]),
    line(
      [run(`TRIWULAN ${triwulan} TAHUN ${tahun}`, { bold: true, size: 36 })],
      mm(30),
    ),
    line(blank(t.jabatan)),
    line([run("KECAMATAN ", big), ...blank(t.kecamatan)], mm(45)),
    line(filled(t.nama, { bold: true, underline: {}, size: 26 }), 0),
    line([run("NIP. "), ...filled(t.nip)], mm(45)),
    line([run("PEMERINTAH KABUPATEN ", big), ...blank(t.kabupaten)]),
    line([run("KECAMATAN ", big), ...blank(t.kecamatan)]),
    line([run(`TAHUN ${tahun}`, big)]),
  ];
}

/** `Seksi Pemberdayaan Masyarakat Kecamatan Ranuyoso`, or the marked blanks. */
function unitName(t: ReportTexts): string {
  return `${t.unit.text} Kecamatan ${t.kecamatan.text}`;
}

function babI(p: LaporanParts, r: Renderer): (Paragraph | Table)[] {
  const { triwulan, tahun } = periodTexts(p.analysis);
  const t = p.texts;
  const unit = unitName(t);
  const tugas: ListBlock = {
    kind: "list",
    style: "lettered",
    items: p.tugas.map((x) => [
      { kind: "paragraph", content: [{ kind: "text", text: x }] },
    ]),
  };
  return [
    ...chapter("BAB I", "PENDAHULUAN"),
    body(
      `Pejabat eselon IV berkewajiban membuat laporan kinerja triwulanan kepada pejabat eselon III atasannya, paling lambat 5 (lima) hari kerja sejak berakhirnya periode triwulan. Laporan ini disusun sebagai pertanggungjawaban kinerja ${unit} dalam kurun waktu triwulan ${triwulan} tahun anggaran ${tahun}.`,
    ),
    body(
      `Pelaporan kinerja triwulanan merupakan perwujudan akuntabilitas dalam mengidentifikasi hal-hal yang telah dicapai maupun yang belum dapat dicapai, serta memberikan gambaran mengenai efisiensi dan efektivitas antara perencanaan kegiatan dan anggaran dengan pelaksanaannya, sebagai upaya perbaikan berkesinambungan untuk meningkatkan kinerja.`,
    ),
    body(
      "Sistematika penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP) ini disesuaikan dengan Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah, yang terdiri atas: Bab I Pendahuluan; Bab II Perencanaan Kinerja (Perjanjian Kinerja, Capaian Kinerja, Evaluasi dan Analisis Kinerja, Rencana Tindak Lanjut, Tanggapan Atasan Langsung); dan Bab III Penutup.",
    ),
    sectionHeading("1.1. Dasar Hukum Pembentukan"),
    body(
      `Kecamatan diatur dalam Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Pasal 228 dan Pasal 230) dan Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan. Kedudukan, susunan organisasi, uraian tugas dan fungsi serta tata kerja kecamatan di Kabupaten ${t.kabupaten.text} diatur lebih lanjut dalam Peraturan Bupati.`,
    ),
    sectionHeading("1.2. Uraian Tugas Pokok dan Fungsi"),
    ...(p.tugas.length
      ? [
          body(
            `Tugas ${t.jabatan.blank ? unit : t.jabatan.text} adalah sebagai berikut:`,
          ),
          ...r.list(tugas, 0),
        ]
      : [
          body(
            "(uraian tugas pokok dan fungsi sesuai Peraturan Bupati)",
            false,
          ),
          writingLine(),
        ]),
  ];
}

function babII(p: LaporanParts, r: Renderer): (Paragraph | Table)[] {
  const unit = unitName(p.texts);
  const { tahun } = periodTexts(p.analysis);
  const kegiatan = [
    ...new Set(p.analysis.sasaran.map((s) => s.kegiatan).filter(Boolean)),
  ];
  const sec = (id: string) => p.narrative.sections.find((s) => s.id === id);
  const heading = (id: string, fallback: string) => {
    const s = sec(id);
    return sectionHeading(s ? `${s.number} ${s.title}`.trim() : fallback);
  };
  const kegiatanList: ListBlock = {
    kind: "list",
    style: "numbered",
    items: kegiatan.map((k) => [
      { kind: "paragraph", content: [{ kind: "text", text: k }] },
    ]),
  };
  const known = new Set(["2.2", "2.3", "bab3"]);
  const others = p.narrative.sections.filter((s) => !known.has(s.id));
  return [
    ...chapter("BAB II", "PERENCANAAN KINERJA"),
    body(
      `Pada bab ini diuraikan ringkasan Perjanjian Kinerja (PK) ${unit} pada tahun ${tahun} beserta penganggarannya.`,
    ),
    sectionHeading("2.1. Perjanjian Kinerja"),
    body(
      kegiatan.length
        ? `Kegiatan yang diampu pada tahun berjalan berjumlah ${jumlahKata(kegiatan.length)}, yaitu:`
        : "Kegiatan yang diampu belum tercantum pada Tabel 2.3.",
    ),
    ...(kegiatan.length ? r.list(kegiatanList, 0) : []),
    body(
      "Perjanjian Kinerja yang ditandatangani dengan Camat selaku atasan langsung adalah sebagai berikut:",
    ),
    ...r.table("2.1"),
    body(
      "Sedangkan data anggaran pada tiap kegiatan dijabarkan pada tabel berikut ini:",
    ),
    ...r.table("2.2"),
    body(
      "Rincian anggaran tersebut terbagi dalam sub kegiatan sebagaimana dijabarkan dalam tabel berikut:",
    ),
    ...r.table("2.3"),
    heading("2.2", "2.2. Capaian Kinerja"),
    ...r.section(sec("2.2"), { tables: ["3.1"], charts: ["kinerja"] }),
    heading("2.3", "2.3. Evaluasi dan Analisis Kinerja"),
    ...r.section(sec("2.3"), { tables: ["3.2"], charts: ["anggaran"] }),
    ...others.flatMap((s) => [
      sectionHeading(`${s.number} ${s.title}`.trim()),
      ...r.blocks(s.blocks),
    ]),
    sectionHeading("2.4. Rencana Tindak Lanjut"),
    body(
      "Sub kegiatan yang belum terlaksana akan dilaksanakan pada triwulan berikutnya sesuai jadwal yang telah disusun bersama Sub Bagian Keuangan, dengan koordinasi bersama atasan langsung dan seksi terkait.",
    ),
    writingLine(),
    sectionHeading("2.5. Tanggapan Atasan Langsung"),
    ...[
      "Laporan sudah baik",
      "Laporan kurang baik",
      "Laporan segera diperbaiki",
      "Target dan realisasi diteliti ulang",
      "Capaian diteliti ulang",
      "Lain-lain",
    ].map(
      (x) =>
        new Paragraph({
          indent: { left: mm(7.5) },
          keepNext: true,
          spacing: { after: 60 },
          children: [run(`\u2610  ${x}`)],
        }),
    ),
    ...[0, 1, 2].map(writingLine),
  ];
}

function babIII(p: LaporanParts, r: Renderer): (Paragraph | Table)[] {
  const s = p.narrative.sections.find((x) => x.id === "bab3");
  return [
    ...chapter("BAB III", "PENUTUP"),
    ...r.section(s, { tables: [], charts: [] }),
  ];
}

/** `2024-04-01` → `1 April 2024`; any other text as typed. */
export function tanggalText(s: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const month = m ? Number(m[2]) : 0;
  return m && month >= 1 && month <= 12
    ? formatTanggal(Number(m[1]), month, Number(m[3]))
    : s;
}

function signature(p: LaporanParts): Table {
  const t = p.texts;
  const atasanJabatan: ReportText =
    t.atasanJabatan.blank && !t.kecamatan.blank
      ? { text: `CAMAT ${t.kecamatan.text.toUpperCase()}`, blank: false }
      : t.atasanJabatan;
  const tanggal = t.tanggal.blank
    ? t.tanggal
    : { ...t.tanggal, text: tanggalText(t.tanggal.text) };
  const para = (children: TextRun[], after = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      keepLines: true,
      children,
    });
  const half = Math.floor(TEXT_WIDTH / 2);
  const cell = (children: Paragraph[]) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children,
    });
  // One row per line, so the two names stand level even when a position wraps onto two lines.
  const row = (left: Paragraph[], right: Paragraph[]) =>
    new TableRow({ cantSplit: true, children: [cell(left), cell(right)] });
  const gap = () => [0, 1, 2, 3].map(() => para([]));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, half],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [
      row(
        [para([run("Mengetahui,")])],
        [
          para([
            ...filled(t.tempat, {}, 0),
            run(", "),
            ...filled(tanggal, {}, 0),
          ]),
        ],
      ),
      row(
        [para(filled(atasanJabatan, {}, SHORT_DOTS))],
        [para(filled(t.jabatan, {}, SHORT_DOTS))],
      ),
      row(gap(), gap()),
      row(
        [para(filled(t.atasanNama, { bold: true, underline: {} }, SHORT_DOTS))],
        [para(filled(t.nama, { bold: true, underline: {} }, SHORT_DOTS))],
      ),
      row(
        [para([run("NIP. "), ...filled(t.atasanNip, {}, SHORT_DOTS)])],
        [para([run("NIP. "), ...filled(t.nip, {}, SHORT_DOTS)])],
      ),
    ],
  });
}

// ------------------------------------------------------------------ the document

export function laporanDocument(p: LaporanParts): Document {
  const r = new Renderer(p);
  const page = {
    size: PAGE,
    margin: { ...MARGIN, header: mm(12.5), footer: mm(15) },
  };
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
  const content = [
    ...babI(p, r),
    ...babII(p, r),
    ...babIII(p, r),
    new Paragraph({ spacing: { before: 480 }, keepNext: true, children: [] }),
    signature(p),
  ];
  const heading = (id: string, size: number) => ({
    id,
    name: id === "Heading1" ? "Heading 1" : "Heading 2",
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: "000000" },
    paragraph: { keepNext: true, keepLines: true },
  });
  return new Document({
    creator: "LKjIP Triwulan",
    title: p.narrative.title || "Laporan Kinerja",
    description: "Laporan Kinerja Triwulan",
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE },
          paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: [heading("Heading1", 28), heading("Heading2", SIZE)],
    },
    numbering: numberingConfig(),
    sections: [
      { properties: { page }, children: cover(p) },
      {
        properties: { page: { ...page, pageNumbers: { start: 1 } } },
        footers: { default: footer },
        children: content,
      },
    ],
  });
}
