/**
 * Handlebars engine of the documents (docs/templates.md). Templates print the block language, so
 * `{{value}}` must escape for that language (escapeBlockText), not for HTML.
 *
 * How: Handlebars emits `container.escapeExpression(v)` for every `{{…}}`, and that function is the
 * shared `Utils.escapeExpression` of the package (not per instance), so it cannot be swapped on an
 * instance. Handlebars documents subclassing its `JavaScriptCompiler` per instance instead: our
 * subclass emits a call to the instance helper `blockEscape` wherever it would have emitted the HTML
 * escape. Helpers still receive raw values (escaping happens only when a value is printed), `{{{…}}}`
 * stays raw, and a `SafeString` returned by a helper is printed as is, as in stock Handlebars.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import { escapeBlockText } from "../doc/escape.js";
import type { BlockText } from "../doc/source.js";
import { TemplateError, toTemplateError } from "./error.js";
import { registerHelpers } from "./helpers.js";
import { FILE_OPTION, installPositions } from "./positions.js";

export { TemplateError } from "./error.js";

export type TemplateName = "pca" | "pra" | "psca" | "fiche" | "binder" | "exercise";

export interface RenderOptions {
  /** Folder whose `<name>.hbs` and `_<partial>.hbs` files replace the bundled ones of that name. */
  templatesDir?: string;
}

/** The bundled templates; the same relative path works from `src/templates` and `dist/templates`. */
export const bundledTemplatesDir = fileURLToPath(new URL("../../templates/", import.meta.url));

type HandlebarsEnv = typeof Handlebars;
type Compiled = (context: unknown, options?: unknown) => string;

/** Minimal shape of Handlebars' code generator (absent from its type definitions). */
interface CompilerInstance {
  options: { strict?: boolean };
  source: { currentLocation?: { start?: { line: number; column: number }; end?: { line: number; column: number } } };
  aliasable(name: string): unknown;
  quotedString(text: string): string;
  push(expr: unknown): void;
  resolvePath(type: string, parts: string[], startPartIndex: number, falsy?: boolean, strict?: boolean): void;
  appendToBuffer(source: unknown[]): unknown;
  popStack(): unknown;
  pushSource(source: unknown): void;
}
type CompilerClass = new () => CompilerInstance;

const ESCAPE_HELPER = "blockEscape";

/** The value printed by `{{…}}`: same null/SafeString rules as Handlebars, block-language escaping. */
function blockEscape(value: unknown): string {
  if (value !== null && typeof value === "object" && typeof (value as { toHTML?: unknown }).toHTML === "function") {
    return String((value as { toHTML: () => unknown }).toHTML());
  }
  if (value === null || value === undefined) return "";
  return escapeBlockText(value);
}

function createInstance(): HandlebarsEnv {
  const hb = Handlebars.create();
  const Base = (hb as unknown as { JavaScriptCompiler: CompilerClass }).JavaScriptCompiler;
  class BlockCompiler extends Base {
    /**
     * Stock strict mode checks only the last segment of `{{a.b.c}}` and nothing in helper
     * arguments (`{{#if a.b}}`, `{{#each list}}`): a misspelt field would silently print nothing or
     * crash without a line. Here every segment of every path must exist, with its location.
     */
    override resolvePath(type: string, parts: string[], startPartIndex: number, falsy?: boolean, strict?: boolean): void {
      if (!this.options.strict) return super.resolvePath(type, parts, startPartIndex, falsy, strict);
      const loc = this.source.currentLocation;
      const literal = loc ? JSON.stringify({ start: loc.start, end: loc.end }) : "undefined";
      let stack: unknown = this.popStack();
      for (let i = startPartIndex; i < parts.length; i++) {
        stack = [this.aliasable("container.strict"), "(", stack, ", ", this.quotedString(parts[i]), ", ", literal, ")"];
      }
      this.push(stack);
    }

    appendEscaped(): void {
      this.pushSource(
        // The trailing `{}` stands for the options object Handlebars' helper wrapper expects last.
        this.appendToBuffer([this.aliasable(`container.helpers.${ESCAPE_HELPER}`), "(", this.popStack(), ", {})"]),
      );
    }
  }
  // Nested programs ({{#each}} bodies…) are compiled with `this.compiler`: keep our subclass there.
  (BlockCompiler.prototype as unknown as { compiler: unknown }).compiler = BlockCompiler;
  (hb as unknown as { JavaScriptCompiler: CompilerClass }).JavaScriptCompiler = BlockCompiler;
  hb.registerHelper(ESCAPE_HELPER, blockEscape);
  registerHelpers(hb);
  installPositions(hb);
  return hb;
}

interface Environment {
  hb: HandlebarsEnv;
  templates: Map<string, Compiled>;
  bundled: string;
  override: string | undefined;
  /** Every file compiled here; its index is the file number of its line markers (positions.ts). */
  files: string[];
}

const environments = new Map<string, Environment>();

/** The file that provides `file` (e.g. `pca.hbs`): the override folder first, then the bundled one. */
function locate(env: Environment, file: string): string | undefined {
  if (env.override !== undefined) {
    const candidate = join(env.override, file);
    if (existsSync(candidate)) return candidate;
  }
  const bundled = join(env.bundled, file);
  return existsSync(bundled) ? bundled : undefined;
}

/**
 * Compiles one file; every error it raises (parse or strict lookup) names the file and line, and
 * its output carries line markers that name them too (positions.ts).
 */
function compileFile(env: Environment, path: string): Compiled {
  const source = readFileSync(path, "utf8").replace(/\r\n?/g, "\n");
  const options = { strict: true, [FILE_OPTION]: env.files.push(path) - 1 };
  let fn: Compiled;
  try {
    fn = env.hb.compile(source, options) as Compiled;
  } catch (e) {
    throw toTemplateError(e, path);
  }
  return (context, options) => {
    try {
      return fn(context, options);
    } catch (e) {
      throw toTemplateError(e, path);
    }
  };
}

function partialFiles(dir: string | undefined): string[] {
  if (dir === undefined || !existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => /^_.+\.hbs$/.test(f));
}

function environment(templatesDir: string | undefined): Environment {
  const key = templatesDir ?? "";
  const cached = environments.get(key);
  if (cached) return cached;
  const env: Environment = {
    hb: createInstance(),
    templates: new Map(),
    bundled: bundledTemplatesDir,
    override: templatesDir,
    files: [],
  };
  const partials = new Set([...partialFiles(bundledTemplatesDir), ...partialFiles(templatesDir)]);
  for (const file of [...partials].sort()) {
    const path = locate(env, file)!;
    env.hb.registerPartial(file.slice(1, -4), compileFile(env, path) as Handlebars.Template);
  }
  environments.set(key, env);
  return env;
}

/**
 * Renders a document template into block-language text, with the line markers that name its
 * template files and lines (src/doc/source.ts; `parseBlockText` reads and strips them). `data` is a
 * view (src/view): every string already formatted in French; the template only places it.
 */
export function renderTemplate(name: TemplateName, data: unknown, options: RenderOptions = {}): BlockText {
  const env = environment(options.templatesDir);
  let template = env.templates.get(name);
  if (!template) {
    const path = locate(env, `${name}.hbs`);
    if (path === undefined) throw new TemplateError(`modèle « ${name}.hbs » introuvable`, `${name}.hbs`, 0);
    template = compileFile(env, path);
    env.templates.set(name, template);
  }
  return { text: template(data), files: env.files };
}

/** Forgets compiled templates (tests that rewrite a templates folder between renders). */
export function clearTemplateCache(): void {
  environments.clear();
}
