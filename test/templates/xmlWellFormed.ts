// A strict XML 1.0 well-formedness check for the parts of a .docx, with no parser library: the bytes are
// UTF-8, every character is an XML Char (§2.2), tags nest and match, attributes are quoted, unique and free
// of '<', and every '&' starts a predefined entity or a character reference to a Char. Enough to say a
// word processor's parser will not stop at the first byte, which is what a forbidden character does.

const CHARS = /^[\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const ATTRIBUTE = /[ \t\r\n]+([A-Za-z_:][A-Za-z0-9_.:-]*)[ \t\r\n]*=[ \t\r\n]*(?:"([^<"]*)"|'([^<']*)')/y;
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/y;

function referencesProblem(text: string): string | null {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    REFERENCE.lastIndex = at;
    const m = REFERENCE.exec(text);
    if (!m) return `a bare & at …${text.slice(at, at + 12)}`;
    const code = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? parseInt(m[3], 16) : null;
    if (code !== null && (code > 0x10ffff || !CHARS.test(String.fromCodePoint(code)))) return `&#${code}; is not an XML character`;
  }
  return null;
}

/** The first problem of `bytes` as an XML document, or null when it is well-formed. */
export function xmlProblem(bytes: Uint8Array): string | null {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not UTF-8';
  }
  if (!CHARS.test(xml)) {
    const bad = [...xml].find((c) => !CHARS.test(c))!;
    return `U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not an XML character`;
  }
  const open: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const text = xml.slice(at, lt < 0 ? xml.length : lt);
    if (open.length === 0 && text.trim() !== '') return `text outside the root: ${text.slice(0, 20)}`;
    const textProblem = referencesProblem(text);
    if (textProblem) return textProblem;
    if (lt < 0) break;
    const special = [['<?', '?>'], ['<!--', '-->'], ['<![CDATA[', ']]>']].find(([start]) => xml.startsWith(start!, lt));
    if (special) {
      const end = xml.indexOf(special[1]!, lt + special[0]!.length);
      if (end < 0) return `${special[0]} never closed`;
      at = end + special[1]!.length;
      continue;
    }
    const closing = xml[lt + 1] === '/';
    NAME.lastIndex = lt + (closing ? 2 : 1);
    const name = NAME.exec(xml)?.[0];
    if (!name) return `no tag name at ${lt}`;
    at = NAME.lastIndex;
    if (closing) {
      SPACE.lastIndex = at;
      SPACE.exec(xml);
      if (xml[SPACE.lastIndex] !== '>') return `</${name} is not closed with >`;
      if (open.pop() !== name) return `</${name}> closes another element`;
      at = SPACE.lastIndex + 1;
      continue;
    }
    const names = new Set<string>();
    for (ATTRIBUTE.lastIndex = at; ; ATTRIBUTE.lastIndex = at) {
      const m = ATTRIBUTE.exec(xml);
      if (!m) break;
      if (names.has(m[1]!)) return `<${name}> has ${m[1]} twice`;
      names.add(m[1]!);
      const valueProblem = referencesProblem(m[2] ?? m[3]!);
      if (valueProblem) return valueProblem;
      at = ATTRIBUTE.lastIndex;
    }
    SPACE.lastIndex = at;
    SPACE.exec(xml);
    at = SPACE.lastIndex;
    if (open.length === 0 && ++roots > 1) return 'more than one root element';
    if (xml.startsWith('/>', at)) at += 2;
    else if (xml[at] === '>') {
      open.push(name);
      at += 1;
    } else return `<${name} is malformed at …${xml.slice(at, at + 20)}`;
  }
  if (open.length > 0) return `<${open.at(-1)}> never closed`;
  return roots === 1 ? null : 'no root element';
}
