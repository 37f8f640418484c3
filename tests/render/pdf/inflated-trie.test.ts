/**
 * fontkit's and unicode-properties' Unicode tries, inflated by Node's zlib rather than by
 * unicode-trie's own JavaScript inflater (render/pdf/fontkit.ts `inflatedTrie`): for every trie
 * those packages build, and every code point, the trie must answer what unicode-trie answers
 * from the serialized data; data that is not a serialized trie is left to unicode-trie.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { inflatedTrie } from "../../../src/render/pdf/fontkit.js";

const require = createRequire(import.meta.url);
type Trie = { get(codePoint: number): number };
const UnicodeTrie = require("unicode-trie") as new (data: unknown) => Trie;

/** The base64 tries a package's bundle builds at load (`new UnicodeTrie(decode("…"))`). */
function tries(pkg: string): Uint8Array[] {
  // The package's CommonJS bundle, the file `require` loads (its `exports` hide the path).
  const source = readFileSync(require.resolve(pkg), "utf8");
  const found = [...source.matchAll(/unicodetrie\)\)\)\([^"]*"([A-Za-z0-9+/=]+)"\)/g)].map((m) =>
    Buffer.from(m[1], "base64"),
  );
  return found;
}

describe("Unicode tries inflated by zlib", () => {
  const all = [...tries("fontkit"), ...tries("unicode-properties")];

  it("finds the four tries fontkit and unicode-properties build", () => {
    expect(all.length).toBe(4);
  });

  it.each(all.map((data, i) => [i, data] as const))(
    "trie %i answers as unicode-trie's for every code point",
    (_i, data) => {
      const parsed = inflatedTrie(data);
      expect(parsed).toBeDefined();
      const ours = new UnicodeTrie(parsed);
      const theirs = new UnicodeTrie(data);
      const differ: number[] = [];
      for (let cp = 0; cp <= 0x10ffff; cp++) if (ours.get(cp) !== theirs.get(cp)) differ.push(cp);
      expect(differ).toEqual([]);
    },
  );

  it("leaves data that is not a serialized trie to unicode-trie", () => {
    expect(inflatedTrie(new Uint8Array(8))).toBeUndefined();
    expect(inflatedTrie(Buffer.from("pas un arbre, mais du texte quelconque"))).toBeUndefined();
    expect(inflatedTrie({ data: new Uint32Array(4) })).toBeUndefined();
  });
});
