// Draws the add-in's ribbon icons (16/32/64/80 px PNG) without any image library: a green tile with three bars.
import { writeFileSync } from "fs";
import { deflateSync } from "zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function icon(size: number): Buffer {
  const s = size / 16; // design grid: 16 units
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / s;
      const v = (y + 0.5) / s;
      // Rounded tile in Excel green; corners transparent.
      const r = 2.5;
      const cx = Math.min(Math.max(u, r), 16 - r);
      const cy = Math.min(Math.max(v, r), 16 - r);
      const inside = (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
      let px = [0, 0, 0, 0];
      if (inside) px = [0x10, 0x7c, 0x41, 255];
      // Three white bars rising left to right, and a baseline.
      const bar = (x0: number, top: number) => u >= x0 && u < x0 + 2.6 && v >= top && v < 12.5;
      if (inside && (bar(3, 8) || bar(6.7, 5.5) || bar(10.4, 3) || (v >= 12.5 && v < 13.5 && u >= 2.5 && u < 13.5))) px = [255, 255, 255, 255];
      raw.set(px, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, icon(size));
console.log("assets/icon-{16,32,64,80}.png");
