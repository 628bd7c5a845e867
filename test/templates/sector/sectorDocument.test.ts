import { describe, expect, it } from 'vitest';
import { documentPlainText } from '../../../templates/model';
import { documentDocxBytes } from '../../../templates/render/docx';
import { sectorDocument, sectorFingerprint } from '../../../templates/sector/sectorDocument';
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

  it('renders to a .docx like the enterprise agreements', async () => {
    const bytes = await documentDocxBytes(sectorDocument(sector()));
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  });
});
