/**
 * A minimal PDF file writer: numbered indirect objects written as they come (dictionaries as
 * strings, streams deflated by Node's zlib), then the cross-reference table and the trailer. The
 * layout is already final when painting starts, so nothing needs pdf-lib's object model: building
 * ~2,000 page objects through it (its page tree insertion walks the tree at every page) and
 * serializing them again cost more than writing the bytes. No date, producer or id is added: same
 * objects, same bytes.
 */
import { deflateSync } from "node:zlib";

/**
 * Deflate level of every stream. Level 6 (zlib's default) took twice the time of level 1 for a
 * file ~15 % smaller on a 1,960-page PRA; level 3 sits in between. Deterministic at any level.
 */
export const DEFLATE_LEVEL = 3;

export class PdfWriter {
  private objects: Buffer[] = [];
  private count = 0;

  /** Reserves an object number, for objects that refer to each other before they are written. */
  alloc(): number {
    return ++this.count;
  }

  /** Writes object `n` (from alloc) with the body `body` (a dictionary, array, …). */
  set(n: number, body: string): void {
    this.objects[n] = Buffer.from(`${n} 0 obj\n${body}\nendobj\n`, "latin1");
  }

  add(body: string): number {
    const n = this.alloc();
    this.set(n, body);
    return n;
  }

  /** Writes a deflated stream; `dict` holds the extra entries, without `<< >>`. */
  setStream(n: number, data: Uint8Array, dict = ""): void {
    const z = deflateSync(data, { level: DEFLATE_LEVEL });
    const head = Buffer.from(
      `${n} 0 obj\n<< ${dict}${dict ? " " : ""}/Filter /FlateDecode /Length ${z.length} >>\nstream\n`,
      "latin1",
    );
    this.objects[n] = Buffer.concat([head, z, Buffer.from("\nendstream\nendobj\n", "latin1")]);
  }

  addStream(data: Uint8Array, dict = ""): number {
    const n = this.alloc();
    this.setStream(n, data, dict);
    return n;
  }

  /** The file: header, objects in number order, xref, trailer. */
  finish(root: number, info: number): Uint8Array {
    // The binary comment tells transfer tools the file is not text (PDF 32000 §7.5.2).
    const header = Buffer.from("%PDF-1.7\n%\u0081\u0081\u0081\u0081\n", "latin1");
    const parts: Buffer[] = [header];
    const offsets: number[] = [];
    let at = header.length;
    for (let n = 1; n <= this.count; n++) {
      const obj = this.objects[n];
      if (!obj) throw new Error(`PDF : objet ${n} réservé mais jamais écrit`);
      offsets.push(at);
      parts.push(obj);
      at += obj.length;
    }
    const xref: string[] = [`xref\n0 ${this.count + 1}\n0000000000 65535 f \n`];
    for (const o of offsets) xref.push(`${String(o).padStart(10, "0")} 00000 n \n`);
    xref.push(
      `trailer\n<< /Size ${this.count + 1} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${at}\n%%EOF\n`,
    );
    parts.push(Buffer.from(xref.join(""), "latin1"));
    return Buffer.concat(parts);
  }
}

export const ref = (n: number): string => `${n} 0 R`;

/** A text string (titles, bookmarks, metadata): UTF-16BE with its byte order mark, in hex. */
export function textString(text: string): string {
  let hex = "<FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return hex + ">";
}

/** A literal string of ASCII text, escaped. */
export function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => "\\" + c)})`;
}

/** A number as PDF writes it: at most two decimals, no exponent, no `-0`. */
export function num(n: number): string {
  const r = Math.round(n * 100);
  if (r === 0) return "0";
  return String(r / 100);
}
