// A small XML tokenizer over the part's own text: tags with their offsets, so that a writer can splice a
// changed element into the original text and leave every other byte as it was. Namespace prefixes are kept
// in `qname` and dropped from `name` (SpreadsheetML is read by local names: `x:c` is a `c`).

export interface Tag {
  /** Index of `<`. */
  start: number;
  /** Index just after `>`. */
  end: number;
  /** Local name (prefix dropped). */
  name: string;
  /** The name as written, with its prefix. */
  qname: string;
  /** `<a>`, `</a>` or `<a/>`. */
  kind: "open" | "close" | "empty";
  /** End of the name: the attributes run from here to the `>` (or `/>`). */
  attrStart: number;
}

/** The XML is malformed where the reader needs it. */
export class XmlError extends Error {}

const GT = 62; // >
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;

function isNameEnd(ch: number): boolean {
  // whitespace, `/`, `>`
  return (
    ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === SLASH || ch === GT
  );
}

/** The index after the `>` closing a tag that starts at `from`; quotes in attribute values may hold `>`. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === QUOTE || ch === APOS) quote = ch;
    else if (ch === GT) return i + 1;
  }
  throw new XmlError("unclosed tag");
}

/** Skips `<!-- -->`, `<![CDATA[ ]]>`, `<!DOCTYPE …>` and `<? ?>` starting at `i`; the index after them. */
function skipSpecial(xml: string, i: number): number {
  const close = xml.startsWith("<!--", i)
    ? "-->"
    : xml.startsWith("<![CDATA[", i)
      ? "]]>"
      : xml.charCodeAt(i + 1) === 63
        ? "?>"
        : ">";
  const j = xml.indexOf(close, i + 2);
  if (j < 0) throw new XmlError("unclosed markup");
  return j + close.length;
}

/** The next tag at or after `pos`, or null at the end; comments, CDATA and processing instructions are skipped. */
export function nextTag(xml: string, pos: number): Tag | null {
  let i = xml.indexOf("<", pos);
  while (i >= 0) {
    const next = xml.charCodeAt(i + 1);
    if (next === 33 || next === 63) {
      i = xml.indexOf("<", skipSpecial(xml, i));
      continue;
    }
    const closing = next === SLASH;
    const nameStart = closing ? i + 2 : i + 1;
    let n = nameStart;
    while (n < xml.length && !isNameEnd(xml.charCodeAt(n))) n++;
    const end = closing ? xml.indexOf(">", n) + 1 : tagEnd(xml, n);
    if (end <= 0) throw new XmlError("unclosed tag");
    const qname = xml.slice(nameStart, n);
    const colon = qname.indexOf(":");
    return {
      start: i,
      end,
      name: colon < 0 ? qname : qname.slice(colon + 1),
      qname,
      kind: closing
        ? "close"
        : xml.charCodeAt(end - 2) === SLASH
          ? "empty"
          : "open",
      attrStart: n,
    };
  }
  return null;
}

/** The tag's attributes by local name (`r:id` → `id`); namespace declarations left out. */
export function attrs(xml: string, tag: Tag): Record<string, string> {
  const out: Record<string, string> = {};
  const text = xml.slice(
    tag.attrStart,
    tag.end - (tag.kind === "empty" ? 2 : 1),
  );
  if (text.length < 2) return out;
  const re = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const q = m[1];
    if (q === "xmlns" || q.startsWith("xmlns:")) continue;
    const colon = q.indexOf(":");
    out[colon < 0 ? q : q.slice(colon + 1)] = decode(m[3] ?? m[4]);
  }
  return out;
}

/** Namespace declarations of a tag: prefix ("" for the default) → URI. */
export function namespaces(xml: string, tag: Tag): Record<string, string> {
  const out: Record<string, string> = {};
  const text = xml.slice(tag.attrStart, tag.end);
  const re = /xmlns(?::([^\s=]+))?\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out[m[1] ?? ""] = decode(m[3] ?? m[4]);
  return out;
}

/** The element that `open` starts, up to and including its end tag: the index after it and the end tag. */
export function elementEnd(
  xml: string,
  open: Tag,
): { end: number; close: Tag | null } {
  if (open.kind === "empty") return { end: open.end, close: null };
  let depth = 1;
  let t = nextTag(xml, open.end);
  while (t) {
    if (t.qname === open.qname) {
      if (t.kind === "open") depth++;
      else if (t.kind === "close" && --depth === 0)
        return { end: t.end, close: t };
    }
    t = nextTag(xml, t.end);
  }
  throw new XmlError(`unclosed <${open.qname}>`);
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/** Entity references resolved. */
export function decode(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== "#") return NAMED[e];
    const code =
      e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** Text content between two offsets: entities resolved, CDATA sections taken as they are, tags dropped. */
export function textBetween(xml: string, from: number, to: number): string {
  const s = xml.slice(from, to);
  if (s.indexOf("<") < 0) return decode(s);
  let out = "";
  let i = 0;
  while (i < s.length) {
    const lt = s.indexOf("<", i);
    if (lt < 0) {
      out += decode(s.slice(i));
      break;
    }
    out += decode(s.slice(i, lt));
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt);
      out += s.slice(lt + 9, end < 0 ? s.length : end);
      i = end < 0 ? s.length : end + 3;
    } else i = s.indexOf(">", lt) + 1 || s.length;
  }
  return out;
}

/** Text for element content or an attribute value. */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** `_xHHHH_` escapes (how Excel keeps control characters in text) resolved. */
export function unescapeOoxml(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) =>
        String.fromCharCode(parseInt(h, 16)),
      );
}
