/** Template failures: always name the template file and the line, as docs/templates.md promises. */
export class TemplateError extends Error {
  constructor(
    message: string,
    /** Path of the template file (bundled or user override). */
    readonly file: string,
    /** 1-based line in that file; 0 when unknown. */
    readonly line: number,
  ) {
    super(message);
    this.name = "TemplateError";
  }
}

/** Line of a Handlebars error: `lineNumber` (strict lookups), else `- l:c` or `on line l` in the text. */
function errorLine(e: unknown): number {
  const lineNumber = (e as { lineNumber?: unknown } | null)?.lineNumber;
  if (typeof lineNumber === "number" && lineNumber > 0) return lineNumber;
  const text = e instanceof Error ? e.message : String(e);
  const m = / - (\d+):\d+/.exec(text) ?? /on line (\d+)/.exec(text);
  return m ? Number(m[1]) : 0;
}

/** Wraps a Handlebars error into `file:line : message`; an error already wrapped (inner partial) passes. */
export function toTemplateError(e: unknown, file: string): TemplateError {
  if (e instanceof TemplateError) return e;
  const line = errorLine(e);
  const raw = e instanceof Error ? e.message : String(e);
  const detail = raw
    .replace(/ - \d+:\d+$/, "")
    .replace(/^"([^"]+)" not defined in .*$/s, "champ « $1 » absent des données")
    .trim();
  const where = line > 0 ? `${file}:${line}` : file;
  return new TemplateError(`${where}\u00a0: ${detail}`, file, line);
}
