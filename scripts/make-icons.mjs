// Draws the add-in's icons (16 to 96 px PNG, the sizes Office asks for at every DPI: a blue tile with three rising bars); run once, the PNGs are committed.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 96];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function icon(size) {
  const px = (x, y) => {
    const r = size * 0.18;
    const inCorner = (cx, cy) => (x - cx) ** 2 + (y - cy) ** 2 > r * r;
    if ((x < r && y < r && inCorner(r, r)) || (x > size - r && y < r && inCorner(size - r, r)) || (x < r && y > size - r && inCorner(r, size - r)) || (x > size - r && y > size - r && inCorner(size - r, size - r))) return [0, 0, 0, 0];
    const bars = [0.35, 0.55, 0.75];
    const w = size * 0.16;
    for (let i = 0; i < 3; i++) {
      const left = size * (0.2 + i * 0.22);
      if (x >= left && x < left + w && y >= size * (0.85 - bars[i]) && y < size * 0.85) return [255, 255, 255, 255];
    }
    return [15, 108, 189, 255];
  };
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(px(x + 0.5, y + 0.5), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

for (const size of ICON_SIZES) writeFileSync(`addin/assets/icon-${size}.png`, icon(size));
