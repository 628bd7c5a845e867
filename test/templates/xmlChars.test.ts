// Whatever characters a user pastes into a name, a title or a clause, every document still opens: each
// part of every template's .docx is well-formed XML 1.0 (forbidden characters dropped, the rest escaped),
// and LibreOffice lays out the worst of them. See worstCase.ts for what the case carries.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { templateNames } from '../../templates/registry';
import { documentDocxBytes } from '../../templates/render/docx';
import { escapeXml, xmlCharsClean } from '../../templates/render/xml';
import { BAD_CHARS, worstDocuments, worstEnterpriseName } from './worstCase';
import { xmlProblem } from './xmlWellFormed';

const docs = worstDocuments();
const cleanName = xmlCharsClean(worstEnterpriseName);

describe('the XML escaper', () => {
  it('drops what XML 1.0 forbids or discourages, escapes the five, keeps tab, line breaks and characters beyond the BMP', () => {
    expect(escapeXml(`a${BAD_CHARS}b`)).toBe('ab');
    expect(escapeXml('&<>"\'')).toBe('&amp;&lt;&gt;&quot;&apos;');
    expect(escapeXml('\t\n\r𠀀😀')).toBe('\t\n\r𠀀😀');
    // A lone half at either end, and a pair split by another character.
    expect(escapeXml('\uD800x\uDC00')).toBe('x');
    expect(escapeXml('\uD83D\uDE00')).toBe('😀');
  });
});

describe('the well-formedness check itself', () => {
  it.each([
    ['<a>\uFFFE</a>', 'not an XML character'],
    ['<a><b></a></b>', 'closes another element'],
    ['<a>&</a>', 'bare &'],
    ['<a>&#1;</a>', 'not an XML character'],
    ['<a x="1" x="2"/>', 'twice'],
    ['<a x="<"/>', 'malformed'],
    ['<a/><b/>', 'more than one root'],
    ['<a>', 'never closed'],
  ])('refuses %j', (xml, problem) => {
    expect(xmlProblem(new TextEncoder().encode(xml))).toContain(problem);
  });

  it('refuses a lone surrogate written as UTF-8 bytes (TextEncoder would have made it U+FFFD)', () => {
    expect(xmlProblem(Uint8Array.of(0x3c, 0x61, 0x3e, 0xed, 0xa0, 0x80, 0x3c, 0x2f, 0x61, 0x3e))).toBe('not UTF-8');
  });

  it('accepts a declaration, attributes, references and an empty element', () => {
    expect(xmlProblem(new TextEncoder().encode('<?xml version="1.0"?>\n<a b=\'&amp;\' c="&#x4E2D;"><c/>&lt;&#20013;</a>\n'))).toBeNull();
  });
});

describe('every template, with every forbidden character in its text, makes a .docx whose every part is well-formed', () => {
  it.each(templateNames)('%s', async (name) => {
    const doc = docs.get(name)!;
    const parts = unzipSync(await documentDocxBytes(doc));
    const xmlParts = Object.keys(parts).filter((part) => /\.(xml|rels)$/.test(part));
    expect(xmlParts).toEqual(expect.arrayContaining(['word/document.xml', 'docProps/core.xml', '[Content_Types].xml', 'word/styles.xml']));
    for (const part of xmlParts) expect(xmlProblem(parts[part]!), part).toBeNull();
    // The text is still there, only without the characters that were dropped.
    const body = strFromU8(parts['word/document.xml']!);
    expect(body).toContain(escapeXml(cleanName));
    expect(strFromU8(parts['docProps/core.xml']!)).toContain(`<dc:title>${escapeXml(doc.title)}</dc:title>`);
  });

  it('a signed copy too: the footer carries the fingerprint docx writes itself', async () => {
    const doc = docs.get('wage-agreement')!;
    const parts = unzipSync(await documentDocxBytes({ ...doc, meta: { draft: false, fingerprint: `${'ab'.repeat(32)}${BAD_CHARS}` } }));
    for (const part of Object.keys(parts).filter((p) => /\.(xml|rels)$/.test(p))) expect(xmlProblem(parts[part]!), part).toBeNull();
    const footers = Object.keys(parts).filter((p) => p.startsWith('word/footer')).map((p) => strFromU8(parts[p]!)).join('');
    expect(footers).toContain('ab'.repeat(32));
  });
});

const onPath = (tool: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, tool)));

describe('LibreOffice opens the worst case', () => {
  // One conversion (the machine is shared): the OHS agreement has the parties table, the edited clause,
  // the commitment row taller than a page, the signatures and the filing box.
  it.skipIf(!onPath('soffice'))(
    'converts the worst-case OHS agreement to PDF',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'wagedesk-xml-'));
      try {
        const docx = join(dir, 'ohs.docx');
        await writeFile(docx, await documentDocxBytes(docs.get('ohs-agreement')!));
        const profile = `file://${join(dir, 'lo-profile')}`;
        await promisify(execFile)('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 110_000 });
        const pdf = await readFile(join(dir, 'ohs.pdf'));
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        if (onPath('pdftotext')) {
          const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', join(dir, 'ohs.pdf'), '-']);
          expect(stdout.replace(/\s+/g, '')).toContain('福建隆祥&<>"\'𠀀皮革有限公司');
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
