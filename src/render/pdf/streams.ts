/**
 * Objects written into the PDF file by typed-array copies rather than by pdf-lib's object layer:
 * deflated streams (pdf-lib's PDFStream.copyBytesInto copies a stream's bytes one at a time in a
 * JavaScript loop, ≈75 ms for the 3.6 MB of content streams of the CHU PRA), and objects given
 * as text and bytes (`rawObject`: page dictionaries, content streams, outline items). The bytes
 * are those pdf-lib 1.17.1 writes (`<<dict>>\nstream\n…\nendstream`, `PDFDict.toString`).
 */
import { deflateSync } from "node:zlib";
import { PDFInvalidObject, PDFRawStream, type PDFContext } from "./pdf-lib.js";

/** The dictionary literal pdf-lib's `flateStream` takes. */
type StreamDict = NonNullable<Parameters<PDFContext["flateStream"]>[1]>;

const STREAM = Uint8Array.from("\nstream\n", (c) => c.charCodeAt(0));
const END = Uint8Array.from("\nendstream", (c) => c.charCodeAt(0));

function copyBytesInto(this: PDFRawStream, buffer: Uint8Array, offset: number): number {
  this.updateDict();
  const start = offset;
  offset += this.dict.copyBytesInto(buffer, offset);
  buffer.set(STREAM, offset);
  offset += STREAM.length;
  const contents = this.getContents();
  buffer.set(contents, offset);
  offset += contents.length;
  buffer.set(END, offset);
  return offset + END.length - start;
}

/** A stream object of already deflated bytes (to register in `ctx`). */
export function deflatedStream(ctx: PDFContext, data: Uint8Array, dict: StreamDict = {}): PDFRawStream {
  const stream = PDFRawStream.of(ctx.obj({ ...dict, Filter: "FlateDecode", Length: data.length }), data);
  stream.copyBytesInto = copyBytesInto;
  return stream;
}

/** `contents` deflated with Node's zlib at its default level (pdf-lib's font files and maps). */
export function deflate(contents: Uint8Array | string): Uint8Array {
  return deflateSync(typeof contents === "string" ? Buffer.from(contents, "latin1") : contents);
}

/**
 * An object written as the given parts (pdf-lib writes them between `N 0 obj` and `endobj`):
 * text of ASCII syntax (names, numbers, references) and bytes, copied straight into the file —
 * the pages' dictionaries and content streams and the outline's items, thousands in a large
 * document, without pdf-lib dictionary, map, name and number objects for each (CHU PRA: 2,176
 * pages, 1,700 outline items).
 */
export function rawObject(...parts: (string | Uint8Array)[]): PDFInvalidObject {
  let size = 0;
  for (const part of parts) size += part.length;
  const object = PDFInvalidObject.of(EMPTY);
  object.sizeInBytes = () => size;
  object.copyBytesInto = (buffer: Uint8Array, offset: number): number => {
    // Text written by Node's native Latin-1 encoder, through a Buffer view of pdf-lib's array.
    const view = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    let at = offset;
    for (const part of parts) {
      if (typeof part === "string") at += view.write(part, at, "latin1");
      else {
        view.set(part, at);
        at += part.length;
      }
    }
    return at - offset;
  };
  return object;
}

const EMPTY = new Uint8Array(0);

/** A content stream of deflated bytes, written as pdf-lib writes `deflatedStream`'s. */
export function rawDeflatedStream(data: Uint8Array): PDFInvalidObject {
  return rawObject(`<<\n/Filter /FlateDecode\n/Length ${data.length}\n>>\nstream\n`, data, END);
}
