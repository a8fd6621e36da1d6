// What changed between two packages, read independently of src/xlsx: zip entries from the central directory
// (raw compressed bytes), cells as `<c>` elements cut out of the sheet XML by a regular expression.
import { inflateRawSync } from "node:zlib";

export interface RawEntry {
  method: number;
  crc: number;
  /** The compressed bytes as stored. */
  data: Buffer;
}

/** The entries of a zip by name, from its central directory. */
export function rawEntries(bytes: Uint8Array): Map<string, RawEntry> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let e = b.length - 22;
  while (e >= 0 && b.readUInt32LE(e) !== 0x06054b50) e--;
  const count = b.readUInt16LE(e + 10);
  let o = b.readUInt32LE(e + 16);
  const out = new Map<string, RawEntry>();
  for (let i = 0; i < count; i++) {
    const nameLen = b.readUInt16LE(o + 28);
    const name = b.toString("utf8", o + 46, o + 46 + nameLen);
    const local = b.readUInt32LE(o + 42);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    out.set(name, { method: b.readUInt16LE(o + 10), crc: b.readUInt32LE(o + 16), data: b.subarray(start, start + b.readUInt32LE(o + 20)) });
    o += 46 + nameLen + b.readUInt16LE(o + 30) + b.readUInt16LE(o + 32);
  }
  return out;
}

export function entryText(e: RawEntry): string {
  const b = e.method === 8 ? inflateRawSync(e.data) : e.data;
  return b[0] === 0xff && b[1] === 0xfe ? b.toString("utf16le") : b.toString("utf8");
}

const CELL = /<(?:[\w.-]+:)?c\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?c>)/g;
const REF = /\sr="([A-Z]+\d+)"/;

/** A sheet's `<c>` elements by address, and the text around them (cells cut out). */
export function cellsOf(xml: string): { cells: Map<string, string>; rest: string } {
  const cells = new Map<string, string>();
  for (const m of xml.matchAll(CELL)) cells.set(REF.exec(m[0])?.[1] ?? `?${m.index}`, m[0]);
  return { cells, rest: xml.replace(CELL, "") };
}

const ROW = /<((?:[\w.-]+:)?)row\b[^>]*?\sr="(\d+)"[^>]*>(?:<\/\1row>)?/g;

/** Row numbers present in a sheet's XML. */
export function rowsOf(xml: string): Set<string> {
  return new Set([...xml.matchAll(ROW)].map((m) => m[2]));
}

/**
 * The differences between two versions of a sheet: addresses whose `<c>` differs, and whether the text outside
 * the cells is the same once rows added by the writer (`<row r="N">` with cells only) are left out.
 */
export function sheetDiff(before: string, after: string): { changed: string[]; restSame: boolean } {
  const a = cellsOf(before);
  const b = cellsOf(after);
  const changed = [...new Set([...a.cells.keys(), ...b.cells.keys()])].filter((k) => a.cells.get(k) !== b.cells.get(k));
  const old = rowsOf(before);
  const rest = b.rest.replace(/<((?:[\w.-]+:)?)row r="(\d+)"><\/\1row>/g, (m, _p: string, r: string) => (old.has(r) ? m : ""));
  return { changed, restSame: rest === a.rest };
}

/** `new` is `old` with one piece of text inserted: that piece, or null when it is not. */
export function insertion(old: string, now: string): string | null {
  let i = 0;
  while (i < old.length && old[i] === now[i]) i++;
  const tail = old.slice(i);
  return now.endsWith(tail) ? now.slice(i, now.length - tail.length) : null;
}
