import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementFingerprint, agreementSignatureAdd, agreementVersionFirst, agreementVersionNew, type AgreementContent } from '../../../shared/bundle/agreement';
import { canonicalJson } from '../../../shared/backup/canonicalJson';
import { sha256Hex } from '../../../shared/backup/sha256';
import { referenceContents, unwrap } from './fixtures';

async function referenceAgreement() {
  return (await referenceContents()).agreements[0]!;
}

function withBaseWage(content: AgreementContent, fen: number): AgreementContent {
  return { ...content, figures: content.figures.map((f) => (f.key === 'baseWageMonthlyFen' ? { ...f, value: fen } : f)) };
}

describe('agreement versions', () => {
  it('fingerprint the content as SHA-256 of its canonical JSON, whatever the key order', async () => {
    const { content, fingerprint } = await referenceAgreement();
    expect(fingerprint).toBe(await sha256Hex(unwrap(canonicalJson(content))));
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as AgreementContent;
    expect(unwrap(await agreementFingerprint(reordered))).toBe(fingerprint);
  });

  it('give a different fingerprint for any different base wage', async () => {
    const { content, fingerprint } = await referenceAgreement();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 10_000_000 }).filter((fen) => fen !== 200_000), async (fen) => {
        return unwrap(await agreementFingerprint(withBaseWage(content, fen))) !== fingerprint;
      }),
      { numRuns: 50 },
    );
  });

  it('make the next version unsigned and void the previous one with its signatures kept', async () => {
    const v1 = await referenceAgreement();
    expect(v1.signatures).toHaveLength(2);
    const { previous, next } = unwrap(await agreementVersionNew(v1, withBaseWage(v1.content, 210_000)));
    expect(previous).toEqual({ ...v1, voided: true });
    expect(next).toMatchObject({ agreementId: v1.agreementId, version: 2, signatures: [], voided: false });
    expect(next.fingerprint).not.toBe(v1.fingerprint);
  });

  it('refuse a new version with the same content, and signing a voided version', async () => {
    const v1 = await referenceAgreement();
    const same = await agreementVersionNew(v1, v1.content);
    expect(same.ok ? 'ok' : same.error.code).toBe('agreement.unchanged');
    const signed = agreementSignatureAdd({ ...v1, voided: true }, { role: 'witness', name: '福鼎市总工会', signedAt: '2021-01-16T09:00:00+08:00', kind: 'wet' });
    expect(signed.ok ? 'ok' : signed.error.code).toBe('agreement.voided');
  });

  it('check the content when making version 1', async () => {
    const v1 = await referenceAgreement();
    const meta = { agreementId: 'x', kind: 'wage' as const, title: 't', enterpriseCreditCode: v1.enterpriseCreditCode };
    const bad = await agreementVersionFirst(meta, { ...v1.content, term: { from: '2022-01-01', to: '2021-01-01' } });
    expect(bad.ok ? 'ok' : bad.error).toMatchObject({ code: 'agreement.invalid', params: { field: 'content.term.to' } });
    const good = unwrap(await agreementVersionFirst(meta, v1.content));
    expect(good).toMatchObject({ version: 1, fingerprint: v1.fingerprint, signatures: [], voided: false });
  });
});
