// A worksheet part's cells and merges, read into the engine's grid.
import { Area, GridCell } from "../core";
import { RawCell, ValueContext, cellValue, columnOf, parseRef } from "./cells";
import { Styles } from "./styles";
import {
  Tag,
  XmlError,
  decode,
  elementEnd,
  nextTag,
  textBetween,
  unescapeOoxml,
} from "./xml";

export interface SheetCells {
  cells: (GridCell | null)[][];
  merges: Area[];
  /** Cells that could not be read as stored, one line each (`B5: teks bersama nomor 9 tidak ada`). */
  problems: string[];
}

export interface SheetContext extends ValueContext {
  styles: Styles;
}

const isSpace = (ch: number) => ch === 32 || ch === 9 || ch === 10 || ch === 13;

/** One attribute's value from a tag's text, found without building an attribute map (cells are many). */
export function attr(xml: string, tag: Tag, name: string): string | null {
  const limit = tag.end;
  for (
    let i = xml.indexOf(name, tag.attrStart);
    i >= 0 && i < limit;
    i = xml.indexOf(name, i + 1)
  ) {
    // A whole attribute name: preceded by whitespace (so `t` never matches `ht` or `x:t`), then `=`.
    if (!isSpace(xml.charCodeAt(i - 1))) continue;
    let j = i + name.length;
    while (isSpace(xml.charCodeAt(j))) j++;
    if (xml.charCodeAt(j) !== 61) continue;
    j++;
    while (isSpace(xml.charCodeAt(j))) j++;
    const q = xml[j];
    if (q !== '"' && q !== "'") continue;
    const end = xml.indexOf(q, j + 1);
    return decode(xml.slice(j + 1, end));
  }
  return null;
}

/** The text of `<t>` elements inside an element, phonetic runs (`<rPh>`) left out: shared and inline strings. */
export function runText(xml: string, open: Tag): { text: string; end: number } {
  if (open.kind === "empty") return { text: "", end: open.end };
  let text = "";
  let phonetic = 0;
  let tStart = -1;
  for (let t = nextTag(xml, open.end); t; t = nextTag(xml, t.end)) {
    if (t.qname === open.qname && t.kind === "close")
      return { text: unescapeOoxml(text), end: t.end };
    if (t.name === "rPh")
      phonetic += t.kind === "open" ? 1 : t.kind === "close" ? -1 : 0;
    else if (t.name === "t") {
      if (t.kind === "open") tStart = t.end;
      else if (t.kind === "close" && tStart >= 0) {
        if (!phonetic) text += textBetween(xml, tStart, t.start);
        tStart = -1;
      }
    }
  }
  throw new XmlError(`unclosed <${open.qname}>`);
}

/** The children of an open `<c>` that carry its content: `<f>`, `<v>`, `<is>`. */
function readCellBody(xml: string, open: Tag, raw: RawCell): number {
  let vStart = -1;
  for (let t = nextTag(xml, open.end); t; t = nextTag(xml, t.end)) {
    if (t.kind === "close") {
      if (t.qname === open.qname) return t.end;
      if (t.name === "v" && vStart >= 0)
        raw.v = textBetween(xml, vStart, t.start);
      continue;
    }
    if (t.name === "f") {
      raw.formula = true;
      if (t.kind === "open")
        t = { ...t, end: xml.indexOf(">", xml.indexOf("<", t.end)) + 1 };
    } else if (t.name === "v") {
      if (t.kind === "empty") raw.v = "";
      else vStart = t.end;
    } else if (t.name === "is") {
      const r = runText(xml, t);
      raw.inline = r.text;
      t = { ...t, end: r.end };
    }
  }
  throw new XmlError(`unclosed <${open.qname}>`);
}

function areaOf(ref: string): Area | null {
  const [a, b] = ref.split(":");
  const p = parseRef(a.replace(/\$/g, ""));
  const q = b ? parseRef(b.replace(/\$/g, "")) : p;
  if (!p || !q || (p.row === q.row && p.col === q.col)) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

class SheetReader {
  readonly out: SheetCells = { cells: [], merges: [], problems: [] };
  private row = -1;
  private col = -1;
  private current: (GridCell | null)[] = [];

  constructor(
    private readonly xml: string,
    private readonly ctx: SheetContext,
  ) {}

  startRow(t: Tag): void {
    const r = attr(this.xml, t, "r");
    this.row = r ? Number(r) - 1 : this.row + 1;
    this.col = -1;
    this.current = this.out.cells[this.row] ?? (this.out.cells[this.row] = []);
  }

  /** Reads a `<c>` and returns the index after it. */
  cell(t: Tag): number {
    const xml = this.xml;
    const r = attr(xml, t, "r");
    this.col = r ? columnOf(r) : this.col + 1;
    const s = Number(attr(xml, t, "s") ?? 0);
    const raw: RawCell = {
      type: attr(xml, t, "t") ?? "n",
      v: null,
      inline: null,
      formula: false,
      date: this.ctx.styles.dates[s] ?? false,
    };
    const end = t.kind === "empty" ? t.end : readCellBody(xml, t, raw);
    const fmt = this.ctx.styles.formats[s];
    const numFmt = fmt && fmt !== "General" ? fmt : undefined;
    if (!raw.formula && raw.v === null && raw.inline === null) {
      // An empty cell matters only for its number format (a template's "Rp" or 0.00% on a derived column).
      if (numFmt) this.current[this.col] = { value: null, numFmt };
      return end;
    }
    const { value, problem } = cellValue(raw, this.ctx);
    if (problem) this.out.problems.push(`${r ?? this.col}: ${problem}`);
    const cell: GridCell = { value };
    if (numFmt) cell.numFmt = numFmt;
    if (raw.formula) cell.formula = true;
    this.current[this.col] = cell;
    return end;
  }

  merge(t: Tag): void {
    const ref = attr(this.xml, t, "ref");
    const area = ref ? areaOf(ref) : null;
    if (area) this.out.merges.push(area);
  }
}

/** Reads the cells of `<sheetData>` and the `<mergeCell>` list; everything else in the part is left unread. */
export function readSheet(xml: string, ctx: SheetContext): SheetCells {
  const reader = new SheetReader(xml, ctx);
  for (let t = nextTag(xml, 0); t;) {
    if (t.kind !== "close") {
      if (t.name === "c") {
        t = nextTag(xml, reader.cell(t));
        continue;
      }
      if (t.name === "row") reader.startRow(t);
      else if (t.name === "mergeCell") reader.merge(t);
      else if (t.name === "extLst" || t.name === "AlternateContent") {
        // Other programs' extensions (sparklines, x14 validations) hold no cells of ours: skipped whole.
        t = nextTag(xml, elementEnd(xml, t).end);
        continue;
      }
    }
    t = nextTag(xml, t.end);
  }
  return reader.out;
}
