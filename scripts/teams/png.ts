import { deflateSync } from "node:zlib";

/** RGBA colour, 0..255 each. */
export type Rgba = readonly [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), 8 + data.length);
  return out;
}

/** A truecolour-with-alpha PNG of `width` x `height`, each pixel from `pixel(x, y)`. */
export function encodePng(width: number, height: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4); // each row starts with filter type 0
    for (let x = 0; x < width; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", new Uint8Array()),
  ]);
}

const inRing = (x: number, y: number, size: number) => {
  const centre = (size - 1) / 2;
  const distance = Math.hypot(x - centre, y - centre) / size;
  return distance > 0.24 && distance < 0.36;
};

/** The 192x192 colour icon: a white ring with a bar (a stylised "e" for euro/education) on the accent colour. */
export function colorIcon(accent: Rgba): Buffer {
  const size = 192;
  return encodePng(size, size, (x, y) =>
    inRing(x, y, size) || (Math.abs(y - size / 2) < size * 0.05 && Math.abs(x - size / 2) < size * 0.3)
      ? [255, 255, 255, 255]
      : accent,
  );
}

/** The 32x32 outline icon Teams requires: white on transparent. */
export function outlineIcon(): Buffer {
  const size = 32;
  return encodePng(size, size, (x, y) => (inRing(x, y, size) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
}
