// Freezing a document as an agreement version, signing it, and a later change making the next version:
// the fingerprint covers the frozen text, the old version's signatures become void, and a frozen
// version prints what was signed rather than what the data says today.
import { describe, expect, it } from 'vitest';
import { agreementFingerprint, agreementVersionSchema } from '../../../shared/bundle/agreement';
import { isoDate } from '../../../shared/dates/isoDate';
import { templateNames } from '../../../templates/registry';
import { documentPlainText } from '../../../templates/model';
import { agreementContentSame, agreementDocument, templateSignable } from '../../../templates/agreement/content';
import { agreementFreeze, agreementIdFor, agreementSign, agreementState, documentForState, versionSigned } from '../../../templates/agreement/flow';
import { caseViewModelFor } from '../../../renderer/features/documents/caseViews';
import { templateRows, type TemplateRow } from '../../../renderer/features/documents/templateRows';
import type { StoredAgreement } from '../../../renderer/db/agreementRepo';
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import { referenceEnterprise, referencePeople } from './fixtures';

const today = isoDate('2021-01-15');
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

function rowsFor(enterprise = referenceEnterprise(), stored: readonly AgreementVersion[] = []): TemplateRow[] {
  const asStored: StoredAgreement[] = stored.map((v) => ({ id: `${v.agreementId}.v${v.version}`, enterpriseId: enterprise.id, version: v, updatedAt: '' }));
  return templateRows(enterprise, caseViewModelFor(enterprise, referencePeople()), asStored, today);
}

function wageRow(rows: readonly TemplateRow[]): TemplateRow {
  return rows.find((r) => r.name === 'wage-agreement')!;
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('documents of the reference enterprise', () => {
  it('builds every template, and only the four agreements can be signed', () => {
    const rows = rowsFor();
    expect(rows.map((r) => r.name)).toEqual([...templateNames]);
    expect(rows.every((r) => r.live !== null)).toBe(true);
    expect(rows.filter((r) => r.content !== null).map((r) => r.name)).toEqual(['wage-agreement', 'job-retention', 'ohs-agreement', 'women-workers']);
    expect(rows.filter((r) => templateSignable(r.name)).length).toBe(4);
    expect(rows.every((r) => r.state.kind === 'draft')).toBe(true);
  });

  it('takes names from the stored enterprise, so an edit shows in the text', () => {
    const renamed = wageRow(rowsFor(referenceEnterprise({ address: '福鼎市星火工业园区', legalRepresentative: '张三' })));
    const text = documentPlainText(renamed.live!);
    expect(text).toContain('福鼎市星火工业园区');
    expect(text).toContain('张三');
  });

  it('says what is missing for an enterprise without agreed terms', () => {
    const rows = rowsFor(referenceEnterprise({ creditCode: '91350100M000100Y43' }));
    expect(rows.every((r) => r.live === null)).toBe(true);
    expect(rows.find((r) => r.name === 'wage-agreement')!.missingKey).toBe('documents.missing.wage-agreement');
  });
});

describe('freezing and signing', () => {
  it('freezes version 1 whose fingerprint is the SHA-256 of its content, including the whole document', async () => {
    const row = wageRow(rowsFor());
    const { write, next } = value(await agreementFreeze(row.name, referenceEnterprise(), row.state, row.content!));
    expect(write).toEqual([next]);
    expect(agreementVersionSchema.safeParse(next).success).toBe(true);
    expect(next).toMatchObject({ version: 1, kind: 'wage', voided: false, agreementId: agreementIdFor('wage-agreement', 'ent-1') });
    expect(next.fingerprint).toBe(value(await agreementFingerprint(next.content)));
    expect(agreementDocument(next.content)?.blocks).toEqual(JSON.parse(JSON.stringify(row.live!.blocks)));
    expect(next.content.figures.some((f) => f.value === 200_000)).toBe(true); // 2,000.00 元 in 分
  });

  it('prints the frozen text with its fingerprint and no draft mark; a draft before that', async () => {
    const row = wageRow(rowsFor());
    expect(documentForState(row.state, row.live!).doc.meta).toEqual({ draft: true });
    const { next } = value(await agreementFreeze(row.name, referenceEnterprise(), row.state, row.content!));
    const frozen = wageRow(rowsFor(referenceEnterprise(), [next]));
    expect(frozen.state.kind).toBe('frozen');
    const shown = documentForState(frozen.state, frozen.live!);
    expect(shown.doc.meta).toEqual({ draft: false, fingerprint: next.fingerprint });
    expect(shown.version?.version).toBe(1);
  });

  it('signs with drawn signatures; both chiefs make it signed; a second signature of a role replaces the first', async () => {
    const row = wageRow(rowsFor());
    const { next } = value(await agreementFreeze(row.name, referenceEnterprise(), row.state, row.content!));
    const signedAt = '2021-01-15T10:00:00+08:00';
    const one = value(agreementSign(next, [{ role: 'workers_chief', name: '吴华贵', signedAt, kind: 'drawn', imagePng: png }]));
    expect(versionSigned(one)).toBe(false);
    const both = value(agreementSign(one, [{ role: 'employer_chief', name: '陈会珍', signedAt, kind: 'wet' }, { role: 'workers_chief', name: '吴华贵', signedAt, kind: 'wet' }]));
    expect(versionSigned(both)).toBe(true);
    expect(both.signatures.map((s) => `${s.role}:${s.kind}`)).toEqual(['employer_chief:wet', 'workers_chief:wet']);
    expect(both.fingerprint).toBe(next.fingerprint); // signing does not change the text
  });

  it('a change of the enterprise makes version 2 and voids version 1 with its signatures kept', async () => {
    const row = wageRow(rowsFor());
    const { next } = value(await agreementFreeze(row.name, referenceEnterprise(), row.state, row.content!));
    const signed = value(agreementSign(next, [{ role: 'workers_chief', name: '吴华贵', signedAt: '2021-01-15T10:00:00Z', kind: 'drawn', imagePng: png }]));
    const moved = referenceEnterprise({ address: '福鼎市星火工业园区' });
    const changed = wageRow(rowsFor(moved, [signed]));
    expect(changed.state.kind).toBe('outdated');
    const second = value(await agreementFreeze(changed.name, moved, changed.state, changed.content!));
    const [previous, v2] = second.write;
    expect(previous).toMatchObject({ version: 1, voided: true, fingerprint: signed.fingerprint });
    expect(previous!.signatures).toHaveLength(1);
    expect(v2).toMatchObject({ version: 2, voided: false, signatures: [] });
    expect(v2!.fingerprint).not.toBe(signed.fingerprint);
    expect(agreementSign(previous!, []).ok).toBe(true);
    expect(agreementSign(previous!, [{ role: 'witness', name: '王', signedAt: '2021-01-15T10:00:00Z', kind: 'wet' }])).toMatchObject({ ok: false, error: { code: 'agreement.voided' } });
    expect(agreementState(second.write, changed.content).kind).toBe('frozen');
  });

  it('regenerating on another day is not an edit; refreezing the same text is refused', async () => {
    const row = wageRow(rowsFor());
    const { next } = value(await agreementFreeze(row.name, referenceEnterprise(), row.state, row.content!));
    const later = templateRows(referenceEnterprise(), caseViewModelFor(referenceEnterprise(), referencePeople()), [{ id: 'x', enterpriseId: referenceEnterprise().id, version: next, updatedAt: '' }], isoDate('2030-06-01'));
    const job = later.find((r) => r.name === 'job-retention')!;
    expect(job.content?.signedAt).toBe('2030-06-01'); // no signing date in the view: today's
    expect(wageRow(later).state.kind).toBe('frozen');
    expect(agreementContentSame(next.content, { ...next.content, signedAt: '2030-06-01' })).toBe(true);
    const again = await agreementFreeze('wage-agreement', referenceEnterprise(), wageRow(later).state, wageRow(later).content!);
    expect(again).toMatchObject({ ok: false, error: { code: 'agreement.unchanged' } });
  });
});
