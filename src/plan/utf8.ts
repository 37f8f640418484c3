/** UTF-8 checks done before YAML parsing, so a Latin-1 file gets `encoding`, not garbage. */
export type DecodeResult = { ok: true; text: string } | { ok: false; offset: number; reason: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return { ok: false, offset: 0, reason: "le fichier est en UTF-16 ; enregistrez-le en UTF-8" };
  }
  try {
    // TextDecoder drops a leading UTF-8 BOM (ignoreBOM: false), which the spec accepts.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, offset: firstInvalidByte(bytes), reason: "" };
  }
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let n = 0;
    let min = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) ((n = 1), (min = 0x80));
    else if (b >= 0xe0 && b <= 0xef) ((n = 2), (min = 0x800));
    else if (b >= 0xf0 && b <= 0xf4) ((n = 3), (min = 0x10000));
    else return i;
    if (i + n >= bytes.length && n > 0) return i;
    let cp = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (n > 0 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    i += n + 1;
  }
  return bytes.length;
}
