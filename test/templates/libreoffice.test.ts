// Opens each of the sample's documents (made through the user's path, sampleCase.ts) in LibreOffice (headless, PDF export) and reads the PDF back with
// pdftotext: the .docx must not only be a valid zip, a real word processor must lay it out with the
// parties, the required clause headings, the amounts in figures and capitals, and 第 X 页 共 Y 页.
// Runs only where `soffice` and `pdftotext` are on PATH; skipped elsewhere.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { wageAgreementClauseHeadings, wageAgreementRequiredClauses } from '../../templates/documents/wageAgreementChapters';
import { type TemplateName, templateNames } from '../../templates/registry';
import { documentDocxBytes } from '../../templates/render/docx';
import { sampleDocument } from './sampleCase';

const run = promisify(execFile);
const onPath = (tool: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, tool)));
const available = onPath('soffice') && onPath('pdftotext');

/** What each document must show once laid out (compared with all white space removed). */
const expected: Record<TemplateName, string[]> = {
  'wage-agreement': [
    '吴华贵',
    '陈会珍',
    ...wageAgreementRequiredClauses.map((id) => wageAgreementClauseHeadings[id]),
    '2,000.00元',
    '人民币贰仟元整',
    '人民币壹仟伍佰柒拾元整',
    '福鼎市总工会',
    // The automation investment is the round's commitment, printed in the wage agreement's 其他约定事项.
    '2,000,000.00元',
    '人民币贰佰万元整',
  ],
  'job-retention': ['吴华贵', '陈会珍', '171,300.00元', '人民币壹拾柒万壹仟叁佰元整', '5,710.00元', '人民币伍仟柒佰壹拾元整'],
  'request-letter': ['吴华贵', '协商时间', '协商地点', '协商内容', '2021年1月8日'],
  'congress-resolution': ['无记名投票', '应到代表'],
  'filing-cover': ['吴华贵', '陈会珍', '报送审查记录'],
  'ohs-agreement': ['吴华贵', '陈会珍', '合成革生产线有机溶剂挥发产生的有害气体', '加装封闭玻璃罩'],
  'women-workers': ['吴华贵', '陈会珍', '98天产假'],
  'meeting-minutes': ['吴华贵', '陈会珍', '达成一致的事项'],
};

/**
 * Every document's PDF text as LibreOffice laid it out, white space removed (CJK lines break anywhere).
 * One soffice run converts all eight: starting LibreOffice with a fresh profile costs more than the layout.
 */
async function pdfTextsOfAll(): Promise<Map<TemplateName, { text: string; pages: number }>> {
  const dir = await mkdtemp(join(tmpdir(), 'wagedesk-lo-'));
  const profile = join(dir, 'lo-profile');
  try {
    const files: string[] = [];
    for (const name of templateNames) {
      const docx = join(dir, `${name}.docx`);
      await writeFile(docx, await documentDocxBytes(sampleDocument(name)));
      files.push(docx);
    }
    await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 170_000 });
    const texts = new Map<TemplateName, { text: string; pages: number }>();
    for (const name of templateNames) {
      const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(dir, `${name}.pdf`), '-']);
      // pdftotext ends every page with a form feed.
      texts.set(name, { text: stdout.replace(/\s+/g, ''), pages: stdout.split('\f').length - 1 });
    }
    return texts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!available)('LibreOffice lays out every document of the sample', () => {
  let texts: Map<TemplateName, { text: string; pages: number }>;
  beforeAll(async () => {
    texts = await pdfTextsOfAll();
  }, 180_000);

  it.each(templateNames)(
    '%s converts to PDF with its parties, clauses, amounts and page numbers',
    (name) => {
      const { text, pages } = texts.get(name) ?? { text: '', pages: 0 };
      expect(pages).toBeGreaterThan(0);
      expect(text).toContain('福建隆祥皮革有限公司');
      for (const needle of expected[name]) expect(text, needle).toContain(needle);
      expect(text).toContain('第1页共');
      expect(text).toContain(`第${pages}页共${pages}页`);
    },
  );
});
