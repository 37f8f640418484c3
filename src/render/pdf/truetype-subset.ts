/**
 * A TrueType subset for a PDF CIDFontType2 (CIDToGIDMap Identity): the glyphs drawn, renumbered
 * in the order they were first used (0 is .notdef), with the components of composite glyphs
 * added after them, and the tables the PDF specification asks for (ISO 32000 §9.9: head, hhea,
 * loca, maxp, cvt, prep, glyf, hmtx, fpgm) — what fontkit's subsetter wrote, without its cost.
 */
import type { TrueTypeFont } from "./truetype.js";

const ARG_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE = 0x0020;
const HAS_XY_SCALE = 0x0040;
const HAS_2X2 = 0x0080;

/** Bytes of the subset font; `gids` (original glyph ids, index = new id) grows with components. */
export function subsetFont(font: TrueTypeFont, gids: number[]): Uint8Array {
  const index = new Map<number, number>();
  gids.forEach((g, i) => index.set(g, i));
  const include = (gid: number): number => {
    let id = index.get(gid);
    if (id === undefined) {
      id = gids.length;
      gids.push(gid);
      index.set(gid, id);
    }
    return id;
  };
  const src = font.bytes;
  const glyphs: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  // `gids` may grow while this runs (components): a plain index loop.
  for (let i = 0; i < gids.length; i++) {
    const { start, end } = font.glyphRange(gids[i]);
    let glyph = src.slice(start, end);
    if (glyph.length >= 10 && font.view.getInt16(start) < 0) {
      const dv = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
      let at = 10;
      for (;;) {
        const flags = dv.getUint16(at);
        dv.setUint16(at + 2, include(dv.getUint16(at + 2)));
        at += 4 + (flags & ARG_WORDS ? 4 : 2);
        if (flags & HAS_SCALE) at += 2;
        else if (flags & HAS_XY_SCALE) at += 4;
        else if (flags & HAS_2X2) at += 8;
        if (!(flags & MORE)) break;
      }
    }
    const padded = (glyph.length + 3) & ~3;
    if (padded !== glyph.length) {
      const p = new Uint8Array(padded);
      p.set(glyph);
      glyph = p;
    }
    glyphs.push(glyph);
    offsets.push(offset);
    offset += glyph.length;
  }
  offsets.push(offset);
  const n = gids.length;

  const glyf = concat(glyphs);
  const loca = new Uint8Array(offsets.length * 4);
  const locaView = new DataView(loca.buffer);
  offsets.forEach((o, i) => locaView.setUint32(i * 4, o));
  const hmtx = new Uint8Array(n * 4);
  const hmtxView = new DataView(hmtx.buffer);
  gids.forEach((g, i) => {
    hmtxView.setUint16(i * 4, font.advanceWidth(g));
    hmtxView.setInt16(i * 4 + 2, font.leftBearing(g));
  });
  const copy = (tag: string): Uint8Array => {
    const t = font.table(tag);
    return src.slice(t.offset, t.offset + t.length);
  };
  const head = copy("head");
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0);
  headView.setInt16(50, 1);
  const hhea = copy("hhea");
  new DataView(hhea.buffer).setUint16(34, n);
  const maxp = copy("maxp");
  new DataView(maxp.buffer).setUint16(4, n);

  const tables: [string, Uint8Array][] = [
    ["head", head],
    ["hhea", hhea],
    ["loca", loca],
    ["maxp", maxp],
    ["glyf", glyf],
    ["hmtx", hmtx],
  ];
  for (const tag of ["cvt ", "prep", "fpgm"]) if (font.tables.has(tag)) tables.push([tag, copy(tag)]);
  tables.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const out = writeDirectory(tables);
  // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
  const headAt = new DataView(out.buffer).getUint32(12 + tables.findIndex((t) => t[0] === "head") * 16 + 8);
  new DataView(out.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

function writeDirectory(tables: [string, Uint8Array][]): Uint8Array {
  const count = tables.length;
  let size = 12 + 16 * count;
  for (const [, data] of tables) size += (data.length + 3) & ~3;
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const pow = 2 ** Math.floor(Math.log2(count));
  v.setUint32(0, 0x00010000);
  v.setUint16(4, count);
  v.setUint16(6, pow * 16);
  v.setUint16(8, Math.log2(pow));
  v.setUint16(10, count * 16 - pow * 16);
  let at = 12 + 16 * count;
  tables.forEach(([tag, data], i) => {
    const e = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[e + k] = tag.charCodeAt(k);
    out.set(data, at);
    v.setUint32(e + 4, checksum(out.subarray(at, at + ((data.length + 3) & ~3))));
    v.setUint32(e + 8, at);
    v.setUint32(e + 12, data.length);
    at += (data.length + 3) & ~3;
  });
  return out;
}

/** Sum of big-endian 32-bit words, modulo 2^32 (the data is padded to 4 bytes). */
function checksum(data: Uint8Array): number {
  let sum = 0;
  const words = data.length >> 2;
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < words; i++) sum = (sum + v.getUint32(i * 4)) >>> 0;
  return sum;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
