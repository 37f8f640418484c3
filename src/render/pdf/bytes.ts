/**
 * A growable byte buffer for content streams: operators written as ASCII, numbers formatted
 * digit by digit, glyph codes as bytes. Building each page's stream as JavaScript strings
 * (one string per number and per glyph, then a copy into a Buffer) was most of the paint's
 * allocations on a 2,000-page document; the buffer is reused from page to page.
 */
/** The text `ByteWriter.num` writes: at most two decimals, `0` for `-0` (dictionaries, operators). */
export function numText(n: number): string {
  const r = Math.round(n * 100);
  return r === 0 ? "0" : String(r / 100);
}

export class ByteWriter {
  buf = new Uint8Array(1 << 16);
  length = 0;

  reset(): void {
    this.length = 0;
  }

  /** Room for `n` more bytes. */
  ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** Text of code units below 256 (operators, names, escaped bytes). */
  ascii(s: string): void {
    this.ensure(s.length);
    const b = this.buf;
    let at = this.length;
    for (let i = 0, n = s.length; i < n; i++) b[at++] = s.charCodeAt(i);
    this.length = at;
  }

  byte(v: number): void {
    this.ensure(1);
    this.buf[this.length++] = v;
  }

  /**
   * A number rounded to two decimals, written as `String(Math.round(n * 100) / 100)` would
   * (`12.3`, `0.05`, `-4`, `0` for `-0`), without making a string.
   */
  num(n: number): void {
    this.centi(Math.round(n * 100));
  }

  /** A number given in hundredths (an integer), written as `num` writes it. */
  centi(r: number): void {
    this.ensure(24);
    const b = this.buf;
    if (r < 0) {
      b[this.length++] = 0x2d;
      r = -r;
    }
    const int = Math.floor(r / 100);
    const frac = r - int * 100;
    if (int < 10) b[this.length++] = 0x30 + int;
    else this.digits(int);
    if (frac !== 0) {
      b[this.length++] = 0x2e;
      b[this.length++] = 0x30 + Math.floor(frac / 10);
      if (frac % 10 !== 0) b[this.length++] = 0x30 + (frac % 10);
    }
  }

  private digits(v: number): void {
    const start = this.length;
    const b = this.buf;
    while (v > 0) {
      b[this.length++] = 0x30 + (v % 10);
      v = Math.floor(v / 10);
    }
    for (let i = start, j = this.length - 1; i < j; i++, j--) {
      const t = b[i];
      b[i] = b[j];
      b[j] = t;
    }
  }

  /** The bytes written since the last reset (a view: copy or consume before the next reset). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}
