// LibreOffice opens the redline and reads its revisions as revisions: converted to .odt, the text carries
// tracked insertions and deletions with the author and date; printed to PDF (changes are shown by
// default, struck and underlined), the page has both the old and the new wage, in figures and capitals.
// The pair is ref-2020-2 → ref-2020-3 (1,570 back to 1,750), whose article on the wage change is body text
// that reads the same however the lines break (a table cell's lines come out of pdftotext interleaved).
// Runs only where `soffice` and `pdftotext` are on PATH; skipped elsewhere.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { caseRedline } from '../../../templates/redline/caseRedline';
import { redlineDocxBytes } from '../../../templates/redline/redlineDocx';
import { zipEntryText } from '../zipEntry';
import { sampleRound } from './redlinePairs';

const run = promisify(execFile);
const onPath = (tool: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, tool)));
const available = onPath('soffice') && onPath('pdftotext');
const PROFILE = 'file:///tmp/lo-redline-profile';

describe('LibreOffice reads the redline', () => {
  it.skipIf(!available)(
    'as tracked insertions and deletions, and prints the old and the new wage',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'wagedesk-redline-'));
      try {
        const r = caseRedline('wage-agreement', sampleRound('ref-2020-2'), sampleRound('ref-2020-3'));
        const docx = join(dir, 'redline.docx');
        await writeFile(docx, await redlineDocxBytes(r.redline!, { author: '职工方', date: '2020-03-13T08:30:00Z' }));
        const convert = (to: string) => run('soffice', [`-env:UserInstallation=${PROFILE}`, '--headless', '--convert-to', to, '--outdir', dir, docx], { timeout: 110_000 });

        await convert('odt');
        const content = zipEntryText(await readFile(join(dir, 'redline.odt')), 'content.xml');
        expect(content).toContain('<text:tracked-changes');
        const regions = content.match(/<text:changed-region[\s\S]*?<\/text:changed-region>/g) ?? [];
        const kinds = new Set(regions.map((region) => /<text:(insertion|deletion|format-change)/.exec(region)?.[1]));
        expect(kinds).toEqual(new Set(['insertion', 'deletion']));
        for (const region of regions) expect(region).toMatch(/<dc:creator>职工方<\/dc:creator><dc:date>2020-03-13T08:30:00/);
        // The old wage is kept in the deletion's region, as LibreOffice stores deleted text.
        expect(regions.some((region) => region.includes('<text:deletion>') && region.includes('1,750.00'))).toBe(true);

        await convert('pdf');
        const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'redline.pdf'), '-']);
        const text = stdout.replace(/\s+/g, '');
        // Old then new, in place: 由1,750.00→1,570.00 元调整为1,570.00→1,750.00 元, and the capitals likewise.
        expect(text).toContain('职工月基本工资由1,750.001,570.00元调整为1,570.001,750.00元');
        expect(text).toContain('人民币壹仟伍佰柒拾元整壹仟柒佰伍拾元整');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
