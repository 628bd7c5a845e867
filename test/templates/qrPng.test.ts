import { unzlibSync } from 'fflate';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../shared/bundle/bytes';
import { qrPng } from '../../templates/render/qrPng';

const FP = 'c4c9be3616bf9f342bf302eeddc9674cf7ffe9e72bd6c3ab5c0832c02fa80330';

/** The PNG's chunks: type, data, and whether the stored CRC matches. */
function chunks(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array; crcOk: boolean }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({ type, data: png.subarray(at + 8, at + 8 + length), crcOk: view.getUint32(at + 8 + length) === crc32(png.subarray(at + 4, at + 8 + length)) });
    at += 12 + length;
  }
  return out;
}

describe('the fingerprint QR code in the .docx footer', () => {
  it('is a valid PNG whose pixels are the QR modules of the fingerprint, with a quiet zone', () => {
    const scale = 4;
    const margin = 4;
    const png = qrPng(FP, scale, margin);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((c) => c.crcOk)).toBe(true);
    const modules = create(FP, { errorCorrectionLevel: 'M' }).modules;
    const side = (modules.size + 2 * margin) * scale;
    const header = new DataView(parts[0]!.data.buffer, parts[0]!.data.byteOffset);
    expect([header.getUint32(0), header.getUint32(4)]).toEqual([side, side]);
    const raw = unzlibSync(parts[1]!.data);
    expect(raw.length).toBe(side * (side + 1));
    const pixel = (x: number, y: number) => raw[y * (side + 1) + 1 + x];
    for (let my = -margin; my < modules.size + margin; my++) {
      for (let mx = -margin; mx < modules.size + margin; mx++) {
        const inside = my >= 0 && mx >= 0 && my < modules.size && mx < modules.size;
        const dark = inside && modules.get(my, mx) === 1;
        expect(pixel((mx + margin) * scale + 1, (my + margin) * scale + 2), `${mx},${my}`).toBe(dark ? 0 : 255);
      }
    }
  });
});

describe('a signed .docx', () => {
  it('carries the QR code of its fingerprint in the footer, beside the fingerprint; a draft carries none', async () => {
    const { unzipSync } = await import('fflate');
    const { documentDocxBytes } = await import('../../templates/render/docx');
    const body = { title: '测试', blocks: [{ kind: 'paragraph' as const, runs: [{ text: '正文' }] }] };
    const signed = unzipSync(await documentDocxBytes({ ...body, meta: { draft: false, fingerprint: FP } }));
    const footer = new TextDecoder().decode(signed['word/footer1.xml']);
    expect(footer).toContain(FP);
    expect(footer).toContain('<w:drawing>');
    const rels = new TextDecoder().decode(signed['word/_rels/footer1.xml.rels']);
    const target = /Target="([^"]+\.png)"/.exec(rels)?.[1];
    expect(target).toBeDefined();
    expect([...signed[`word/${target!.replace(/^\/?word\//, '')}`]!.subarray(0, 4)]).toEqual([137, 80, 78, 71]);
    const draft = unzipSync(await documentDocxBytes({ ...body, meta: { draft: true } }));
    expect(Object.keys(draft).some((name) => name.endsWith('.png'))).toBe(false);
  });
});
