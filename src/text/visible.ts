/**
 * Text from a plan or a file name shown on a terminal (docs/cli.md): control characters, line
 * and paragraph separators, bidirectional overrides and non-characters are written as `\u001b`
 * escapes, so a plan can neither drive the terminal nor split a one-line diagnostic into a
 * forged one. JSON output needs none of this (JSON.stringify escapes what JSON requires).
 */
const invisible =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function visible(text: string): string {
  return text.replace(invisible, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
