/**
 * A small XML 1.0 well-formedness checker for the package parts (no DTD, no namespaces checked):
 * one root, tags balanced and properly nested, attributes quoted and unique, entities known,
 * no character XML forbids, no `<` or `&` loose in text. Returns the first problem, or undefined.
 */
const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
// C0 controls other than tab, line feed, carriage return; lone surrogates; U+FFFE/U+FFFF.
const FORBIDDEN =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkText(text: string, where: number): string | undefined {
  const bad = FORBIDDEN.exec(text);
  if (bad) return `caractère interdit U+${bad[0].charCodeAt(0).toString(16)} vers ${where + bad.index}`;
  for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
    if (!ENTITY.test(text.slice(i, i + 12))) return `entité invalide vers ${where + i}`;
  }
  if (text.includes("<")) return `« < » dans le texte vers ${where}`;
  return undefined;
}

export function xmlProblem(xml: string): string | undefined {
  let i = 0;
  if (xml.startsWith("<?xml")) {
    i = xml.indexOf("?>") + 2;
    if (i < 2) return "déclaration XML non fermée";
  }
  const stack: string[] = [];
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    const problem = checkText(text, i);
    if (problem) return problem;
    if (stack.length === 0 && text.trim() !== "") return `texte hors de l’élément racine vers ${i}`;
    if (lt === -1) break;
    const gt = xml.indexOf(">", lt);
    if (gt === -1) return `balise non fermée vers ${lt}`;
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      if (stack.pop() !== name) return `</${name}> ne ferme pas l’élément ouvert vers ${lt}`;
    } else {
      const selfClosing = tag.endsWith("/");
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = /^[^\s/>]+/.exec(body)?.[0] ?? "";
      if (!NAME.test(name)) return `nom d’élément invalide « ${name} » vers ${lt}`;
      const rest = body.slice(name.length);
      const attr = /\s+([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/y;
      const seen = new Set<string>();
      let at = 0;
      for (;;) {
        attr.lastIndex = at;
        const m = attr.exec(rest);
        if (!m) break;
        if (!NAME.test(m[1]) || seen.has(m[1])) return `attribut « ${m[1]} » invalide ou répété vers ${lt}`;
        seen.add(m[1]);
        const valueProblem = checkText(m[2].slice(1, -1), lt);
        if (valueProblem) return valueProblem;
        at = attr.lastIndex;
      }
      if (rest.slice(at).trim() !== "") return `attributs illisibles dans <${name}> vers ${lt}`;
      if (stack.length === 0 && ++roots > 1) return `second élément racine vers ${lt}`;
      if (!selfClosing) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length > 0) return `éléments non fermés : ${stack.join(" > ")}`;
  if (roots !== 1) return "aucun élément racine";
  return undefined;
}
