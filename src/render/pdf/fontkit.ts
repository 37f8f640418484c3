/**
 * fontkit (foliojs/fontkit 2), the TrueType reader and subsetter behind the PDF's fonts: the
 * layout reads advances from it (fonts.ts) and pdf-lib's subset embedder writes the subset it
 * makes (fonts-embed.ts). Loaded on first use: a build without PDF never loads it.
 *
 * Why this fontkit and not pdf-lib's fork (@pdf-lib/fontkit 1.1.1, 2020): the fork is one bundle
 * whose module code decompresses the Brotli dictionary of WOFF2 and inflates Unicode tables at
 * load, ≈0.14 s of CPU in every process that writes a PDF — more than painting a fiche. The
 * maintained fontkit 2 loads in ≈0.06 s and reads the same glyphs, advances and metrics. pdf-lib
 * 1.17.1 asks the subset for `encodeStream()` (fontkit 1's streaming API); fontkit 2 has
 * `encode()`: `embedderView` gives pdf-lib the one event stream it listens to.
 */
import { createRequire } from "node:module";
import { inflateRawSync } from "node:zlib";
import { withStandIns, type StandIn } from "./lazy-modules.js";

/** The part of fontkit's API that pcapra and pdf-lib's embedder use (fontkit 2 ships no types). */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}

export interface FontkitSubset {
  includeGlyph(glyph: FontkitGlyph | number): number;
  encode(): Uint8Array;
}

export interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  hasGlyphForCodePoint(code: number): boolean;
  glyphForCodePoint(code: number): FontkitGlyph;
  createSubset(): FontkitSubset;
  directory: { tables: Record<string, { offset: number } | undefined> };
}

export type Fontkit = { create(buffer: Uint8Array): FontkitFont };

const require = createRequire(import.meta.url);
let lib: Fontkit | undefined;

type Trie = { get(codePoint: number): number };

/**
 * What fontkit loads for features the PDF never uses (lazy-modules.ts), ≈25 of its ≈60 ms:
 * brotli's decompressor, which decodes its 120 KB dictionary when loaded, is for WOFF2 files
 * (pcapra reads TrueType files); fontkit's module code builds three Unicode tries, each inflated
 * from compressed data, for the shaping of Arabic and Indic scripts (pcapra never shapes: each
 * character is drawn with its own glyph). The tries, fontkit's and unicode-properties', are
 * inflated on their first lookup instead — unicode-properties' on the first glyph — and by Node's
 * zlib (`inflatedTrie`).
 */
const FONTKIT_STAND_INS: StandIn[] = [
  {
    request: "brotli/decompress.js",
    exports:
      (real) =>
      (...args: unknown[]) =>
        (real() as (...a: unknown[]) => unknown)(...args),
  },
  {
    request: "unicode-trie",
    exports: (real) =>
      class LazyTrie {
        private trie: Trie | undefined;
        constructor(private readonly data: unknown) {}
        get(codePoint: number): number {
          const Real = real() as new (data: unknown) => Trie;
          return (this.trie ??= new Real(inflatedTrie(this.data) ?? this.data)).get(codePoint);
        }
      },
  },
];

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * A unicode-trie 2 trie in its pre-parsed form (`{ data, highStart, errorValue }`), its serialized
 * form inflated by Node's zlib: the package inflates it, twice over, with tiny-inflate, an
 * inflater written in JavaScript — ≈9 ms in every process that writes a PDF for the table of
 * unicode-properties that fontkit reads on the first glyph. The format, as unicode-trie reads it:
 * highStart, errorValue and the uncompressed length as 32-bit little-endian integers, then the
 * data deflated twice (raw DEFLATE), 32-bit little-endian values. `undefined` for anything else
 * (or on a big-endian machine): unicode-trie then reads the data itself.
 */
export function inflatedTrie(
  serialized: unknown,
): { data: Uint32Array; highStart: number; errorValue: number } | undefined {
  if (!littleEndian || !(serialized instanceof Uint8Array) || serialized.length < 12) return undefined;
  const view = new DataView(serialized.buffer, serialized.byteOffset, serialized.byteLength);
  try {
    const bytes = inflateRawSync(inflateRawSync(serialized.subarray(12)));
    if (bytes.length !== view.getUint32(8, true) || bytes.length % 4 !== 0) return undefined;
    // A copy of its own: a Uint32Array needs an aligned offset.
    const data = new Uint32Array(bytes.length / 4);
    new Uint8Array(data.buffer).set(bytes);
    return { data, highStart: view.getUint32(0, true), errorValue: view.getUint32(4, true) };
  } catch {
    return undefined;
  }
}

/** The fontkit namespace, loaded on first use, whether it comes as a default export or not. */
export function fontkit(): Fontkit {
  if (!lib) {
    const loaded = withStandIns(require.resolve("fontkit"), FONTKIT_STAND_INS, () =>
      require("fontkit"),
    ) as Fontkit & {
      default?: Fontkit;
    };
    lib = loaded.default ?? loaded;
  }
  return lib;
}

/** What pdf-lib's subset embedder listens to on `encodeStream()`. */
type Listener = (value?: unknown) => void;

/**
 * The parsed font as pdf-lib's embedder reads it: `fields` replace some of the font's own (see
 * fonts.ts), and its subsets answer `encodeStream()` with their `encode()` bytes, delivered on
 * the next microtask as a stream would (pdf-lib attaches its listeners first).
 */
export function embedderView(font: FontkitFont, fields: PropertyDescriptorMap): FontkitFont {
  return Object.create(font, {
    ...fields,
    createSubset: {
      value: () => {
        const subset = font.createSubset();
        return Object.assign(subset, {
          encodeStream: () => {
            const on: Record<string, Listener> = {};
            const stream = {
              on(event: string, listener: Listener) {
                on[event] = listener;
                return stream;
              },
            };
            queueMicrotask(() => {
              let bytes: Uint8Array;
              try {
                bytes = subset.encode();
              } catch (error) {
                on.error?.(error);
                return;
              }
              on.data?.(bytes);
              on.end?.();
            });
            return stream;
          },
        });
      },
    },
  }) as FontkitFont;
}
