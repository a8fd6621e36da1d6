// The zip container of an OOXML package, read and rewritten without touching what does not change: an entry
// that is not replaced is copied as its raw bytes (local header, compressed data, data descriptor), so every
// part this tool does not write stays byte for byte, compressed bytes included. Platform-neutral (fflate).
import { deflateSync, inflateSync } from "fflate";

export interface ZipEntry {
  /** The entry's name as stored (a part name without the leading `/`). */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header; the entry's raw span runs from here to the next entry (or the directory). */
  localOffset: number;
  /** Offset of the compressed data. */
  dataOffset: number;
  /** The central directory record, as stored. */
  central: Uint8Array;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Where the central directory starts: the end of the last entry's raw span. */
  directoryOffset: number;
  comment: Uint8Array;
}

/** The file is not a zip archive (or a damaged one): nothing of it can be read. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder("utf-8");

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 2 ** 32;

function findEndRecord(b: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let o = b.length - 22; o >= Math.max(0, b.length - 22 - 65535); o--)
    if (u32(b, o) === EOCD) return o;
  throw new ZipError("no end of central directory");
}

/** Sizes and offset that do not fit 32 bits are in the ZIP64 extra field (0x0001), in this order. */
function zip64Fields(
  b: Uint8Array,
  extraStart: number,
  extraEnd: number,
  want: { size: boolean; compressed: boolean; offset: boolean },
): { size?: number; compressed?: number; offset?: number } {
  for (let o = extraStart; o + 4 <= extraEnd;) {
    const id = u16(b, o);
    const len = u16(b, o + 2);
    if (id === 0x0001) {
      let p = o + 4;
      const out: { size?: number; compressed?: number; offset?: number } = {};
      if (want.size) ((out.size = u64(b, p)), (p += 8));
      if (want.compressed) ((out.compressed = u64(b, p)), (p += 8));
      if (want.offset) out.offset = u64(b, p);
      return out;
    }
    o += 4 + len;
  }
  return {};
}

function centralRecord(b: Uint8Array, o: number): ZipEntry & { end: number } {
  if (u32(b, o) !== CENTRAL) throw new ZipError("bad central directory");
  const nameLen = u16(b, o + 28);
  const extraLen = u16(b, o + 30);
  const commentLen = u16(b, o + 32);
  let size = u32(b, o + 24);
  let compressedSize = u32(b, o + 20);
  let localOffset = u32(b, o + 42);
  const big = 0xffffffff;
  if (size === big || compressedSize === big || localOffset === big) {
    const z = zip64Fields(b, o + 46 + nameLen, o + 46 + nameLen + extraLen, {
      size: size === big,
      compressed: compressedSize === big,
      offset: localOffset === big,
    });
    size = z.size ?? size;
    compressedSize = z.compressed ?? compressedSize;
    localOffset = z.offset ?? localOffset;
  }
  const end = o + 46 + nameLen + extraLen + commentLen;
  if (end > b.length || u32(b, localOffset) !== LOCAL)
    throw new ZipError("bad entry");
  const dataOffset =
    localOffset + 30 + u16(b, localOffset + 26) + u16(b, localOffset + 28);
  return {
    name: utf8.decode(b.subarray(o + 46, o + 46 + nameLen)),
    method: u16(b, o + 10),
    flags: u16(b, o + 8),
    crc: u32(b, o + 16),
    compressedSize,
    size,
    localOffset,
    dataOffset,
    central: b.subarray(o, end),
    end,
  };
}

export function readZip(bytes: Uint8Array): ZipArchive {
  if (bytes.length < 22) throw new ZipError("too short");
  const e = findEndRecord(bytes);
  let count = u16(bytes, e + 10);
  let dirOffset = u32(bytes, e + 16);
  const locator = e - 20;
  if (locator >= 0 && u32(bytes, locator) === EOCD64_LOCATOR) {
    const e64 = u64(bytes, locator + 8);
    count = u64(bytes, e64 + 32);
    dirOffset = u64(bytes, e64 + 48);
  }
  const entries: ZipEntry[] = [];
  let o = dirOffset;
  for (let i = 0; i < count; i++) {
    const { end, ...entry } = centralRecord(bytes, o);
    entries.push(entry);
    o = end;
  }
  return {
    bytes,
    entries,
    directoryOffset: dirOffset,
    comment: bytes.subarray(e + 22, e + 22 + u16(bytes, e + 20)),
  };
}

/** The entry's uncompressed bytes (stored or deflated); throws ZipError for other methods or damaged data. */
export function entryData(zip: ZipArchive, entry: ZipEntry): Uint8Array {
  const raw = zip.bytes.subarray(
    entry.dataOffset,
    entry.dataOffset + entry.compressedSize,
  );
  if (entry.flags & 1) throw new ZipError(`${entry.name} is encrypted`);
  let out: Uint8Array;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      out = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch (e) {
      throw new ZipError(`${entry.name}: ${(e as Error).message}`);
    }
  } else
    throw new ZipError(`${entry.name}: compression method ${entry.method}`);
  if (out.length !== entry.size || crc32(out) !== entry.crc)
    throw new ZipError(`${entry.name}: damaged (size or checksum)`);
  return out;
}

let CRC_TABLE: Uint32Array | null = null;

export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++)
    c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Bytes {
  readonly parts: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.parts.push(b);
    this.length += b.length;
  }
  header(fields: [number, 2 | 4][]): void {
    const size = fields.reduce((n, [, w]) => n + w, 0);
    const b = new Uint8Array(size);
    let o = 0;
    for (const [v, w] of fields) {
      for (let i = 0; i < w; i++) b[o + i] = (v >>> (8 * i)) & 0xff;
      o += w;
    }
    this.push(b);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let o = 0;
    for (const p of this.parts) (out.set(p, o), (o += p.length));
    return out;
  }
}

/** What an entry that is written anew keeps from the one it replaces (name, times, attributes), or defaults. */
interface NewEntry {
  name: string;
  data: Uint8Array;
  like?: ZipEntry;
}

/** The local and central records of an entry written anew, deflated. */
function writeNew(out: Bytes, dir: Bytes, e: NewEntry): void {
  const name = new TextEncoder().encode(e.name);
  const packed = deflateSync(e.data, { level: 6 });
  const crc = crc32(e.data);
  const c = e.like?.central;
  const time = c ? u16(c, 12) : 0;
  const date = c ? u16(c, 14) : 0x21; // 1980-01-01 when there is nothing to copy
  const flags = c ? u16(c, 8) & 0x0800 : 0;
  const offset = out.length;
  out.header([
    [LOCAL, 4],
    [20, 2],
    [flags, 2],
    [8, 2],
    [time, 2],
    [date, 2],
  ]);
  out.header([
    [crc, 4],
    [packed.length, 4],
    [e.data.length, 4],
  ]);
  out.header([
    [name.length, 2],
    [0, 2],
  ]);
  out.push(name);
  out.push(packed);
  dir.header([
    [CENTRAL, 4],
    [c ? u16(c, 4) : 20, 2],
    [20, 2],
    [flags, 2],
  ]);
  dir.header([
    [8, 2],
    [time, 2],
    [date, 2],
    [crc, 4],
  ]);
  dir.header([
    [packed.length, 4],
    [e.data.length, 4],
    [name.length, 2],
  ]);
  dir.header([
    [0, 2],
    [0, 2],
    [0, 2],
    [c ? u16(c, 36) : 0, 2],
  ]);
  dir.header([
    [c ? u32(c, 38) : 0, 4],
    [offset, 4],
  ]);
  dir.push(name);
}

/** A central record copied as stored, with the entry's new local offset. */
function movedCentral(entry: ZipEntry, offset: number): Uint8Array {
  const c = entry.central.slice();
  if (u32(c, 42) !== 0xffffffff) {
    for (let i = 0; i < 4; i++) c[42 + i] = (offset >>> (8 * i)) & 0xff;
    return c;
  }
  // The offset lives in the ZIP64 extra field: after the sizes that are there too.
  const nameLen = u16(c, 28);
  let o = 46 + nameLen;
  const end = o + u16(c, 30);
  while (o + 4 <= end && u16(c, o) !== 0x0001) o += 4 + u16(c, o + 2);
  let p = o + 4;
  if (u32(c, 24) === 0xffffffff) p += 8;
  if (u32(c, 20) === 0xffffffff) p += 8;
  for (let i = 0; i < 8; i++)
    c[p + i] = i < 4 ? (offset >>> (8 * i)) & 0xff : 0;
  return c;
}

/**
 * The archive again, in its order: entries in `replace` written anew, the others copied raw; `add` appended.
 * An entry is never dropped.
 */
export function writeZip(
  zip: ZipArchive,
  replace: Map<string, Uint8Array>,
  add: { name: string; data: Uint8Array; like?: ZipEntry }[] = [],
): Uint8Array {
  const out = new Bytes();
  const dir = new Bytes();
  const byOffset = [...zip.entries].sort(
    (a, b) => a.localOffset - b.localOffset,
  );
  const spanEnd = new Map<ZipEntry, number>();
  byOffset.forEach((e, i) =>
    spanEnd.set(e, byOffset[i + 1]?.localOffset ?? zip.directoryOffset),
  );
  for (const e of byOffset) {
    const data = replace.get(e.name);
    if (data) {
      writeNew(out, dir, { name: e.name, data, like: e });
      continue;
    }
    const offset = out.length;
    out.push(zip.bytes.subarray(e.localOffset, spanEnd.get(e)));
    dir.push(movedCentral(e, offset));
  }
  for (const a of add) writeNew(out, dir, a);
  const count = zip.entries.length + add.length;
  if (count > 0xffff || out.length + dir.length > 0xfffffffe)
    throw new ZipError("archive too large to rewrite");
  const dirOffset = out.length;
  for (const p of dir.parts) out.push(p);
  out.header([
    [EOCD, 4],
    [0, 2],
    [0, 2],
    [count, 2],
    [count, 2],
  ]);
  out.header([
    [dir.length, 4],
    [dirOffset, 4],
    [zip.comment.length, 2],
  ]);
  out.push(zip.comment);
  return out.concat();
}
