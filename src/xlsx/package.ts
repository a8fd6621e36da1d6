// The package (OPC) layer: parts by name, relationships with relative or absolute targets, content types.
import { ZipArchive, ZipEntry, ZipError, entryData, readZip } from "./zip";
import { attrs, nextTag } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name, resolved: `/xl/worksheets/sheet1.xml`. */
  target: string;
  external: boolean;
}

// The byte order mark is kept as a character: a part written back keeps it.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** A part name as the zip stores it (no leading `/`), for lookup ignoring case (OPC part names are). */
const key = (part: string) => part.replace(/^\/+/, "").toLowerCase();

export class Package {
  readonly zip: ZipArchive;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  private readonly utf16 = new Map<string, "le" | "be">();

  constructor(bytes: Uint8Array) {
    this.zip = readZip(bytes);
    for (const e of this.zip.entries) this.byName.set(key(e.name), e);
  }

  entry(part: string): ZipEntry | undefined {
    return (
      this.byName.get(key(part)) ?? this.byName.get(key(safeDecodeUri(part)))
    );
  }

  has(part: string): boolean {
    return !!this.entry(part);
  }

  /** The part's bytes; throws ZipError when it is absent or damaged. */
  bytes(part: string): Uint8Array {
    const e = this.entry(part);
    if (!e) throw new ZipError(`${part} is missing`);
    return entryData(this.zip, e);
  }

  /** The part as text (UTF-8, or UTF-16 with its byte order mark), cached. */
  text(part: string): string {
    const k = key(part);
    let t = this.texts.get(k);
    if (t === undefined) {
      const b = this.bytes(part);
      t = decodeXml(b);
      if (b[0] === 0xff && b[1] === 0xfe) this.utf16.set(k, "le");
      else if (b[0] === 0xfe && b[1] === 0xff) this.utf16.set(k, "be");
      this.texts.set(k, t);
    }
    return t;
  }

  /** A part's new text as bytes, in the encoding the part had (UTF-8, or UTF-16 as it was read). */
  encode(part: string, text: string): Uint8Array {
    const order = this.utf16.get(key(part));
    if (!order) return utf8Encoder.encode(text);
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 * i + (order === "le" ? 0 : 1)] = c & 0xff;
      out[2 * i + (order === "le" ? 1 : 0)] = c >> 8;
    }
    return out;
  }

  /** The relationships of a part (`/` for the package's own), targets resolved; none when there is no rels part. */
  rels(source: string): Relationship[] {
    const relsPart = relsPartOf(source);
    if (!this.has(relsPart)) return [];
    const xml = this.text(relsPart);
    const out: Relationship[] = [];
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.name !== "Relationship" || t.kind === "close") continue;
      const a = attrs(xml, t);
      const external = (a.TargetMode ?? "").toLowerCase() === "external";
      out.push({
        id: a.Id ?? "",
        type: a.Type ?? "",
        target: external
          ? (a.Target ?? "")
          : resolvePart(source, a.Target ?? ""),
        external,
      });
    }
    return out;
  }
}

function safeDecodeUri(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** UTF-8 unless a UTF-16 byte order mark says otherwise. */
export function decodeXml(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe)
    return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(b);
  if (b[0] === 0xfe && b[1] === 0xff)
    return new TextDecoder("utf-16be", { ignoreBOM: true }).decode(b);
  return utf8.decode(b);
}

/** `/xl/workbook.xml` → `/xl/_rels/workbook.xml.rels`; `/` → `/_rels/.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder of a part, with its trailing `/`. */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/**
 * A relationship's target as a part name: absolute (`/xl/…`) as it is, relative against the source part's
 * folder (`worksheets/sheet1.xml`, `../drawings/drawing1.xml`); backslashes, `.` and `..` segments resolved.
 */
export function resolvePart(source: string, target: string): string {
  const t = target.replace(/\\/g, "/").split("#")[0];
  const joined = t.startsWith("/")
    ? t
    : folderOf(source.startsWith("/") ? source : "/" + source) + t;
  const out: string[] = [];
  for (const seg of joined.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return "/" + out.join("/");
}

/** The target as a relationship from `source` would write it: relative to the source's folder. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/").filter(Boolean);
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

/** Whether a relationship type is the given kind, in transitional or strict OOXML (`…/worksheet`). */
export function isRelType(type: string, kind: string): boolean {
  return type.endsWith("/" + kind);
}
