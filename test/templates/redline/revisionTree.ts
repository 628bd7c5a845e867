// What Word's "accept all changes" and "reject all changes" do to a document.xml, for the tests: a small
// element tree of the markup (the files are ours: no comments, CDATA or DTD), the revisions applied per
// ECMA-376 §17.13.5, and the text of every paragraph in document order (table cells included).
export interface XmlElement {
  readonly name: string;
  attributes: string;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const TOKEN = /<\?[^>]*\?>|<\/([\w:]+)>|<([\w:]+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;

export function xmlTree(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attributes: '', children: [] };
  const stack = [root];
  for (const m of xml.matchAll(TOKEN)) {
    const top = stack.at(-1)!;
    if (m[1]) {
      if (stack.pop()!.name !== m[1]) throw new Error(`unbalanced </${m[1]}>`);
    } else if (m[2]) {
      const element: XmlElement = { name: m[2], attributes: m[3] ?? '', children: [] };
      top.children.push(element);
      if (m[4] !== '/') stack.push(element);
    } else if (m[5] !== undefined) top.children.push(m[5]);
  }
  if (stack.length !== 1) throw new Error('unclosed element');
  return root;
}

const isElement = (n: XmlNode): n is XmlElement => typeof n !== 'string';
const child = (e: XmlElement, name: string) => e.children.filter(isElement).find((c) => c.name === name);

/** Every element named `name`, in document order. */
export function elementsNamed(e: XmlElement, name: string): XmlElement[] {
  return e.children.filter(isElement).flatMap((c) => [...(c.name === name ? [c] : []), ...elementsNamed(c, name)]);
}

/** The revision mark of a paragraph (w:pPr/w:rPr/w:ins|del) or a row (w:trPr/w:ins|del), removed and returned. */
function markTaken(e: XmlElement, props: string, inner: string | null): 'w:ins' | 'w:del' | null {
  const p = child(e, props);
  const holder = p && (inner ? child(p, inner) : p);
  const mark = holder?.children.filter(isElement).find((c) => c.name === 'w:ins' || c.name === 'w:del');
  if (!holder || !mark) return null;
  holder.children = holder.children.filter((c) => c !== mark);
  return mark.name as 'w:ins' | 'w:del';
}

/**
 * Applies every revision: `accept` keeps insertions and drops deletions, `reject` the other way round.
 * In three passes, as the content goes: run-level revisions and rows first, then tables left without
 * rows, then paragraphs whose mark is gone join the paragraph that now follows them (or, emptied and
 * followed by no paragraph, go).
 */
export function revisionsResolved(root: XmlElement, mode: 'accept' | 'reject'): XmlElement {
  const dropped = mode === 'accept' ? 'w:del' : 'w:ins';
  const kept = mode === 'accept' ? 'w:ins' : 'w:del';
  const contentResolved = (e: XmlElement) => {
    const out: XmlNode[] = [];
    for (const c of e.children) {
      if (!isElement(c)) out.push(c);
      else if (c.name === dropped && c.children.length > 0) continue; // a run-level revision: gone
      else if (c.name === kept && c.children.length > 0) {
        contentResolved(c);
        out.push(...c.children); // a run-level revision: its runs stay
      } else if (c.name === 'w:tr' && markTaken(c, 'w:trPr', null) === dropped) continue;
      else {
        if (c.name === 'w:delText') (c as { name: string }).name = 'w:t';
        contentResolved(c);
        out.push(c);
      }
    }
    e.children = out;
  };
  const emptyTablesDropped = (e: XmlElement) => {
    e.children = e.children.filter((c) => !isElement(c) || c.name !== 'w:tbl' || c.children.some((n) => isElement(n) && n.name === 'w:tr'));
    for (const c of e.children) if (isElement(c)) emptyTablesDropped(c);
  };
  const paragraphsJoined = (e: XmlElement) => {
    const out: XmlNode[] = [];
    for (let i = 0; i < e.children.length; i++) {
      const c = e.children[i]!;
      if (isElement(c)) paragraphsJoined(c);
      const next = e.children.slice(i + 1).find(isElement);
      if (isElement(c) && c.name === 'w:p' && markTaken(c, 'w:pPr', 'w:rPr') === dropped) {
        const content = c.children.filter((n) => !isElement(n) || n.name !== 'w:pPr');
        if (next?.name === 'w:p') {
          const at = next.children.findIndex((n) => isElement(n) && n.name === 'w:pPr') + 1;
          next.children.splice(at, 0, ...content);
          continue;
        }
        // Before a table (or last in a cell) an emptied paragraph goes, as Word removes it; one with text stays.
        if (content.length === 0) continue;
      }
      out.push(c);
    }
    e.children = out;
  };
  contentResolved(root);
  emptyTablesDropped(root);
  paragraphsJoined(root);
  return root;
}

const unescaped = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function textOf(e: XmlElement): string {
  return e.children.map((c) => (isElement(c) ? (c.name === 'w:t' ? c.children.filter((n) => !isElement(n)).join('') : textOf(c)) : '')).join('');
}

/** The text of each paragraph of the body, in order (cells and nested tables included). */
export function paragraphTexts(root: XmlElement): string[] {
  return elementsNamed(root, 'w:p').map((p) => unescaped(textOf(p)));
}
