// Opens a generated .docx the way a reader would: unzip, parse word/document.xml, and read its tables,
// paragraphs and pictures as text. A small XML parser (elements, attributes, text, entities) is enough
// for what the docx package writes.
import JSZip from "jszip";

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text content directly inside (w:t, w:instrText …). */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: "#root", attrs: {}, children: [], text: "" };
  const stack = [root];
  const re = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const [, close, name, attrText, selfClose, text] = m;
    const top = stack[stack.length - 1];
    if (text !== undefined) {
      top.text += decode(text);
      continue;
    }
    if (!name) continue;
    if (close) {
      if (top.name !== name) throw new Error(`XML: </${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decode(a[2] ?? a[3]);
    const node: XmlNode = { name, attrs, children: [], text: "" };
    top.children.push(node);
    if (!selfClose) stack.push(node);
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack[stack.length - 1].name}> not closed`);
  return root;
}

export function all(n: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of n.children) {
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
}

/** Text of the runs (w:t) below a node, as Word shows it. */
export function textOf(n: XmlNode): string {
  if (n.name === "w:t") return n.text;
  // Properties hold tab stops (w:tabs/w:tab), not text.
  if (n.name === "w:pPr" || n.name === "w:rPr") return "";
  if (n.name === "w:tab") return "\t";
  if (n.name === "w:br") return "\n";
  return n.children.map(textOf).join("");
}

/** A cell covered by the one above it (vertical merge): part of that cell, not a cell of its own. */
function continuesMerge(tc: XmlNode): boolean {
  const v = all(tc, "w:vMerge")[0];
  return !!v && v.attrs["w:val"] !== "restart";
}

export interface OpenedDocx {
  zip: JSZip;
  xml: string;
  body: XmlNode;
  /** Top-level tables of the body, each as rows of cell texts (a merged cell once), plus how many rows repeat as headers. */
  tables: { rows: string[][]; headerRows: number; node: XmlNode }[];
  /** Text of every paragraph outside tables, in order. */
  paragraphs: string[];
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("word/document.xml is missing");
  const xml = await file.async("string");
  const doc = parseXml(xml);
  const body = all(doc, "w:body")[0];
  const tables = body.children
    .filter((c) => c.name === "w:tbl")
    .map((t) => {
      const trs = t.children.filter((c) => c.name === "w:tr");
      return {
        node: t,
        headerRows: trs.filter((tr) => all(tr, "w:tblHeader").length > 0).length,
        rows: trs.map((tr) =>
          tr.children.filter((c) => c.name === "w:tc" && !continuesMerge(c)).map((tc) =>
            tc.children
              .filter((p) => p.name === "w:p")
              .map(textOf)
              .join("\n"),
          ),
        ),
      };
    });
  const paragraphs = body.children.filter((c) => c.name === "w:p").map(textOf);
  return { zip, xml, body, tables, paragraphs };
}
