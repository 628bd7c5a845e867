// The .docx package: the parts cached per kind of document (draft, fingerprint) never leak into another
// kind, every part the package names is in it, and two renders of one document give the same parts.
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../templates/model';
import { DRAFT_MARK, documentDocxBytes } from '../../templates/render/docx';
import { sampleDocument } from './sampleCase';
import { zipEntryNames, zipEntryText } from './zipEntry';

const wage = sampleDocument('wage-agreement');
const signed = (fingerprint: string): Document => ({ ...wage, meta: { draft: false, fingerprint } });
const final: Document = { ...wage, meta: { draft: false } };

/** Every part by name, as text; core.xml without its creation time, which is the moment of the call. */
function parts(bytes: Uint8Array): Map<string, string> {
  return new Map(zipEntryNames(bytes).map((n) => [n, zipEntryText(bytes, n).replace(/(<dcterms:\w+ [^>]*>)[^<]*/g, '$1')]));
}

/** What tells a draft, a final copy and a signed copy apart, read out of the package. */
async function kindOf(doc: Document) {
  const bytes = await documentDocxBytes(doc);
  const p = parts(bytes);
  const headers = [...p].filter(([n]) => n.startsWith('word/header')).map(([, t]) => t).join('');
  const footers = [...p].filter(([n]) => n.startsWith('word/footer')).map(([, t]) => t).join('');
  return { bytes, p, draftMark: headers.includes(DRAFT_MARK), footers, sectPr: p.get('word/document.xml')!.match(/<w:sectPr>.*<\/w:sectPr>/)![0] };
}

/** The package is whole: CRCs hold, and every relationship and content-type override names a part in it. */
function expectWhole(bytes: Uint8Array): void {
  const zip = new PizZip(bytes, { checkCRC32: true });
  const names = new Set(Object.keys(zip.files));
  const types = zip.file('[Content_Types].xml')!.asText();
  for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(names, part).toContain(part);
  const rels = zip.file('word/_rels/document.xml.rels')!.asText();
  for (const [, target] of rels.matchAll(/Target="([^"]+)"/g)) expect(names, target).toContain(`word/${target}`);
  // The section's header and footer references resolve to those relationships.
  for (const [, id] of zip.file('word/document.xml')!.asText().matchAll(/<w:(?:header|footer)Reference [^>]*r:id="(rId\d+)"/g)) expect(rels).toContain(`Id="${id}"`);
}

describe('docx package', () => {
  it('keeps the draft header, the fingerprint footer and the page setup apart between kinds of document, in any order', async () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    // Interleaved, so each kind is built after another kind was cached.
    const runs = [await kindOf(wage), await kindOf(signed(a)), await kindOf(final), await kindOf(signed(b)), await kindOf(wage), await kindOf(signed(a))];
    const [draft1, signedA1, finalOnce, signedB, draft2, signedA2] = runs;
    expect([draft1, draft2].map((r) => r!.draftMark)).toEqual([true, true]);
    expect([signedA1, signedA2, signedB, finalOnce].map((r) => r!.draftMark)).toEqual([false, false, false, false]);
    expect(draft1!.sectPr).toContain('headerReference');
    expect(finalOnce!.sectPr).not.toContain('headerReference');
    expect(draft1!.p.has('word/header1.xml')).toBe(true);
    expect(finalOnce!.p.has('word/header1.xml')).toBe(false);
    expect(signedA1!.footers).toContain(a);
    expect(signedA2!.footers).toContain(a);
    expect(signedB!.footers).toContain(b);
    expect(signedB!.footers).not.toContain(a);
    for (const r of [draft1, finalOnce]) expect(r!.footers).not.toMatch(/文本指纹/);
    for (const r of runs) expectWhole(r!.bytes);
  });

  it('gives each of many signed copies its own fingerprint (the cache of kinds is bounded, not shared)', async () => {
    for (let i = 0; i < 12; i++) {
      const fingerprint = i.toString(16).padStart(64, 'c');
      const { footers } = await kindOf(signed(fingerprint));
      expect(footers).toContain(fingerprint);
    }
  });

  it('renders one document twice to the same parts, in the same order', async () => {
    const [one, two] = [await documentDocxBytes(wage), await documentDocxBytes(wage)];
    expect(zipEntryNames(two)).toEqual(zipEntryNames(one));
    expect(parts(two)).toEqual(parts(one));
    // (Not the byte length: core.xml carries the moment of each call, and its compressed size can differ.)
    expectWhole(one);
  });

  it('writes each document its own body and title over the shared parts', async () => {
    const other: Document = { title: '另一份', meta: wage.meta, blocks: [{ kind: 'paragraph', runs: [{ text: '只有一段' }] }] };
    const [p1, p2] = [parts(await documentDocxBytes(wage)), parts(await documentDocxBytes(other))];
    expect(p2.get('word/document.xml')).toContain('只有一段');
    expect(p2.get('word/document.xml')).not.toContain('福建隆祥皮革有限公司');
    expect(p2.get('docProps/core.xml')).toContain('<dc:title>另一份</dc:title>');
    expect(p1.get('docProps/core.xml')).toContain(`<dc:title>${wage.title}</dc:title>`);
    expect(p2.get('word/styles.xml')).toBe(p1.get('word/styles.xml'));
  });
});
