import { describe, expect, it } from 'vitest';
import { documentPlainText } from '../../../templates/model';
import { documentDocxBytes } from '../../../templates/render/docx';
import { sectorFingerprint } from '../../../shared/sector/sectorFingerprint';
import { sectorDocument } from '../../../templates/sector/sectorDocument';
import { sector } from '../../shared/sector/sectorFixtures';

describe('sector agreement document', () => {
  it('prints the standards, the member annex and a signature block per signing party', () => {
    const regional = sector({ kind: 'regional', scope: '龙安开发区', employersParty: { name: '成员企业代表', chief: '陈某', kind: 'representatives' } });
    const doc = sectorDocument(regional);
    expect(doc.title).toBe('区域性工资专项集体合同');
    expect(doc.meta).toEqual({ draft: true });
    const text = documentPlainText(doc);
    expect(text).toContain('附件：成员企业名单');
    for (const m of regional.members) expect(text).toContain(m.creditCode);
    expect(text).toContain('合计 | 590');
    // 霞浦's sector minimum is below its legal floor: the article says the legal floor applies.
    expect(text).toContain('按当地最低工资标准执行');
    const signatures = doc.blocks.find((b) => b.kind === 'signatureBlock');
    expect(signatures?.kind === 'signatureBlock' ? signatures.parties.length : 0).toBe(2 + regional.members.length);
    expect(sectorDocument(sector()).title).toBe('行业性工资专项集体合同');
  });

  it('marks a signed agreement with the fingerprint of what was signed', async () => {
    const signed = sector({ signedAt: '2020-06-28' });
    const fingerprint = await sectorFingerprint(signed);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await sectorFingerprint(sector({ signedAt: '2020-06-28' }))).toBe(fingerprint);
    expect(await sectorFingerprint(sector({ signedAt: '2020-06-29' }))).not.toBe(fingerprint);
    expect(sectorDocument(signed, fingerprint).meta).toEqual({ draft: false, fingerprint });
  });

  it('wraps the signature block of a members-signed agreement three parties to a row, on paper and on screen', async () => {
    const { zipEntryText } = await import('../zipEntry');
    const regional = sector({ kind: 'regional', scope: '龙安开发区', employersParty: { name: '成员企业代表', chief: '陈某', kind: 'representatives' } });
    const doc = sectorDocument(regional);
    const block = doc.blocks.find((b) => b.kind === 'signatureBlock')!;
    const only = { ...doc, blocks: [block] };
    const xml = zipEntryText(await documentDocxBytes(only), 'word/document.xml');
    const outer = xml.slice(xml.indexOf('<w:tbl>'));
    // 7 parties: three rows of at most three columns (the seal boxes are tables of their own, one row each).
    expect(outer.match(/<w:gridCol /g)?.length).toBe(3 + 7);
    expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(3 + 7);
  });

  it('renders to a .docx like the enterprise agreements', async () => {
    const bytes = await documentDocxBytes(sectorDocument(sector()));
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });
});

describe('freezing a sector agreement', () => {
  it('stores the text as printed that day, prints that text later, and covers it with the fingerprint', async () => {
    const { sectorFreeze, sectorDocumentShown } = await import('../../../templates/sector/sectorFreeze');
    const frozen = await sectorFreeze(sector(), '2020-06-28' as never);
    expect(frozen.fingerprint).toBe(await sectorFingerprint(frozen));
    const shown = sectorDocumentShown(frozen);
    expect(shown.source).toBe('frozen');
    expect(shown.doc.meta).toEqual({ draft: false, fingerprint: frozen.fingerprint });
    expect(documentPlainText(shown.doc)).toBe(documentPlainText(sectorDocument(frozen)));
    // Whatever is drawn from the data later (a new template, new legal floors), the signed text stays.
    const stored = frozen.frozenDocument as { blocks: { kind: string; heading?: string }[] };
    const changedText = { ...frozen, frozenDocument: { ...stored, blocks: stored.blocks.map((b) => (b.kind === 'clause' && b.heading === '适用范围' ? { ...b, heading: '改动' } : b)) } };
    expect(documentPlainText(sectorDocumentShown(changedText as never).doc)).toContain('改动');
    expect(await sectorFingerprint(changedText as never)).not.toBe(frozen.fingerprint);
  });

  it('draws an agreement signed before the text was stored again from its data, and says so', async () => {
    const { sectorDocumentShown } = await import('../../../templates/sector/sectorFreeze');
    const old = sector({ signedAt: '2020-06-28' });
    const legacy = { ...old, fingerprint: await sectorFingerprint(old) };
    expect(sectorDocumentShown(legacy).source).toBe('regenerated');
    expect(sectorDocumentShown(sector()).source).toBe('draft');
  });
});
