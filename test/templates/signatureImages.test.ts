// Drawn signatures in the .docx: each image is a media part with an image relationship and an inline
// drawing in its party's signature line; wet and unsigned parties keep the blank line; a document without
// images is byte for byte what the renderer wrote before images existed (hashes below, taken then).
import { createHash } from 'node:crypto';
import PizZip from 'pizzip';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Document, SignatureImage, SignatureParty } from '../../templates/model';
import { documentDocxBytes } from '../../templates/render/docx';
import { base64Bytes, documentWithSignatureImages, pngSize, signatureImageOf } from '../../templates/signatureImage';
import { signatureDataUrl, signaturePng } from './signaturePng';
import { zipEntryNames, zipEntryText } from './zipEntry';

// The zip's entry times are local time: fixed here so the whole file can be compared.
process.env.TZ = 'UTC';

const party = (sideLabel: string, partyName: string, signerName?: string): SignatureParty => ({
  sideLabel,
  partyName,
  seal: true,
  signerRole: '首席代表（签字）',
  ...(signerName ? { signerName } : {}),
  dateLabel: '日期',
  dateText: '2021年1月20日',
});

/** A short agreement with both chiefs and a witness, as templates/documents/common.ts lays them out. */
function agreement(meta: Document['meta']): Document {
  return {
    title: '工资专项集体合同',
    subtitle: '（2021年度）',
    meta,
    blocks: [
      { kind: 'paragraph', runs: [{ text: '第一条 双方协商一致，订立本合同。' }] },
      {
        kind: 'signatureBlock',
        parties: [party('企业方', '福建隆祥皮革有限公司', '吴华贵'), party('职工方', '福建隆祥皮革有限公司工会', '陈会珍')],
        witness: { ...party('见证单位', '福鼎市总工会'), signerRole: '见证人（签字）' },
      },
      { kind: 'filingBlock', authority: '福鼎市人力资源和社会保障局', fields: ['报送日期', '审查意见'] },
    ],
  };
}

const fingerprint = 'ab'.repeat(32);
const signed = agreement({ draft: false, fingerprint });
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** `doc` with images for the parties `which` names (企业方, 职工方, 见证单位). */
function withImages(doc: Document, which: Record<string, SignatureImage>): Document {
  return documentWithSignatureImages(doc, (p) => which[p.sideLabel]);
}

const employerPng = signaturePng({ seed: 0 });
const workersPng = signaturePng({ seed: 1, width: 600, height: 200 });
const image = (png: Uint8Array): SignatureImage => ({ png, ...pngSize(png)! });

describe('signature images in the model', () => {
  it('decodes base64 as Node does, and refuses what is not base64', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 31, 32, 33, 100]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff);
      const text = Buffer.from(bytes).toString('base64');
      expect(base64Bytes(text)).toEqual(bytes);
      expect(base64Bytes(text.replace(/=+$/, ''))).toEqual(bytes);
    }
    expect(base64Bytes('ab$d')).toBeNull();
    expect(base64Bytes('abcde')).toBeNull();
  });

  it('reads a data URL’s PNG size from its IHDR chunk and refuses other data', () => {
    expect(signatureImageOf(signatureDataUrl({ width: 600, height: 200 }))).toMatchObject({ widthPx: 600, heightPx: 200 });
    expect(signatureImageOf('data:image/png;base64,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    expect(signatureImageOf('data:image/jpeg;base64,iVBORw0KGgo=')).toBeNull();
    // The 1×1 PNG the sign dialog tests use.
    expect(signatureImageOf('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==')).toMatchObject({ widthPx: 1, heightPx: 1 });
  });

  it('leaves a document without images as the same object', () => {
    expect(documentWithSignatureImages(signed, () => null)).toBe(signed);
  });
});

describe('drawn signatures in the .docx', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-01-20T09:30:12Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('puts two drawn signatures in as media parts, relationships and drawings that name them', async () => {
    const doc = withImages(signed, { 企业方: image(employerPng), 职工方: { ...image(workersPng), png: Buffer.from(workersPng).toString('base64') } });
    const bytes = await documentDocxBytes(doc);
    const zip = new PizZip(bytes, { checkCRC32: true });
    const names = new Set(Object.keys(zip.files));

    // The images are in the package as they were drawn.
    expect(new Uint8Array(zip.file('word/media/sig1.png')!.asUint8Array())).toEqual(employerPng);
    expect(new Uint8Array(zip.file('word/media/sig2.png')!.asUint8Array())).toEqual(workersPng);

    // Each has an image relationship from document.xml, beside docx's own.
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    const images = [...rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]+\/relationships\/image" Target="([^"]+)"\/>/g)];
    expect(images.map(([, , target]) => target)).toEqual(['media/sig1.png', 'media/sig2.png']);
    for (const [, target] of rels.matchAll(/Target="([^"]+)"/g)) expect(names).toContain(`word/${target}`);
    expect(rels).toContain('Target="styles.xml"');
    const ids = [...rels.matchAll(/Id="([^"]+)"/g)].map(([, id]) => id);
    expect(new Set(ids).size).toBe(ids.length);

    expect(zip.file('[Content_Types].xml')!.asText()).toMatch(/<Default ContentType="image\/png" Extension="png"\/>/);

    // Two inline drawings, in the chiefs' signature lines, each naming an existing relationship.
    const body = zip.file('word/document.xml')!.asText();
    const embeds = [...body.matchAll(/<w:drawing>.*?r:embed="([^"]+)".*?<\/w:drawing>/g)].map(([, id]) => id);
    expect(embeds).toEqual(images.map(([, id]) => id));
    const docPrIds = [...body.matchAll(/<wp:docPr id="(\d+)"/g)].map(([, id]) => id);
    expect(new Set(docPrIds).size).toBe(2);
    const signLines = [...body.matchAll(/<w:t xml:space="preserve">(?:首席代表|见证人)（签字）：<\/w:t><\/w:r>(<w:r>.*?<\/w:r>)<\/w:p>/g)].map(([, next]) => next!);
    expect(signLines).toHaveLength(3);
    expect(signLines[0]).toContain('r:embed="rIdSig1"');
    expect(signLines[1]).toContain('r:embed="rIdSig2"');
    // Those lines grow to the picture (a proportionally spaced line would clip it in LibreOffice).
    expect(body.match(/w:lineRule="atLeast"\/><w:jc w:val="left"\/><\/w:pPr><w:r><w:t xml:space="preserve">首席代表（签字）：<\/w:t><\/w:r><w:r><w:drawing>/g)).toHaveLength(2);
    // The witness signed on paper: the blank line stays. Names and dates print as before.
    expect(signLines[2]).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">\u3000+<\/w:t>/);
    for (const text of ['（吴华贵）', '（陈会珍）', '2021年1月20日']) expect(body).toContain(text);
  });

  it('fits each signature in 40 × 15 mm beside its label, keeping its aspect', async () => {
    const doc = withImages(signed, { 企业方: image(employerPng), 职工方: image(workersPng), 见证单位: image(signaturePng({ width: 200, height: 200 })) });
    const body = zipEntryText(await documentDocxBytes(doc), 'word/document.xml');
    const extents = [...body.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map(([, cx, cy]) => [Number(cx) / 36_000, Number(cy) / 36_000] as const);
    expect(extents).toHaveLength(3);
    const aspects = [480 / 144, 600 / 200, 1];
    extents.forEach(([w, h], i) => {
      expect(w).toBeLessThanOrEqual(40);
      expect(h).toBeLessThanOrEqual(15);
      expect(w / h).toBeCloseTo(aspects[i]!, 2);
    });
    // A wide signature takes the width left beside "首席代表（签字）：" in half the text block (about 35 mm).
    expect(extents[0]![0]).toBeGreaterThan(30);
    // A square one is as tall as allowed.
    expect(extents[2]![1]).toBeCloseTo(15, 3);
  });

  it('writes a document without images byte for byte as before, also after one with images', async () => {
    // With images first, so the cached parts it shares with the others would show any change.
    await documentDocxBytes(withImages(signed, { 企业方: image(employerPng), 职工方: image(workersPng), 见证单位: image(employerPng) }));
    expect(sha256(await documentDocxBytes(signed))).toBe('16417fa7d13ca63963cba061de13b3dbc2c7e20e0d962da14bb02e00a47d46d2');
    expect(sha256(await documentDocxBytes(agreement({ draft: false })))).toBe('ba78a7b4c45671dfaf12dae0ad19f65d6679b61ff2bd289093c3cd23323fe780');
    // A draft's watermark shape has a random id per process: the parts are compared without it.
    const draft = await documentDocxBytes(agreement({ draft: true }));
    const parts = zipEntryNames(draft)
      .map((n) => `${n}\n${zipEntryText(draft, n).replace(/PowerPlusWaterMarkObject[\w-]+/, 'W')}`)
      .join('\n');
    expect(sha256(parts)).toBe('ba380dbe47ec74629e982e0b78af0e91079ca68e2190fa65c84190d4ab180f22');
    expect(zipEntryNames(draft).some((n) => n.startsWith('word/media/'))).toBe(false);
  });

  it('keeps the blank line where the image does not decode', async () => {
    const broken: SignatureImage = { png: 'not base64!', widthPx: 10, heightPx: 10 };
    const bytes = await documentDocxBytes(withImages(signed, { 企业方: broken }));
    expect(zipEntryText(bytes, 'word/document.xml')).not.toContain('<w:drawing>');
    // The footer's fingerprint QR code is the signed document's only image.
    expect(zipEntryNames(bytes).filter((n) => n.startsWith('word/media/'))).toHaveLength(1);
  });
});
