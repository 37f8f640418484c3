/**
 * Growable typed buffers for the text measuring loops of both backends: a large document
 * measures hundreds of thousands of texts, and an array per call made the garbage collector
 * the largest cost. A buffer grows to at least double, keeping what it holds.
 */
type Buffer = Uint32Array | Float64Array | Uint8Array;

/** `buffer` itself when it holds `size` elements, else a larger copy. */
export function atLeast<B extends Buffer>(buffer: B, size: number): B {
  if (size <= buffer.length) return buffer;
  const grown = new (buffer.constructor as new (n: number) => B)(Math.max(size, buffer.length * 2));
  grown.set(buffer);
  return grown;
}
