// Writes cells into a worksheet part by splicing: each written cell's `<c>` element is replaced (or inserted
// in column order, in a row inserted in row order when needed); every other byte of the part stays.
import { columnLetters } from "../core";
import { columnOf } from "./cells";
import { attr } from "./sheet";
import { Tag, XmlError, escapeXml, nextTag } from "./xml";

/**
 * What one cell becomes: a number (with a style index), text (kept as an inline string, style untouched), or
 * nothing (its value removed, its style kept: an emptied settings row, an old Narasi paragraph).
 */
export type CellContent =
  | { kind: "number"; value: number; numFmt: string }
  | { kind: "text"; text: string }
  | { kind: "blank" };

/** The style index a cell styled `old` gets to show a number format code (`old` when it already does). */
export type StyleFor = (old: number, numFmt: string) => number;

export interface CellPatch {
  row: number;
  col: number;
  content: CellContent;
}

interface CellAt {
  col: number;
  tag: Tag;
  end: number;
  /** Body (between the tags) when the element is not empty. */
  bodyStart: number;
  bodyEnd: number;
}

interface RowAt {
  r: number;
  tag: Tag;
  /** Where a cell is inserted after the last one: the end tag's start (or the empty tag's start). */
  closeStart: number;
  cells: CellAt[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Insertions at one offset go in this order (column or row), before a replacement starting there. */
  order: number;
}

const prefixOf = (t: Tag) =>
  t.qname.includes(":") ? t.qname.slice(0, t.qname.indexOf(":") + 1) : "";

function numberText(v: number): string {
  return Object.is(v, -0) ? "0" : String(v);
}

/** The new `<c>` element for a cell, from its old one (attributes kept except `t`, and `s` when set). */
function cellXml(
  p: string,
  ref: string,
  content: CellContent,
  oldAttrs: string | null,
  keptBody: string,
  style: StyleFor,
): string {
  let a = oldAttrs ?? ` r="${ref}"`;
  a = a.replace(/\s+t\s*=\s*("[^"]*"|'[^']*')/, "");
  let body: string;
  if (content.kind === "blank") {
    if (!keptBody) return `<${p}c${a.replace(/\s*$/, "")}/>`;
    body = "";
  } else if (content.kind === "number") {
    const old = Number(/\ss\s*=\s*["']?(\d+)/.exec(a)?.[1] ?? 0);
    const s = style(old, content.numFmt);
    if (s !== old) {
      const text = ` s="${s}"`;
      a = /\ss\s*=/.test(a)
        ? a.replace(/\ss\s*=\s*("[^"]*"|'[^']*')/, text)
        : a.replace(/\s*$/, "") + text;
    }
    body = `<${p}v>${numberText(content.value)}</${p}v>`;
  } else {
    a = a.replace(/\s*$/, "") + ` t="inlineStr"`;
    body = `<${p}is><${p}t xml:space="preserve">${escapeXml(content.text)}</${p}t></${p}is>`;
  }
  return `<${p}c${a}>${body}${keptBody}</${p}c>`;
}

class SheetIndex {
  readonly rows = new Map<number, RowAt>();
  /** Row numbers in document order, for inserting a new row before the first one after it. */
  readonly order: RowAt[] = [];
  sheetData: Tag | null = null;
  sheetDataClose = -1;

  constructor(
    readonly xml: string,
    wanted: Set<number>,
  ) {
    let row: RowAt | null = null;
    let col = -1;
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.name === "sheetData") {
        if (t.kind !== "close") this.sheetData = t;
        if (t.kind !== "open") {
          this.sheetDataClose = t.start;
          break;
        }
      } else if (t.name === "row") {
        if (t.kind === "close") {
          if (row) row.closeStart = t.start;
          continue;
        }
        const ra = attr(xml, t, "r");
        const r = ra
          ? Number(ra) - 1
          : (this.order[this.order.length - 1]?.r ?? -1) + 1;
        row = { r, tag: t, closeStart: t.start, cells: [] };
        this.order.push(row);
        col = -1;
        if (wanted.has(r) && !this.rows.has(r)) this.rows.set(r, row);
        else if (t.kind === "open") {
          // A row with nothing to write: its cells are skipped, only where it ends matters.
          row.closeStart = closeOf(xml, t);
          t = { ...t, end: row.closeStart };
          row = null;
        }
      } else if (t.name === "c" && t.kind !== "close") {
        const ref = attr(xml, t, "r");
        col = ref ? columnOf(ref) : col + 1;
        const bodyEnd = t.kind === "empty" ? t.end : closeOf(xml, t);
        const end = t.kind === "empty" ? t.end : xml.indexOf(">", bodyEnd) + 1;
        row?.cells.push({ col, tag: t, end, bodyStart: t.end, bodyEnd });
        t = { ...t, end };
      }
    }
  }
}

/** Start of the end tag of an element that does not nest (`row`, `c`). */
function closeOf(xml: string, open: Tag): number {
  const close = `</${open.qname}`;
  for (
    let i = xml.indexOf(close, open.end);
    i >= 0;
    i = xml.indexOf(close, i + 1)
  ) {
    const ch = xml.charCodeAt(i + close.length);
    if (ch === 62 || ch === 32 || ch === 9 || ch === 10 || ch === 13) return i;
  }
  throw new XmlError(`unclosed <${open.qname}>`);
}

/** The cells' elements written into the sheet's XML text; a cell holding a formula is never written (skipped). */
export function patchSheet(
  xml: string,
  patches: CellPatch[],
  style: StyleFor = (old) => old,
): { xml: string; written: number } {
  const byRow = new Map<number, CellPatch[]>();
  for (const p of patches) {
    const list = byRow.get(p.row);
    if (list) list.push(p);
    else byRow.set(p.row, [p]);
  }
  const index = new SheetIndex(xml, new Set(byRow.keys()));
  if (!index.sheetData) throw new Error("no sheetData");
  const edits: Edit[] = [];
  let written = 0;
  const missing: [number, CellPatch[]][] = [];
  for (const [r, ps] of byRow) {
    const row = index.rows.get(r);
    if (row) written += patchRow(xml, row, ps, edits, style);
    else {
      missing.push([r, ps]);
      written += ps.length;
    }
  }
  insertRows(index, missing, edits, style);
  return { xml: apply(xml, edits), written };
}

/** The text of an element's start tag as an open tag (`<row r="5"/>` → `<row r="5">`). */
const opened = (xml: string, t: Tag) =>
  t.kind === "empty"
    ? xml.slice(t.start, t.end - 2).replace(/\s*$/, "") + ">"
    : xml.slice(t.start, t.end);

function patchRow(
  xml: string,
  row: RowAt,
  patches: CellPatch[],
  edits: Edit[],
  style: StyleFor,
): number {
  let n = 0;
  const inserts: CellPatch[] = [];
  for (const patch of patches) {
    const cell = row.cells.find((c) => c.col === patch.col);
    if (!cell) {
      inserts.push(patch);
      continue;
    }
    const body = xml.slice(cell.bodyStart, cell.bodyEnd);
    if (/<([\w.-]+:)?f[\s/>]/.test(body)) continue;
    const ext = body.search(/<([\w.-]+:)?extLst[\s/>]/);
    const attrs = xml.slice(
      cell.tag.attrStart,
      cell.tag.end - (cell.tag.kind === "empty" ? 2 : 1),
    );
    const text = cellXml(
      prefixOf(cell.tag),
      refOf(patch),
      patch.content,
      attrs,
      ext >= 0 ? body.slice(ext) : "",
      style,
    );
    edits.push({ start: cell.tag.start, end: cell.end, text, order: Infinity });
    n++;
  }
  if (inserts.length === 0) return n;
  inserts.sort((a, b) => a.col - b.col);
  const p = prefixOf(row.tag);
  const cellText = (c: CellPatch) =>
    cellXml(p, refOf(c), c.content, null, "", style);
  if (row.tag.kind === "empty") {
    const text =
      opened(xml, row.tag) +
      inserts.map(cellText).join("") +
      `</${row.tag.qname}>`;
    edits.push({
      start: row.tag.start,
      end: row.tag.end,
      text,
      order: Infinity,
    });
  } else
    for (const c of inserts) {
      const at =
        row.cells.find((x) => x.col > c.col)?.tag.start ?? row.closeStart;
      edits.push({ start: at, end: at, text: cellText(c), order: c.col });
    }
  return n + inserts.length;
}

const refOf = (c: { row: number; col: number }) =>
  `${columnLetters(c.col)}${c.row + 1}`;

function insertRows(
  index: SheetIndex,
  rows: [number, CellPatch[]][],
  edits: Edit[],
  style: StyleFor,
): void {
  if (rows.length === 0) return;
  const sd = index.sheetData!;
  const p = prefixOf(sd);
  const rowText = ([r, cells]: [number, CellPatch[]]) =>
    `<${p}row r="${r + 1}">` +
    [...cells]
      .sort((a, b) => a.col - b.col)
      .map((c) => cellXml(p, refOf(c), c.content, null, "", style))
      .join("") +
    `</${p}row>`;
  rows.sort((a, b) => a[0] - b[0]);
  if (sd.kind === "empty") {
    const text =
      opened(index.xml, sd) + rows.map(rowText).join("") + `</${sd.qname}>`;
    edits.push({ start: sd.start, end: sd.end, text, order: Infinity });
    return;
  }
  for (const entry of rows) {
    const at =
      index.order.find((x) => x.r > entry[0])?.tag.start ??
      index.sheetDataClose;
    edits.push({ start: at, end: at, text: rowText(entry), order: entry[0] });
  }
}

/** The edits applied to the text; insertions at one offset in their order, before a replacement starting there. */
function apply(xml: string, edits: Edit[]): string {
  const sorted = [...edits].sort(
    (a, b) => a.start - b.start || a.order - b.order,
  );
  let out = "";
  let at = 0;
  for (const e of sorted) {
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}
