// New number formats for written cells: a new `<xf>` appended to `cellXfs` (a copy of the cell's old one with
// another numFmtId) and, for a code that is neither built in nor present, a new `<numFmt>`. An existing `xf`
// is never changed, so no other cell's look changes.
import { BUILTIN_FORMATS, Styles } from "./styles";
import { Tag, elementEnd, escapeXml, nextTag } from "./xml";

const DEFAULT_XF = `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;

/** The first custom numFmt id (ids below are built in or reserved). */
const FIRST_CUSTOM = 164;

interface Located {
  open: Tag;
  /** Start of the end tag (the empty tag's start when it is `<x/>`). */
  closeStart: number;
}

export class StyleWriter {
  private readonly xfs: { start: number; end: number }[] = [];
  private cellXfs: Located | null = null;
  private numFmts: Located | null = null;
  private root: Tag | null = null;
  private readonly newXfs: string[] = [];
  private readonly newFmts: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly ids = new Map<string, number>();
  private nextId: number;

  constructor(
    private readonly xml: string,
    private readonly styles: Styles,
  ) {
    for (const [id, code] of Object.entries(BUILTIN_FORMATS))
      if (!this.ids.has(code)) this.ids.set(code, Number(id));
    for (const [id, code] of styles.custom)
      if (!this.ids.has(code)) this.ids.set(code, id);
    this.nextId = Math.max(FIRST_CUSTOM - 1, ...styles.custom.keys()) + 1;
    this.locate();
  }

  private locate(): void {
    const xml = this.xml;
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.kind === "close") continue;
      if (!this.root) this.root = t;
      if (t.name === "numFmts" || t.name === "cellXfs") {
        const { end, close } = elementEnd(xml, t);
        const at = { open: t, closeStart: close ? close.start : t.start };
        if (t.name === "numFmts") this.numFmts = at;
        else {
          this.cellXfs = at;
          for (
            let x = nextTag(xml, t.end);
            x && x.start < end;
            x = nextTag(xml, x.end)
          )
            if (x.name === "xf" && x.kind !== "close") {
              const e = elementEnd(xml, x).end;
              this.xfs.push({ start: x.start, end: e });
              x = { ...x, end: e };
            }
        }
        t = { ...t, end };
      }
    }
    if (!this.root || !this.cellXfs) throw new Error("styles without cellXfs");
  }

  /** The style index a cell styled `old` gets to show `code`: `old` itself when it already does. */
  styleFor(old: number, code: string): number {
    if (
      this.styles.formats[old] === code ||
      (this.styles.formats[old] === undefined && code === "General")
    )
      return old;
    const key = `${old}\u0000${code}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const id = this.formatId(code);
    const base = this.xfs[old]
      ? this.xml.slice(this.xfs[old].start, this.xfs[old].end)
      : DEFAULT_XF;
    this.newXfs.push(withNumFmt(base, id));
    const index = this.xfs.length + this.newXfs.length - 1;
    this.byKey.set(key, index);
    return index;
  }

  /** A style for paragraphs (the Narasi sheet): the default cell style, wrapping its text, aligned to the top. */
  wrapStyle(): number {
    const key = "\u0000wrap";
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const base = this.xfs[0]
      ? this.xml.slice(this.xfs[0].start, this.xfs[0].end)
      : DEFAULT_XF;
    this.newXfs.push(withWrap(base));
    const index = this.xfs.length + this.newXfs.length - 1;
    this.byKey.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const known = this.ids.get(code);
    if (known !== undefined) return known;
    const id = this.nextId++;
    this.ids.set(code, id);
    const p = prefix(this.root!);
    this.newFmts.push(
      `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return id;
  }

  /** styles.xml with the new formats and styles; null when nothing was added. */
  result(): string | null {
    if (this.newXfs.length === 0) return null;
    const xml = this.xml;
    const edits: { start: number; end: number; text: string }[] = [];
    const p = prefix(this.root!);
    const xfs = this.cellXfs!;
    edits.push(
      ...grow(xml, xfs, this.newXfs, this.xfs.length + this.newXfs.length),
    );
    if (this.newFmts.length) {
      const count = this.styles.custom.size + this.newFmts.length;
      if (this.numFmts)
        edits.push(...grow(xml, this.numFmts, this.newFmts, count));
      else {
        // numFmts comes first in styleSheet.
        const text = `<${p}numFmts count="${count}">${this.newFmts.join("")}</${p}numFmts>`;
        edits.push({ start: this.root!.end, end: this.root!.end, text });
      }
    }
    edits.sort((a, b) => a.start - b.start);
    let out = "";
    let at = 0;
    for (const e of edits) {
      out += xml.slice(at, e.start) + e.text;
      at = e.end;
    }
    return out + xml.slice(at);
  }
}

const prefix = (t: Tag) =>
  t.qname.includes(":") ? t.qname.slice(0, t.qname.indexOf(":") + 1) : "";

/** An `xf` element with another numFmtId, applied; its other attributes and children as they were. */
function withNumFmt(xf: string, id: number): string {
  const end = xf.indexOf(">");
  const empty = xf[end - 1] === "/";
  let head = xf.slice(0, empty ? end - 1 : end).replace(/\s*$/, "");
  const set = (name: string, value: string) => {
    const re = new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`);
    head = re.test(head)
      ? head.replace(re, ` ${name}="${value}"`)
      : `${head} ${name}="${value}"`;
  };
  set("numFmtId", String(id));
  set("applyNumberFormat", "1");
  return empty ? `${head}/>` : head + xf.slice(end);
}

/** An `xf` element that wraps its text, top-aligned: `applyAlignment` set, its `alignment` child replaced. */
function withWrap(xf: string): string {
  const end = xf.indexOf(">");
  const empty = xf[end - 1] === "/";
  const p = /^<([\w.-]+:)?xf\b/.exec(xf)?.[1] ?? "";
  let head = xf.slice(0, empty ? end - 1 : end).replace(/\s*$/, "");
  head = /\sapplyAlignment\s*=/.test(head)
    ? head.replace(
        /\sapplyAlignment\s*=\s*("[^"]*"|'[^']*')/,
        ` applyAlignment="1"`,
      )
    : `${head} applyAlignment="1"`;
  const children = empty
    ? ""
    : xf
        .slice(end + 1, xf.lastIndexOf("</"))
        .replace(
          /<([\w.-]+:)?alignment\b[^>]*?(\/>|>[\s\S]*?<\/([\w.-]+:)?alignment>)/,
          "",
        );
  return `${head}><${p}alignment wrapText="1" vertical="top"/>${children}</${p}xf>`;
}

/** Children appended to a list element and its `count` set; `<x/>` becomes `<x …>…</x>`. */
function grow(
  xml: string,
  at: Located,
  children: string[],
  count: number,
): { start: number; end: number; text: string }[] {
  const t = at.open;
  let open = xml
    .slice(t.start, t.kind === "empty" ? t.end - 2 : t.end - 1)
    .replace(/\s*$/, "");
  const hasCount = /\scount\s*=/.test(open);
  open = hasCount
    ? open.replace(/\scount\s*=\s*("[^"]*"|'[^']*')/, ` count="${count}"`)
    : `${open} count="${count}"`;
  if (t.kind === "empty")
    return [
      {
        start: t.start,
        end: t.end,
        text: `${open}>${children.join("")}</${t.qname}>`,
      },
    ];
  return [
    { start: t.start, end: t.end, text: `${open}>` },
    { start: at.closeStart, end: at.closeStart, text: children.join("") },
  ];
}
