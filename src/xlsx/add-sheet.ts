// Adds a sheet (the very hidden settings store; the Narasi sheet the web page writes) by touching only the workbook
// part, its relationships, [Content_Types].xml and the new sheet part. Added at the end, so `localSheetId` of defined
// names stays valid.
import { columnLetters } from "../core";
import {
  Package,
  folderOf,
  isRelType,
  relativeTarget,
  relsPartOf,
} from "./package";
import { WorkbookEntry } from "./workbook";
import { Tag, escapeXml, namespaces, nextTag } from "./xml";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const WORKSHEET_CT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKSHEET_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const CONTENT_TYPES = "/[Content_Types].xml";

export interface AddedParts {
  /** Existing parts with new text. */
  replace: Map<string, string>;
  /** The new part: its name and text. */
  part: string;
  text: string;
}

function findTag(xml: string, name: string, kind: Tag["kind"][]): Tag | null {
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end))
    if (t.name === name && kind.includes(t.kind)) return t;
  return null;
}

/** Inserts `text` before the closing tag of the root element named `root`. */
function beforeClose(xml: string, root: string, text: string): string {
  const close = findTag(xml, root, ["close"]);
  if (close) return xml.slice(0, close.start) + text + xml.slice(close.start);
  const empty = findTag(xml, root, ["empty"]);
  if (!empty) throw new Error(`no <${root}>`);
  return `${xml.slice(0, empty.end - 2).replace(/\s*$/, "")}>${text}</${empty.qname}>${xml.slice(empty.end)}`;
}

const prefixOf = (t: Tag | null) =>
  t && t.qname.includes(":") ? t.qname.slice(0, t.qname.indexOf(":") + 1) : "";

function freePart(pkg: Package, folder: string): string {
  for (let n = 1; ; n++) {
    const part = `${folder}sheet${n}.xml`;
    if (!pkg.has(part)) return part;
  }
}

/** How a new sheet looks: very hidden (the store) or visible, its column widths (characters), its cells' style. */
export interface NewSheet {
  state: "veryHidden" | "visible";
  widths?: number[];
  style?: number;
}

const STORE_SHEET: NewSheet = { state: "veryHidden" };

/** A worksheet part of text rows, each cell an inline string (the shared string table is left alone). */
export function textSheet(
  rows: string[][],
  ns: string,
  look: NewSheet = STORE_SHEET,
): string {
  const s = look.style ? ` s="${look.style}"` : "";
  const cols = look.widths?.length
    ? `<cols>${look.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  // An empty text is an empty cell (a blank line between paragraphs), not an empty string.
  const cell = (text: string, c: number, r: number) =>
    text
      ? `<c r="${columnLetters(c)}${r + 1}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`
      : "";
  const body = rows
    .map((row, r) => {
      const cells = row.map((text, c) => cell(text, c, r)).join("");
      return cells ? `<row r="${r + 1}">${cells}</row>` : "";
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns}">${cols}<sheetData>${body}</sheetData></worksheet>`;
}

/** The new sheet's parts; `rows` are its cells as text. */
export function addSheet(
  pkg: Package,
  wb: WorkbookEntry,
  name: string,
  rows: string[][],
  look: NewSheet = STORE_SHEET,
): AddedParts {
  const wbXml = pkg.text(wb.part);
  const root = nextTag(wbXml, 0);
  const rootNs = root ? namespaces(wbXml, root) : {};
  const ns = rootNs[root ? prefixOf(root).replace(/:$/, "") : ""] ?? MAIN_NS;
  const sheetTag = findTag(wbXml, "sheet", ["empty", "open"]);
  const idAttr = sheetTag
    ? /\s([\w.-]+:id)\s*=/.exec(
        wbXml.slice(sheetTag.attrStart, sheetTag.end),
      )?.[1]
    : undefined;
  const rels = pkg.rels(wb.part);
  const existing = rels.find((r) => isRelType(r.type, "worksheet"));
  const part = freePart(
    pkg,
    folderOf(existing?.target ?? `${folderOf(wb.part)}worksheets/x`),
  );
  const ids = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  const relId = `rId${n}`;
  const sheetId = Math.max(0, ...wb.sheets.map((s) => s.sheetId)) + 1;
  const rAttr = idAttr ?? relPrefix(rootNs);
  const replace = new Map<string, string>();
  replace.set(
    wb.part,
    beforeClose(
      wbXml,
      "sheets",
      `<${prefixOf(sheetTag)}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${look.state === "visible" ? "" : ` state="${look.state}"`} ${rAttr}="${relId}"/>`,
    ),
  );
  const relsPart = relsPartOf(wb.part);
  const relsXml = pkg.text(relsPart);
  const relTag = findTag(relsXml, "Relationship", ["empty", "open"]);
  replace.set(
    relsPart,
    beforeClose(
      relsXml,
      "Relationships",
      `<${prefixOf(relTag)}Relationship Id="${relId}" Type="${existing?.type ?? WORKSHEET_REL}" Target="${escapeXml(relativeTarget(wb.part, part))}"/>`,
    ),
  );
  replace.set(CONTENT_TYPES, withOverride(pkg, part, existing?.target));
  return { replace, part, text: textSheet(rows, ns, look) };
}

function relPrefix(ns: Record<string, string>): string {
  const p = Object.entries(ns).find(
    ([k, v]) => k && v.endsWith("/relationships"),
  )?.[0];
  return `${p ?? "r"}:id`;
}

function withOverride(
  pkg: Package,
  part: string,
  like: string | undefined,
): string {
  const xml = pkg.text(CONTENT_TYPES);
  let ct = WORKSHEET_CT;
  let prefix = "";
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.name !== "Override" || t.kind === "close") continue;
    prefix = prefixOf(t);
    const a =
      /PartName\s*=\s*"([^"]*)"[^>]*ContentType\s*=\s*"([^"]*)"|ContentType\s*=\s*"([^"]*)"[^>]*PartName\s*=\s*"([^"]*)"/.exec(
        xml.slice(t.start, t.end),
      );
    const name = a?.[1] ?? a?.[4];
    if (like && name && name.toLowerCase() === like.toLowerCase())
      ct = (a?.[2] ?? a?.[3])!;
  }
  return beforeClose(
    xml,
    "Types",
    `<${prefix}Override PartName="${escapeXml(part)}" ContentType="${escapeXml(ct)}"/>`,
  );
}
