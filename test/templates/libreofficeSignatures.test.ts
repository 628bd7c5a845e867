// A signed wage agreement with drawn signatures, opened in LibreOffice (headless, PDF export): the PDF
// must hold the three signature images (pdfimages -list) on the page with the signature block, with the
// signers' names and dates still laid out. Runs only where soffice, pdftotext and pdfimages are on PATH.
// To look at the page: WAGEDESK_KEEP_PDF=/some/dir keeps the .docx and .pdf there.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../templates/model';
import { documentDocxBytes } from '../../templates/render/docx';
import { documentWithSignatureImages, signatureImageOf } from '../../templates/signatureImage';
import { sampleDocument } from './sampleCase';
import { signatureDataUrl } from './signaturePng';

const run = promisify(execFile);
const onPath = (tool: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, tool)));
const available = ['soffice', 'pdftotext', 'pdfimages'].every(onPath);

/** The sample's wage agreement, final, with drawn signatures for both chiefs and the witness. */
function signedAgreement(): Document {
  const wage = sampleDocument('wage-agreement');
  const seeds: Record<string, number> = { 企业方: 0, 职工方: 1, 见证单位: 2 };
  return documentWithSignatureImages({ ...wage, meta: { draft: false, fingerprint: 'ab'.repeat(32) } }, (p) => signatureImageOf(signatureDataUrl({ seed: seeds[p.sideLabel] ?? 0 })));
}

describe('LibreOffice lays out drawn signatures', () => {
  it.skipIf(!available)(
    'shows each drawn signature as an image on the signature page',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'wagedesk-lo-sig-'));
      const profile = join(dir, `lo-profile-${Math.random().toString(36).slice(2)}`);
      try {
        const docx = join(dir, 'signed.docx');
        await writeFile(docx, await documentDocxBytes(signedAgreement()));
        await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 110_000 });
        const pdf = join(dir, 'signed.pdf');
        const keep = process.env.WAGEDESK_KEEP_PDF;
        if (keep) {
          await mkdir(keep, { recursive: true });
          await Promise.all([copyFile(docx, join(keep, 'signed.docx')), copyFile(pdf, join(keep, 'signed.pdf'))]);
        }
        // page num type width height ...: one 'image' row per picture (its transparency is an 'smask' row).
        const { stdout: list } = await run('pdfimages', ['-list', pdf]);
        const images = list
          .split('\n')
          .slice(2)
          .map((row) => row.trim().split(/\s+/))
          // The footer's fingerprint QR code (one per page) is a greyscale image; the signatures are in colour.
          .filter((cols) => cols[2] === 'image' && cols[5] !== 'gray');
        expect(images).toHaveLength(3);
        const pages = new Set(images.map((cols) => Number(cols[0])));
        expect(pages.size).toBe(1);
        // The page with the images is the one with the signature lines, names and dates.
        const [page] = [...pages];
        const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), pdf, '-']);
        const text = stdout.replace(/\s+/g, '');
        for (const needle of ['首席代表（签字）', '见证人（签字）', '（吴华贵）', '（陈会珍）', '日期']) expect(text, needle).toContain(needle);
        // Each picture is about signature size: wider than tall, as drawn.
        for (const cols of images) expect(Number(cols[3])).toBeGreaterThan(Number(cols[4]));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
