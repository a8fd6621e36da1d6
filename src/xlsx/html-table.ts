// An HTML table saved as `.xls` (the "Download Excel" of SIPD tools such as wp-sipd: the page's table as HTML,
// every cell marked as text) read into the engine's grid: rowspan/colspan become merges, a `<br>` a line break in
// the cell, text outside the tables (the RFK's title with its month) a row of its own. A small tolerant tokenizer:
// no DOM, so the command line and the web page read it alike. Cells stay text, as the export marks them.
import { Area, GridCell, GridSheet } from "../core";

/** One cell of an HTML table, before it is placed. */
interface HtmlCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/** A table being read: its rows by section (a `<tfoot>` is shown after the body wherever it is written). */
interface TableState {
  head: HtmlCell[][];
  body: HtmlCell[][];
  foot: HtmlCell[][];
  section: "head" | "body" | "foot";
  row: HtmlCell[] | null;
  cell: HtmlCell | null;
  /** Text of the open cell, line by line. */
  lines: string[];
}

const NAMED: Record<string, string> = {
  nbsp: "\u00a0",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bull: "•",
  middot: "·",
  deg: "°",
  sup2: "²",
  sup3: "³",
  times: "×",
  divide: "÷",
  plusmn: "±",
  copy: "©",
  reg: "®",
  euro: "€",
  laquo: "«",
  raquo: "»",
  eacute: "é",
  Eacute: "É",
  egrave: "è",
  agrave: "à",
  ouml: "ö",
  uuml: "ü",
  auml: "ä",
};

/** `&nbsp;`, `&amp;`, `&#39;`, `&#x2013;` decoded; an unknown entity stays as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(
    /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});?/gi,
    (whole, name: string) => {
      if (name[0] === "#") {
        const code =
          name[1] === "x" || name[1] === "X"
            ? parseInt(name.slice(2), 16)
            : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : whole;
      }
      return NAMED[name] ?? NAMED[name.toLowerCase()] ?? whole;
    },
  );
}

/** Elements that start a new line of text (outside a table: a new row; inside a cell: a new line in the cell). */
const BLOCK = new Set([
  "div",
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "br",
  "hr",
  "center",
  "section",
  "header",
  "footer",
  "article",
  "caption",
]);
/** Elements whose content is never shown. */
const SKIP = new Set([
  "script",
  "style",
  "head",
  "title",
  "template",
  "noscript",
]);

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<!?[^>]*>|[^<]+|</g;

/** One attribute's value (`rowspan="2"`, `colspan=3`), or null. */
function attribute(attrs: string, name: string): string | null {
  const m = new RegExp(
    `(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`,
    "i",
  ).exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : null;
}

/** A span as the browser takes it: a whole number from 1 (rowspan up to 65534, colspan up to 1000). */
function span(attrs: string, name: string, max: number): number {
  const v = parseInt(attribute(attrs, name) ?? "1", 10);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, max) : 1;
}

/** White space as a browser shows it: runs become one space; a non-breaking space is kept until lines are trimmed. */
const collapse = (s: string) => s.replace(/[ \t\r\n\f]+/g, " ");
/** A line's text without the spaces around it, `&nbsp;` included. */
const trimLine = (s: string) => s.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "");

function cellText(lines: string[]): string {
  const kept = lines.map(trimLine);
  while (kept.length && kept[0] === "") kept.shift();
  while (kept.length && kept[kept.length - 1] === "") kept.pop();
  return kept.join("\n");
}

function newTable(): TableState {
  return {
    head: [],
    body: [],
    foot: [],
    section: "body",
    row: null,
    cell: null,
    lines: [""],
  };
}

/** The reading of a whole document: rows of text outside tables and the tables, in the order they come. */
class HtmlReader {
  readonly blocks: (
    { kind: "text"; text: string } | { kind: "table"; rows: HtmlCell[][] }
  )[] = [];
  private readonly tables: TableState[] = [];
  private outside: string[] = [""];
  private skipping: string | null = null;
  title: string | null = null;

  token(close: boolean, name: string, attrs: string): void {
    if (this.skipping) {
      if (close && name === this.skipping) this.skipping = null;
      return;
    }
    if (!close && SKIP.has(name)) {
      this.skipping = name;
      return;
    }
    if (!close && this.title === null && name === "div")
      this.title = attribute(attrs, "title");
    const t = this.tables[this.tables.length - 1];
    if (name === "table") return close ? this.closeTable() : this.openTable();
    if (t && this.tableTag(t, close, name, attrs)) return;
    if (BLOCK.has(name)) this.lineBreak(t, name === "br");
  }

  text(s: string): void {
    if (this.skipping) return;
    const t = this.tables[this.tables.length - 1];
    const lines = t?.cell ? t.lines : t ? null : this.outside;
    // Text between the cells of a table (white space, stray words) is not shown in any cell.
    if (!lines) return;
    lines[lines.length - 1] += collapse(decodeEntities(s));
  }

  /** A `<br>` always starts a new line; a block element only ends a line that has text. */
  private lineBreak(t: TableState | undefined, br: boolean): void {
    if (t?.cell) {
      if (br || trimLine(t.lines[t.lines.length - 1]) !== "") t.lines.push("");
    } else if (!t) this.flushOutside();
  }

  private flushOutside(): void {
    const text = cellText(this.outside);
    if (text) this.blocks.push({ kind: "text", text });
    this.outside = [""];
  }

  private openTable(): void {
    const outer = this.tables[this.tables.length - 1];
    // A table inside a cell: its text joins the cell's, line by line.
    if (outer?.cell) {
      outer.lines.push("");
      this.tables.push({ ...newTable(), cell: outer.cell, lines: outer.lines });
      return;
    }
    this.flushOutside();
    this.tables.push(newTable());
  }

  private closeTable(): void {
    const t = this.tables.pop();
    if (!t) return;
    this.endCell(t);
    this.endRow(t);
    if (this.tables.length && this.tables[this.tables.length - 1].cell) return;
    this.blocks.push({
      kind: "table",
      rows: [...t.head, ...t.body, ...t.foot],
    });
  }

  /** Table structure; false for a tag that is not (inline markup, or a block inside a cell). */
  private tableTag(
    t: TableState,
    close: boolean,
    name: string,
    attrs: string,
  ): boolean {
    if (name === "thead" || name === "tbody" || name === "tfoot") {
      this.endCell(t);
      this.endRow(t);
      t.section = close
        ? "body"
        : name === "thead"
          ? "head"
          : name === "tfoot"
            ? "foot"
            : "body";
      return true;
    }
    if (name === "tr") {
      this.endCell(t);
      this.endRow(t);
      if (!close) t.row = [];
      return true;
    }
    if (name === "td" || name === "th") {
      this.endCell(t);
      if (close) return true;
      if (!t.row) t.row = [];
      t.cell = {
        text: "",
        rowspan: span(attrs, "rowspan", 65534),
        colspan: span(attrs, "colspan", 1000),
      };
      t.lines = [""];
      return true;
    }
    return false;
  }

  private endCell(t: TableState): void {
    if (!t.cell) return;
    t.cell.text = cellText(t.lines);
    t.row!.push(t.cell);
    t.cell = null;
  }

  private endRow(t: TableState): void {
    if (!t.row) return;
    t[t.section].push(t.row);
    t.row = null;
  }

  finish(): void {
    while (this.tables.length) this.closeTable();
    this.flushOutside();
  }
}

/** The HTML document's blocks: text lines outside tables and the tables' rows of cells. */
function readHtml(html: string): HtmlReader {
  const reader = new HtmlReader();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const whole = m[0];
    if (m[2]) reader.token(m[1] === "/", m[2].toLowerCase(), m[3] ?? "");
    else if (whole[0] !== "<" || whole === "<") reader.text(whole);
  }
  reader.finish();
  return reader;
}

/** A table's cells placed on the grid as the browser lays them out: a spanned slot is skipped by the next cell. */
function placeTable(
  rows: HtmlCell[][],
  top: number,
  cells: (GridCell | null)[][],
  merges: Area[],
): number {
  const taken = new Set<number>();
  const key = (r: number, c: number) => r * 16384 + c;
  rows.forEach((row, i) => {
    const r = top + i;
    let c = 0;
    for (const cell of row) {
      while (taken.has(key(r, c))) c++;
      // A rowspan reaches at most the table's last row (as browsers do).
      const bottom = Math.min(r + cell.rowspan - 1, top + rows.length - 1);
      const right = c + cell.colspan - 1;
      for (let y = r; y <= bottom; y++)
        for (let x = c; x <= right; x++) taken.add(key(y, x));
      if (cell.text !== "") (cells[r] ??= [])[c] = { value: cell.text };
      if (bottom > r || right > c)
        merges.push({ top: r, left: c, bottom, right });
      c = right + 1;
    }
  });
  return top + rows.length;
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`. */
function sheetName(title: string | null): string {
  const clean = (title ?? "")
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean ? clean.slice(0, 31).trim() : "Lembar1";
}

export interface HtmlSheet {
  sheet: GridSheet;
  /** How many tables the document holds (0: an HTML page with no table). */
  tables: number;
}

/** The HTML document as one sheet: text outside tables a row each (line breaks kept), a blank row between blocks. */
export function htmlSheet(html: string): HtmlSheet {
  const reader = readHtml(html);
  const cells: (GridCell | null)[][] = [];
  const merges: Area[] = [];
  let row = 0;
  let tables = 0;
  for (const b of reader.blocks) {
    if (b.kind === "text") {
      cells[row] = [{ value: b.text }];
      row++;
      continue;
    }
    if (b.rows.length === 0) continue;
    tables++;
    if (row > 0 && cells[row - 1]) row++;
    row = placeTable(b.rows, row, cells, merges) + 1;
  }
  for (let r = 0; r < cells.length; r++) cells[r] ??= [];
  return {
    sheet: { name: sheetName(reader.title), top: 0, left: 0, cells, merges },
    tables,
  };
}

const HTML_START =
  /^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<div[\s>%]|<table[\s>%]|<h[1-6][\s>]|<style[\s>]|<!--)/i;

/** The file's text when it is an HTML document (after an optional BOM and white space); null when it is not. */
export function htmlText(bytes: Uint8Array): string | null {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return utf16(bytes.subarray(2));
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 ||
      bytes[i] === 0x09 ||
      bytes[i] === 0x0a ||
      bytes[i] === 0x0d)
  )
    i++;
  const head = new TextDecoder("latin1").decode(bytes.subarray(i, i + 64));
  if (!HTML_START.test(head)) return null;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i));
  } catch {
    // Not UTF-8 (or a `%` in the content decoded into a stray byte by the browser): read as Windows-1252.
    text = new TextDecoder("windows-1252").decode(bytes.subarray(i));
  }
  // The old Internet Explorer branch of the download keeps its `%20`/`%23` escapes literally.
  return /^<[a-z]+%20/i.test(text)
    ? text.replace(/%20/g, " ").replace(/%23/g, "#")
    : text;
}

function utf16(bytes: Uint8Array): string | null {
  const text = new TextDecoder("utf-16le").decode(bytes).replace(/^\s+/, "");
  return HTML_START.test(text.slice(0, 64)) ? text : null;
}
