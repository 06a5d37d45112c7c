#!/usr/bin/env node
/**
 * Writes the add-in icons (assets/icon-<size>.png) using only Node built-ins, and the two
 * the unified manifest asks for: a 192 px colour icon and a 32 px outline icon (white on
 * transparent, the bars alone). The design is a flat teal rounded square with a white three-bar chart, drawn
 * from resolution-independent shapes and anti-aliased by 4x4 supersampling, so
 * it stays crisp from 16 px to 128 px. Output is deterministic (no timestamps),
 * so re-running it leaves the committed PNGs unchanged.
 *
 * Usage: node scripts/make-icons.js
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// Every size Office draws ribbon icons at (16, 32 and 80 required; 20, 24, 40, 48 and 64 for
// higher DPI and touch), and 128 for listings.
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const TEAL = [15, 118, 110]; // #0F766E
const WHITE = [255, 255, 255];
const SAMPLES = 4; // per axis

// Shapes in unit coordinates (0..1, y down).
const CORNER = 0.2;
const BARS = [
  { x0: 0.2, x1: 0.34, top: 0.52 },
  { x0: 0.43, x1: 0.57, top: 0.36 },
  { x0: 0.66, x1: 0.8, top: 0.2 },
];
const BASELINE = 0.8;

function inRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function inBar(x, y) {
  return BARS.some((b) => x >= b.x0 && x < b.x1 && y >= b.top && y < BASELINE);
}

/** RGBA pixels, straight alpha; `outline` draws the bars alone, white on transparent. */
function render(size, outline = false) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(x, y)) continue;
          if (inBar(x, y)) fg++;
          else bg++;
        }
      }
      const i = (py * size + px) * 4;
      if (outline) {
        rgba.fill(255, i, i + 3);
        rgba[i + 3] = Math.round((255 * fg) / n);
        continue;
      }
      const covered = bg + fg;
      for (let c = 0; c < 3; c++) {
        rgba[i + c] = covered ? Math.round((TEAL[c] * bg + WHITE[c] * fg) / covered) : 0;
      }
      rgba[i + 3] = Math.round((255 * covered) / n);
    }
  }
  return rgba;
}

// CRC-32 as PNG requires (zlib.crc32 only exists from Node 22).
const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // bytes 10-12: deflate, adaptive filtering, no interlace (all zero)
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None per scanline
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.join(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
const icons = [
  ...SIZES.map((size) => ({ name: `icon-${size}.png`, size })),
  { name: "color-192.png", size: 192 },
  { name: "outline-32.png", size: 32, outline: true },
];
for (const { name, size, outline } of icons) {
  const file = path.join(outDir, name);
  fs.writeFileSync(file, encodePng(size, render(size, outline)));
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
