// The DOCX zip writer: what it writes, an unzipper reads back and its headers hold what a ZIP
// reader checks; same entries, same bytes; the plan date as the only timestamp.
import { inflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32, zipEntries } from "../../src/render/docx/zip.js";

/** CRC-32 bit by bit, straight from the definition: an independent check of the writer's. */
function bitwiseCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const entries = (): [string, Uint8Array][] => [
  ["[Content_Types].xml", Buffer.from("<Types/>")],
  ["word/document.xml", Buffer.from("<w:body>" + "é « texte » ".repeat(5000) + "</w:body>")],
  ["empty.bin", new Uint8Array(0)],
];

describe("zipEntries", () => {
  it("round-trips through an unzipper, entries in the order given", () => {
    const zipped = zipEntries(entries(), "2026-03-15");
    const back = unzipSync(zipped);
    expect(Object.keys(back)).toEqual(entries().map(([n]) => n));
    for (const [name, data] of entries())
      expect(Buffer.from(back[name]).equals(Buffer.from(data))).toBe(true);
  });

  it("writes repeated contents (a binder's headers and footers) as a zip of separate deflates would", () => {
    const footer = Buffer.from("<w:ftr>" + "Page X / Y ".repeat(50) + "</w:ftr>");
    const other = Buffer.from("<w:ftr>" + "Page Y / X ".repeat(50) + "</w:ftr>");
    const list: [string, Uint8Array][] = [
      ["word/footer1.xml", footer],
      ["word/footer2.xml", other],
      ["word/footer3.xml", Buffer.from(footer)],
      ["word/footer4.xml", new Uint8Array(0)],
      ["word/footer5.xml", new Uint8Array(0)],
    ];
    const zip = Buffer.from(zipEntries(list, "2026-03-15"));
    const back = unzipSync(zip);
    for (const [name, data] of list) expect(Buffer.from(back[name]).equals(Buffer.from(data))).toBe(true);
    // Each entry on its own gives the same compressed bytes: sharing them changes nothing.
    const alone = list.map(([n, d]) => Buffer.from(zipEntries([[n, d]], "2026-03-15")));
    const local = (z: Buffer): Buffer => z.subarray(0, z.readUInt32LE(z.length - 6));
    expect(Buffer.concat(alone.map(local)).equals(local(zip))).toBe(true);
  });

  it("gives the same bytes for the same entries and date, other bytes for another date", () => {
    const a = zipEntries(entries(), "2026-03-15");
    expect(Buffer.from(zipEntries(entries(), "2026-03-15")).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(zipEntries(entries(), "2026-03-16")).equals(Buffer.from(a))).toBe(false);
  });

  it("writes headers a ZIP reader checks: sizes, CRC, offsets, the plan date as DOS date", () => {
    const zip = Buffer.from(zipEntries(entries(), "2026-03-15"));
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    expect(count).toBe(3);
    for (const [name, data] of entries()) {
      expect(zip.readUInt32LE(at)).toBe(0x02014b50);
      const crc = zip.readUInt32LE(at + 16);
      const size = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      expect(zip.toString("utf8", at + 46, at + 46 + nameLength)).toBe(name);
      expect(zip.readUInt16LE(at + 14)).toBe(((2026 - 1980) << 9) | (3 << 5) | 15);
      const local = zip.readUInt32LE(at + 42);
      expect(zip.readUInt32LE(local)).toBe(0x04034b50);
      const start = local + 30 + zip.readUInt16LE(local + 26);
      const inflated = inflateRawSync(zip.subarray(start, start + size));
      expect(inflated.equals(Buffer.from(data))).toBe(true);
      expect(crc).toBe(bitwiseCrc32(data));
      at += 46 + nameLength;
    }
  });

  it("computes the standard CRC-32, natively or with its own table", () => {
    const check = Buffer.from("123456789");
    expect(crc32(check, false)).toBe(0xcbf43926);
    expect(crc32(check)).toBe(0xcbf43926);
    const big = entries()[1][1];
    expect(crc32(big, false)).toBe(crc32(big));
  });
});
