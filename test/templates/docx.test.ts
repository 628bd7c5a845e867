import { describe, expect, it } from 'vitest';
import type { Document } from '../../templates/model';
import { templateNames } from '../../templates/registry';
import { DRAFT_MARK, documentDocxBytes } from '../../templates/render/docx';
import { sampleDocument } from './sampleCase';
import { zipEntryNames, zipEntryText } from './zipEntry';

/** The sample's document, made through the user's path (sampleCase.ts). */
const build = (name: (typeof templateNames)[number]): Document => sampleDocument(name);

/** document.xml plus headers and footers, as one string. */
async function docxXml(doc: Document): Promise<{ body: string; headers: string; footers: string }> {
  const bytes = await documentDocxBytes(doc);
  const names = zipEntryNames(bytes);
  const part = (prefix: string) => names.filter((n) => n.startsWith(prefix)).map((n) => zipEntryText(bytes, n)).join('\n');
  return { body: zipEntryText(bytes, 'word/document.xml'), headers: part('word/header'), footers: part('word/footer') };
}

describe('docx rendering', () => {
  it.each(templateNames)('%s renders to a .docx (a zip with word/document.xml)', async (name) => {
    const bytes = await documentDocxBytes(build(name));
    expect(bytes.byteLength).toBeGreaterThan(5000);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK"
    expect(zipEntryText(bytes, 'word/document.xml')).toContain('福建隆祥皮革有限公司');
  });

  it('writes the parties, the figures and their capitals into the wage agreement', async () => {
    const { body } = await docxXml(build('wage-agreement'));
    for (const text of ['福建隆祥皮革有限公司工会', '吴华贵', '陈会珍', '冯宪有', '2,000.00 元', '人民币贰仟元整', '人民币壹仟伍佰柒拾元整', '福鼎市总工会']) {
      expect(body, text).toContain(text);
    }
  });

  it('writes 171,300.00 and 人民币壹拾柒万壹仟叁佰元整 into the job-retention agreement', async () => {
    const { body } = await docxXml(build('job-retention'));
    expect(body).toContain('171,300.00 元');
    expect(body).toContain('人民币壹拾柒万壹仟叁佰元整');
  });

  it('sets Chinese fonts in the East Asian slot: 宋体 for text, 黑体 for headings, through named styles', async () => {
    const bytes = await documentDocxBytes(build('wage-agreement'));
    const styles = zipEntryText(bytes, 'word/styles.xml');
    const body = zipEntryText(bytes, 'word/document.xml');
    // The document default (docDefaults) is 宋体 with Times New Roman for Latin; the 黑体 character style.
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts [^>]*w:eastAsia="宋体"/s);
    expect(styles).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"/);
    expect(styles).toMatch(/<w:style w:type="character" w:styleId="WdHei">.*?<w:rFonts [^>]*w:eastAsia="黑体".*?<\/w:style>/s);
    // Articles and headings use it; body paragraphs use the 正文 paragraph style.
    expect(body).toMatch(/<w:rStyle w:val="WdHei"\/><\/w:rPr><w:t xml:space="preserve">第一条/);
    expect(body).toContain('<w:pStyle w:val="WdBody"/>');
  });

  it('lays out A4 with the GB/T 9704 margins', async () => {
    const { body } = await docxXml(build('wage-agreement'));
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('numbers pages 第 X 页 共 Y 页 with PAGE and NUMPAGES fields', async () => {
    const { footers } = await docxXml(build('wage-agreement'));
    expect(footers).toContain('第 ');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(footers).toContain(' 页 共 ');
  });

  it('marks every page of a draft, and not of a final copy', async () => {
    const draft = build('wage-agreement');
    expect((await docxXml(draft)).headers).toContain(DRAFT_MARK);
    const final = await docxXml({ ...draft, meta: { draft: false } });
    expect(final.headers).not.toContain(DRAFT_MARK);
  });

  it('prints the fingerprint of a signed text in the footer', async () => {
    const fingerprint = 'a'.repeat(64);
    const { footers } = await docxXml({ ...build('wage-agreement'), meta: { draft: false, fingerprint } });
    expect(footers).toContain(fingerprint);
  });
});
