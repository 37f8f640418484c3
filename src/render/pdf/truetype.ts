/**
 * The part of a TrueType file the PDF needs, read directly: the character map (cmap formats 4
 * and 12), advance widths (hmtx), the vertical metrics and the font descriptor's values, and the
 * glyph outlines' byte ranges (loca/glyf) for subsetting (truetype-subset.ts). Reading these few
 * tables costs well under a millisecond; fontkit's full parser cost ~150 ms to load and parse on
 * every PDF, more than laying out a small document.
 */

export interface TableEntry {
  offset: number;
  length: number;
}

export class TrueTypeFont {
  readonly view: DataView;
  readonly tables = new Map<string, TableEntry>();
  readonly unitsPerEm: number;
  /** hhea ascender and descender (descender negative), font units. */
  readonly ascent: number;
  readonly descent: number;
  readonly bbox: { minX: number; minY: number; maxX: number; maxY: number };
  readonly italicAngle: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly familyClass: number;
  readonly fixedPitch: boolean;
  readonly italic: boolean;
  readonly numGlyphs: number;
  readonly numberOfHMetrics: number;
  /** loca: 0 short offsets (×2), 1 long. */
  readonly locaFormat: number;
  private cmap: (code: number) => number;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const count = v.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
      this.tables.set(tag, { offset: v.getUint32(at + 8), length: v.getUint32(at + 12) });
    }
    const head = this.table("head").offset;
    this.unitsPerEm = v.getUint16(head + 18);
    this.bbox = {
      minX: v.getInt16(head + 36),
      minY: v.getInt16(head + 38),
      maxX: v.getInt16(head + 40),
      maxY: v.getInt16(head + 42),
    };
    this.italic = (v.getUint16(head + 44) & 2) !== 0;
    this.locaFormat = v.getInt16(head + 50);
    const hhea = this.table("hhea").offset;
    this.ascent = v.getInt16(hhea + 4);
    this.descent = v.getInt16(hhea + 6);
    this.numberOfHMetrics = v.getUint16(hhea + 34);
    this.numGlyphs = v.getUint16(this.table("maxp").offset + 4);
    const post = this.table("post").offset;
    this.italicAngle = v.getInt32(post + 4) / 65536;
    this.fixedPitch = v.getUint32(post + 12) !== 0;
    const os2 = this.tables.get("OS/2");
    this.familyClass = os2 ? v.getInt16(os2.offset + 30) : 0;
    const os2Version = os2 ? v.getUint16(os2.offset) : 0;
    this.capHeight = os2 && os2Version >= 2 ? v.getInt16(os2.offset + 88) : 0;
    this.xHeight = os2 && os2Version >= 2 ? v.getInt16(os2.offset + 86) : 0;
    this.cmap = this.readCmap();
  }

  table(tag: string): TableEntry {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`police TrueType sans table ${tag}`);
    return t;
  }

  /** Glyph of a code point, 0 (.notdef) when the font has none. */
  glyphId(code: number): number {
    return this.cmap(code);
  }

  advanceWidth(gid: number): number {
    const hmtx = this.table("hmtx").offset;
    const i = Math.min(gid, this.numberOfHMetrics - 1);
    return this.view.getUint16(hmtx + i * 4);
  }

  leftBearing(gid: number): number {
    const hmtx = this.table("hmtx").offset;
    if (gid < this.numberOfHMetrics) return this.view.getInt16(hmtx + gid * 4 + 2);
    return this.view.getInt16(hmtx + this.numberOfHMetrics * 4 + (gid - this.numberOfHMetrics) * 2);
  }

  /** Byte range of a glyph's outline inside the file (empty for a blank glyph). */
  glyphRange(gid: number): { start: number; end: number } {
    const loca = this.table("loca").offset;
    const glyf = this.table("glyf").offset;
    const v = this.view;
    const at = (i: number): number =>
      this.locaFormat === 0 ? v.getUint16(loca + i * 2) * 2 : v.getUint32(loca + i * 4);
    return { start: glyf + at(gid), end: glyf + at(gid + 1) };
  }

  /** The subtable fontkit would use: Unicode full repertoire (3,10) first, then BMP ones. */
  private readCmap(): (code: number) => number {
    const v = this.view;
    const cmap = this.table("cmap").offset;
    const n = v.getUint16(cmap + 2);
    const found = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const at = cmap + 4 + i * 8;
      found.set(`${v.getUint16(at)},${v.getUint16(at + 2)}`, cmap + v.getUint32(at + 4));
    }
    for (const key of ["3,10", "0,6", "0,4", "3,1", "0,3", "0,2", "0,1", "0,0"]) {
      const at = found.get(key);
      if (at === undefined) continue;
      const format = v.getUint16(at);
      if (format === 12) return this.format12(at);
      if (format === 4) return this.format4(at);
    }
    throw new Error("police TrueType sans table cmap Unicode lisible");
  }

  private format4(at: number): (code: number) => number {
    const v = this.view;
    const segs = v.getUint16(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const ranges = deltas + segs * 2;
    return (code) => {
      if (code > 0xffff) return 0;
      let lo = 0;
      let hi = segs - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v.getUint16(ends + mid * 2) < code) lo = mid + 1;
        else hi = mid;
      }
      const start = v.getUint16(starts + lo * 2);
      if (code < start || code > v.getUint16(ends + lo * 2)) return 0;
      const delta = v.getInt16(deltas + lo * 2);
      const range = v.getUint16(ranges + lo * 2);
      if (range === 0) return (code + delta) & 0xffff;
      const g = v.getUint16(ranges + lo * 2 + range + (code - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    };
  }

  private format12(at: number): (code: number) => number {
    const v = this.view;
    const groups = v.getUint32(at + 12);
    const first = at + 16;
    return (code) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = first + mid * 12;
        if (code < v.getUint32(g)) hi = mid - 1;
        else if (code > v.getUint32(g + 4)) lo = mid + 1;
        else return v.getUint32(g + 8) + code - v.getUint32(g);
      }
      return 0;
    };
  }
}
