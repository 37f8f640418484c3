/**
 * The yaml parser's errors → what a plan author needs: a French message (the parser's English
 * text is left out: messages are French), a position on the offending token, and for
 * duplicate keys the JSON pointer of the repeated key.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type YAMLError } from "yaml";

const hints: Record<string, string> = {
  TAB_AS_INDENT: "tabulation utilisée pour l’indentation : indentez avec des espaces",
  BAD_INDENT: "indentation incorrecte : alignez la clé sur ses voisines",
  MULTILINE_IMPLICIT_KEY: "clé sur plusieurs lignes : vérifiez l’indentation ou un `:` manquant",
  UNEXPECTED_TOKEN: "élément inattendu : vérifiez l’indentation et la ponctuation",
  BLOCK_AS_IMPLICIT_KEY: "structure mal indentée : vérifiez l’indentation",
  BLOCK_IN_FLOW:
    "bloc indenté dans une liste ou un bloc entre crochets ou accolades : écrivez-le sur une ligne",
  MULTIPLE_DOCS:
    "un fichier de plan contient un seul document YAML : retirez le séparateur `---` ou scindez le fichier",
  DUPLICATE_KEY: "clé en double dans ce bloc : gardez une seule occurrence",
  BAD_ALIAS: "alias invalide : `*nom` doit désigner une ancre `&nom` définie plus haut",
  ALIAS_PROPS: "un alias `*nom` ne peut pas porter d’ancre ni d’étiquette",
  BAD_DQ_ESCAPE: "séquence d’échappement invalide entre guillemets doubles",
  BAD_SCALAR_START: "une valeur ne peut pas commencer par ce caractère : mettez-la entre guillemets",
  BAD_DIRECTIVE: "directive YAML invalide",
  BAD_PROP_ORDER: "ancre ou étiquette mal placée",
  MULTIPLE_ANCHORS: "une valeur ne peut porter qu’une ancre",
  MULTIPLE_TAGS: "une valeur ne peut porter qu’une étiquette",
  TAG_RESOLVE_FAILED: "étiquette YAML inconnue : retirez-la",
  KEY_OVER_1024_CHARS: "clé trop longue (plus de 1024 caractères)",
  NON_STRING_KEY: "une clé doit être un texte simple",
  BAD_COLLECTION_TYPE: "type de collection YAML inattendu",
};

/** French message for one parser error (`raw` is the parser's English text, used only to pick). */
export function yamlMessage(code: string, raw: string): string {
  if (code === "MISSING_CHAR") {
    if (/quote/i.test(raw))
      return "guillemet non fermé : fermez la valeur commencée ici par le même guillemet";
    if (/[\]}]/.test(raw))
      return "crochet ou accolade non fermé : fermez la liste ou le bloc commencé plus haut";
    return "caractère manquant (virgule ou `:` entre deux éléments ?)";
  }
  return hints[code] ?? "YAML invalide : vérifiez l’indentation et la ponctuation autour de cette position";
}

/**
 * Offset of the offending token: the opening quote of an unterminated string (the parser points
 * where the string ended), the key of a badly indented line (not the indentation before it).
 */
export function errorOffset(e: YAMLError, doc: Document, text: string): number {
  const pos = e.pos[0];
  if (e.code === "MISSING_CHAR" && /quote/i.test(e.message)) {
    const start = quotedScalarEndingAt(doc.contents, pos);
    if (start !== null) return start;
  }
  if (e.code === "BAD_INDENT" && (pos === 0 || text[pos - 1] === "\n")) {
    let i = pos;
    while (text[i] === " ") i++;
    if (i < text.length && text[i] !== "\n" && text[i] !== "\r") return i;
  }
  return pos;
}

function quotedScalarEndingAt(node: unknown, end: number): number | null {
  if (isScalar(node)) {
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    return quoted && node.range && node.range[1] === end ? node.range[0] : null;
  }
  const children = isMap(node) ? node.items.flatMap((p) => [p.key, p.value]) : isSeq(node) ? node.items : [];
  for (const child of children) {
    const found = quotedScalarEndingAt(child, end);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Path segments (map keys as strings, list indexes as numbers) of the mapping key starting at
 * `offset`, within this file; null when no key starts there.
 */
export function keyPathAt(node: unknown, offset: number): (string | number)[] | null {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const k = pair.key;
      const name = isScalar(k) ? String(k.value) : null;
      if (name !== null && isScalar(k) && k.range?.[0] === offset) return [name];
      const inner = name === null ? null : keyPathAt(pair.value, offset);
      if (inner) return [name as string, ...inner];
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const inner = keyPathAt(node.items[i], offset);
      if (inner) return [i, ...inner];
    }
  }
  return null;
}
