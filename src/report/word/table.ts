// A report table as a Word table: its caption and title kept with it, header rows repeated on every page, rows
// that never split, and rows chained with "keep with next" so a short table stands on one page and a long one
// never leaves its last row alone on a page. The note under it says which figures were put right.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { ReportCell, ReportTable } from "../table-parts";
import { runs } from "./text";

const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const OPEN = { style: BorderStyle.NIL, size: 0, color: "auto" };
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cellParagraphs(
  c: ReportCell,
  size: number,
  keepNext: boolean,
): Paragraph[] {
  return c.text.split("\n").map(
    (line) =>
      new Paragraph({
        alignment: ALIGN[c.align ?? "left"],
        keepNext: keepNext || undefined,
        spacing: {
          before: 0,
          after: 0,
          line: 240,
          lineRule: LineRuleType.AUTO,
        },
        children: runs(line, { bold: c.bold, size: size * 2 }),
      }),
  );
}

/** Grid widths in twips from the table's relative widths (they sum to the text width). */
function gridWidths(t: ReportTable, textWidth: number): number[] {
  const total = t.widths.reduce((s, w) => s + w, 0);
  return t.widths.map((w) => Math.floor((textWidth * w) / total));
}

/** Column where each cell of each row starts, minding cells that rows above cover (rowSpan). */
export function startColumns(rows: ReportCell[][], cols: number): number[][] {
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

interface RowPlan {
  cells: ReportCell[];
  header: boolean;
  keepNext: boolean;
  starts: number[];
}

function rowOf(t: ReportTable, widths: number[], p: RowPlan): TableRow {
  return new TableRow({
    tableHeader: p.header || undefined,
    cantSplit: true,
    children: p.cells.map((c, i) => {
      const col = p.starts[i];
      const width = widths
        .slice(col, col + (c.colSpan ?? 1))
        .reduce((s, w) => s + w, 0);
      return new TableCell({
        children: cellParagraphs(c, t.fontSize, p.keepNext),
        columnSpan: c.colSpan,
        rowSpan: c.rowSpan,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: p.header
          ? VerticalAlignTable.CENTER
          : VerticalAlignTable.TOP,
        borders:
          c.openAbove || c.openBelow
            ? {
                top: c.openAbove ? OPEN : THIN,
                bottom: c.openBelow ? OPEN : THIN,
                left: THIN,
                right: THIN,
              }
            : undefined,
        shading: p.header
          ? { fill: "D9D9D9", color: "auto", type: "clear" }
          : undefined,
        margins: { left: 50, right: 50, top: 20, bottom: 20 },
      });
    }),
  });
}

/** Twips a table takes, roughly: lines per cell from its text and column width (Times: half an em a character). */
function estimatedHeight(t: ReportTable, widths: number[]): number {
  const size = t.fontSize * 20;
  const lineOf = (text: string, width: number) =>
    text
      .split("\n")
      .reduce(
        (n, l) =>
          n +
          Math.max(
            1,
            Math.ceil(l.length / Math.max(1, (width - 100) / (size * 0.5))),
          ),
        0,
      );
  const rows = [...t.header, ...t.body];
  const starts = startColumns(rows, widths.length);
  return rows.reduce((sum, cells, r) => {
    const lines = cells.map((c, i) => {
      const w = widths
        .slice(starts[r][i], starts[r][i] + (c.colSpan ?? 1))
        .reduce((a, b) => a + b, 0);
      return lineOf(c.text, w);
    });
    return sum + Math.max(1, ...lines) * size * 1.15 + 60;
  }, 0);
}

/**
 * Which body rows keep with the next. A table that fits on a page is kept whole with its caption (every row
 * keeps with the next), so no row is left alone on a page; a longer one keeps none, because LibreOffice reads
 * any kept row as "keep the table with the next paragraph" and would push the whole table off its caption.
 */
function keeps(
  t: ReportTable,
  widths: number[],
  pageHeight: number,
): boolean[] {
  const whole = estimatedHeight(t, widths) <= pageHeight * 0.85;
  return t.body.map((_, i) => whole && i < t.body.length - 1);
}

export function wordTable(
  t: ReportTable,
  textWidth: number,
  /** Height between the margins, in twips. */
  pageHeight: number,
): (Paragraph | Table)[] {
  const widths = gridWidths(t, textWidth);
  const headStarts = startColumns(t.header, widths.length);
  const bodyStarts = startColumns(t.body, widths.length);
  const keep = keeps(t, widths, pageHeight);
  const rows = [
    ...t.header.map((cells, r) =>
      rowOf(t, widths, {
        cells,
        header: true,
        keepNext: true,
        starts: headStarts[r],
      }),
    ),
    ...t.body.map((cells, r) =>
      rowOf(t, widths, {
        cells,
        header: false,
        keepNext: keep[r],
        starts: bodyStarts[r],
      }),
    ),
  ];
  const caption = (text: string, after: number) =>
    new Paragraph({
      style: "Caption",
      keepNext: true,
      spacing: { before: after ? 0 : 240, after },
      children: runs(text, { bold: true }),
    });
  return [
    caption(t.caption, 0),
    caption(t.title, 120),
    new Table({
      rows,
      width: { size: textWidth, type: WidthType.DXA },
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
    new Paragraph({
      spacing: {
        before: 60,
        after: 120,
        line: 240,
        lineRule: LineRuleType.AUTO,
      },
      children: t.note ? runs(t.note, { size: 18, italics: false }) : [],
    }),
  ];
}
