/**
 * The content streams' deflater (render/pdf/deflater.ts): one zlib engine reset between buffers.
 * Every stream must inflate back to its buffer, the first must be `deflateSync`'s, the same
 * buffers in the same order must give the same bytes, and without the engine internals it uses
 * — or when they answer wrong — every buffer must go through `deflateSync`.
 */
import { randomBytes } from "node:crypto";
import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { Deflater } from "../../../src/render/pdf/deflater.js";

const text = (n: number, seed: number): Buffer =>
  Buffer.from(
    Array.from(
      { length: n },
      (_, i) => `${(i * seed) % 997} 12.5 Td (reprise de l’activité ${i % 13}) Tj\n`,
    ).join(""),
    "latin1",
  );

/** Pages of a document: mostly text of a few KB, with an empty one, a byte, and one over 64 KB. */
const buffers: Buffer[] = [
  text(80, 7),
  Buffer.alloc(0),
  Buffer.from("q"),
  ...Array.from({ length: 40 }, (_, i) => text(40 + ((i * 37) % 120), i + 3)),
  Buffer.concat([randomBytes(70_000), text(2000, 11)]),
  text(60, 5),
];

describe("Deflater", () => {
  it("writes streams that inflate back to their buffers, the first as deflateSync writes it", () => {
    const deflater = new Deflater(3);
    const out = buffers.map((b) => deflater.deflate(b));
    deflater.close();
    out.forEach((d, i) => expect(inflateSync(d).equals(buffers[i])).toBe(true));
    expect(Buffer.from(out[0]).equals(deflateSync(buffers[0], { level: 3 }))).toBe(true);
  });

  it("writes the parts it is given as one stream, as deflateSync writes them joined", () => {
    const deflater = new Deflater(3);
    const split = buffers.map((b, i) => [
      b.subarray(0, (i * 131) % (b.length + 1)),
      b.subarray((i * 131) % (b.length + 1)),
    ]);
    const out = split.map((parts) => deflater.deflate(...parts));
    deflater.close();
    out.forEach((d, i) => expect(inflateSync(d).equals(buffers[i])).toBe(true));
    expect(Buffer.from(out[0]).equals(deflateSync(buffers[0], { level: 3 }))).toBe(true);
    // The same engine, the same buffers whole: the same bytes (zlib's output does not depend on
    // how its input is split).
    const whole = new Deflater(3);
    buffers.forEach((b, i) => expect(Buffer.from(whole.deflate(b)).equals(Buffer.from(out[i]))).toBe(true));
    whole.close();
  });

  it("uses its one engine for every buffer on this Node (the internals it needs are there)", () => {
    const reused: (Uint8Array | undefined)[] = [];
    class Spy extends Deflater {
      protected override reused(parts: Uint8Array[]): Uint8Array | undefined {
        const out = super.reused(parts);
        reused.push(out);
        return out;
      }
    }
    const deflater = new Spy(3);
    const out = buffers.map((b) => deflater.deflate(b));
    expect(reused.every((r) => r !== undefined)).toBe(true);
    // The first buffer is written by deflateSync too (the check); every later one by the engine.
    for (let i = 1; i < out.length; i++) expect(out[i]).toBe(reused[i]);
  });

  it("gives the same bytes for the same buffers in the same order", () => {
    const run = () => {
      const deflater = new Deflater(3);
      return buffers.map((b) => Buffer.from(deflater.deflate(b)).toString("base64"));
    };
    expect(run()).toEqual(run());
  });

  it("goes through deflateSync when the engine's internals are missing", () => {
    class Without extends Deflater {
      protected override reused(): Uint8Array | undefined {
        return undefined;
      }
    }
    const deflater = new Without(3);
    for (const b of buffers)
      expect(Buffer.from(deflater.deflate(b)).equals(deflateSync(b, { level: 3 }))).toBe(true);
  });

  it("goes through deflateSync for good once the internals answer wrong on the first buffer", () => {
    let calls = 0;
    class Wrong extends Deflater {
      protected override reused(parts: Uint8Array[]): Uint8Array | undefined {
        calls++;
        return Buffer.concat([super.reused(parts)!, Buffer.from([0])]);
      }
    }
    const deflater = new Wrong(3);
    for (const b of buffers)
      expect(Buffer.from(deflater.deflate(b)).equals(deflateSync(b, { level: 3 }))).toBe(true);
    expect(calls).toBe(1);
  });
});
