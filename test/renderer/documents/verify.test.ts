// 核验: a fingerprint typed in full or short, upper or lower case, with hyphens; read from a signed
// .docx's footer; and from a version file, whose content must still hash to the fingerprint it claims.
import { describe, expect, it } from 'vitest';
import { agreementVersionFirst, type AgreementVersion } from '../../../shared/bundle/agreement';
import { documentDocxBytes } from '../../../templates/render/docx';
import { fileFingerprint, fingerprintMatches, fingerprintQueryParse, verifyDocxPartsBytesMax } from '../../../renderer/features/documents/verify';
import type { StoredAgreement } from '../../../renderer/db/agreementRepo';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { testCreditCode } from '../db/testDb';
import { zerosDeflated, zipCrafted } from '../../shared/bundle/zipCraft';

const full = '3f2a09bc1d4e7a60'.padEnd(64, 'a');

async function version(): Promise<AgreementVersion> {
  const made = await agreementVersionFirst(
    { agreementId: 'a1', kind: 'wage', title: '工资专项集体合同', enterpriseCreditCode: testCreditCode() },
    {
      title: '工资专项集体合同',
      parties: { employer: { name: '厂', creditCode: testCreditCode(), chief: '李四' }, workers: { name: '工会', chief: '张三' } },
      term: { from: '2021-02-01', to: '2022-01-31' },
      clauses: [{ number: '第一条', heading: '', text: '月基本工资2000元。' }],
      figures: [],
      signedAt: '2021-01-15',
    },
  );
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

describe('fingerprintQueryParse', () => {
  it('reads the full form anywhere in the text and the short form with hyphens, in any case', () => {
    expect(fingerprintQueryParse(`文本指纹（SHA-256）：${full.toUpperCase()}`)).toEqual({ kind: 'full', fingerprint: full });
    expect(fingerprintQueryParse(' 3F2A-09BC-1D4E-7A60 ')).toEqual({ kind: 'prefix', prefix: '3f2a09bc1d4e7a60' });
  });

  it('refuses what is not a fingerprint (too short, not hex)', () => {
    expect(fingerprintQueryParse('3f2a-09bc')).toBeNull();
    expect(fingerprintQueryParse('工资专项集体合同')).toBeNull();
    expect(fingerprintQueryParse('zzzz-zzzz-zzzz-zzzz')).toBeNull();
  });

  it('matches stored versions by the full value or its start', () => {
    const stored = [{ id: 'x', enterpriseId: 'e' as EnterpriseId, updatedAt: '', version: { fingerprint: full } as AgreementVersion }];
    expect(fingerprintMatches(stored as StoredAgreement[], { kind: 'prefix', prefix: '3f2a09bc1d4e7a60' })).toHaveLength(1);
    expect(fingerprintMatches(stored as StoredAgreement[], { kind: 'prefix', prefix: '3f2a09bc1d4e7a61' })).toHaveLength(0);
  });
});

describe('fileFingerprint', () => {
  it('finds the fingerprint in a signed .docx footer, and none in a draft', async () => {
    const doc = { title: '工资专项集体合同', blocks: [{ kind: 'paragraph' as const, runs: [{ text: '正文' }] }] };
    const signed = await documentDocxBytes({ ...doc, meta: { draft: false, fingerprint: full } });
    expect(await fileFingerprint('合同.docx', signed)).toEqual({ ok: true, value: full });
    const draft = await documentDocxBytes({ ...doc, meta: { draft: true } });
    expect(await fileFingerprint('合同.DOCX', draft)).toMatchObject({ ok: false, error: { code: 'verify.noFingerprint' } });
  });

  it('re-computes a version file’s fingerprint and catches an edited text', async () => {
    const v = await version();
    const bytes = (x: unknown) => new TextEncoder().encode(JSON.stringify(x));
    expect(await fileFingerprint('v1.json', bytes(v))).toEqual({ ok: true, value: v.fingerprint });
    const edited = { ...v, content: { ...v.content, clauses: [{ number: '第一条', heading: '', text: '月基本工资1500元。' }] } };
    expect(await fileFingerprint('v1.json', bytes(edited))).toMatchObject({ ok: false, error: { code: 'verify.tampered' } });
  });

  it('reports an unreadable file as such', async () => {
    expect(await fileFingerprint('broken.docx', new Uint8Array([1, 2, 3]))).toMatchObject({ ok: false, error: { code: 'verify.unreadable' } });
  });

  it('refuses a .docx whose footer is a zip bomb (sizes that lie, or past the limit) and a .json nested past the limit', async () => {
    const bomb = zerosDeflated(40);
    const lying = zipCrafted([{ name: 'word/footer1.xml', data: bomb, size: 1000 }]);
    expect(await fileFingerprint('bomb.docx', lying)).toMatchObject({ ok: false, error: { code: 'verify.unreadable' } });
    const honest = zipCrafted([{ name: 'word/document.xml', data: bomb, size: 40 << 20 }]);
    expect(verifyDocxPartsBytesMax).toBeLessThan(40 << 20);
    expect(await fileFingerprint('bomb.docx', honest)).toMatchObject({ ok: false, error: { code: 'verify.unreadable' } });
    // Parts that carry no fingerprint are not unpacked at all, whatever they declare.
    const image = zipCrafted([{ name: 'word/media/image1.png', data: bomb, size: 40 << 20 }, { name: 'word/footer1.xml', data: new TextEncoder().encode(full), size: 64, method: 0 }]);
    expect(await fileFingerprint('pictures.docx', image)).toEqual({ ok: true, value: full });
    const deep = new TextEncoder().encode('['.repeat(100_000) + ']'.repeat(100_000));
    expect(await fileFingerprint('v1.json', deep)).toMatchObject({ ok: false, error: { code: 'verify.unreadable' } });
  });
});
