// Freezing a round's document as an agreement version, signing it, and a later change making the next
// version: the fingerprint covers the frozen text, the old version's signatures become void, and a frozen
// version prints what was signed rather than what the data says today. Agreements belong to their round.
import { describe, expect, it } from 'vitest';
import { agreementFingerprint, agreementVersionSchema, type AgreementVersion } from '../../../shared/bundle/agreement';
import type { CaseFileInput } from '../../../shared/case/caseFile';
import type { RoundInput } from '../../../shared/case/round';
import { isoDate } from '../../../shared/dates/isoDate';
import { templateNames } from '../../../templates/registry';
import { documentPlainText } from '../../../templates/model';
import { agreementContentSame, agreementDocument, templateSignable } from '../../../templates/agreement/content';
import { agreementFreeze, agreementIdFor, agreementSign, agreementState, documentForState, versionSigned } from '../../../templates/agreement/flow';
import { sampleFile, sampleOwner, sampleRows, sampleWageRow } from './fixtures';

const today = isoDate('2021-01-15');
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const moved = (input: CaseFileInput): CaseFileInput => ({ ...input, enterprise: { ...input.enterprise, address: '福鼎市星火工业园区' } });
const roundEdited = (edit: (round: RoundInput) => RoundInput) => (input: CaseFileInput): CaseFileInput => ({ ...input, round: edit(input.round as RoundInput) });

async function firstVersion(): Promise<AgreementVersion> {
  const row = sampleWageRow(today);
  return value(await agreementFreeze(row.name, sampleOwner(), row.state, row.content!)).next;
}

describe('documents of the sample’s Spring Festival round', () => {
  it('builds every template, the round’s own agreement first, and says what the others still need', () => {
    const rows = sampleRows(today);
    expect(rows.map((r) => r.name)).toEqual([...templateNames]); // the wage agreement is the registry's first too
    expect(rows[0]).toMatchObject({ name: 'wage-agreement', main: true });
    expect(rows.filter((r) => r.content !== null).map((r) => r.name)).toEqual(['wage-agreement', 'ohs-agreement']);
    expect(rows.filter((r) => r.content !== null).every((r) => templateSignable(r.name))).toBe(true);
    // Nothing in this round is a job-retention deal or a women workers' contract: each names what it lacks and where to enter it.
    expect(rows.find((r) => r.name === 'job-retention')).toMatchObject({ live: null, missing: [{ what: 'guaranteedPayTerm', screen: 'terms' }, { what: 'retentionReason', screen: 'details' }] });
    expect(rows.find((r) => r.name === 'women-workers')?.missing.map((m) => m.screen)).toEqual(['details', 'enterprise']);
    expect(rows.every((r) => r.state.kind === 'draft')).toBe(true);
  });

  it('takes names from the enterprise, so an edit shows in the text', () => {
    const renamed = sampleWageRow(today, [], sampleFile((input) => ({ ...moved(input), enterprise: { ...moved(input).enterprise, legalRepresentative: '张三' } })));
    const text = documentPlainText(renamed.live!);
    expect(text).toContain('福鼎市星火工业园区');
    expect(text).toContain('张三');
  });

  it('says what is missing for a round without an agreed wage, and where to enter it', () => {
    const row = sampleWageRow(today, [], sampleFile(roundEdited((r) => ({ ...r, agreed: null }))));
    expect(row).toMatchObject({ live: null, content: null, missing: [{ what: 'agreedWage', screen: 'scenarios' }] });
  });
});

describe('freezing and signing', () => {
  it('freezes version 1 of the round’s agreement, its fingerprint the SHA-256 of its content, the whole document included', async () => {
    const row = sampleWageRow(today);
    const { write, next } = value(await agreementFreeze(row.name, sampleOwner(), row.state, row.content!));
    expect(write).toEqual([next]);
    expect(agreementVersionSchema.safeParse(next).success).toBe(true);
    expect(next).toMatchObject({ version: 1, kind: 'wage', voided: false, agreementId: agreementIdFor('wage-agreement', 'ref-2021-1') });
    expect(next.fingerprint).toBe(value(await agreementFingerprint(next.content)));
    expect(agreementDocument(next.content)?.blocks).toEqual(JSON.parse(JSON.stringify(row.live!.blocks)));
    expect(next.content.figures.some((f) => f.value === 200_000)).toBe(true); // 2,000.00 元 in 分
  });

  it('prints the frozen text with its fingerprint and no draft mark; a draft before that', async () => {
    const row = sampleWageRow(today);
    expect(documentForState(row.state, row.live!).doc.meta).toEqual({ draft: true });
    const next = await firstVersion();
    const frozen = sampleWageRow(today, [next]);
    expect(frozen.state.kind).toBe('frozen');
    const shown = documentForState(frozen.state, frozen.live!);
    expect(shown.doc.meta).toEqual({ draft: false, fingerprint: next.fingerprint });
    expect(shown.version?.version).toBe(1);
  });

  it('keeps another round’s versions out of this round’s state', async () => {
    const next = await firstVersion();
    const otherRound = { ...next, agreementId: agreementIdFor('wage-agreement', 'ref-2020-3') };
    expect(sampleWageRow(today, [otherRound])).toMatchObject({ state: { kind: 'draft' }, versions: [] });
  });

  it('signs with drawn signatures; both chiefs make it signed; a second signature of a role replaces the first', async () => {
    const next = await firstVersion();
    const signedAt = '2021-01-15T10:00:00+08:00';
    const one = value(agreementSign(next, [{ role: 'workers_chief', name: '吴华贵', signedAt, kind: 'drawn', imagePng: png }]));
    expect(versionSigned(one)).toBe(false);
    const both = value(agreementSign(one, [{ role: 'employer_chief', name: '陈会珍', signedAt, kind: 'wet' }, { role: 'workers_chief', name: '吴华贵', signedAt, kind: 'wet' }]));
    expect(versionSigned(both)).toBe(true);
    expect(both.signatures.map((s) => `${s.role}:${s.kind}`)).toEqual(['employer_chief:wet', 'workers_chief:wet']);
    expect(both.fingerprint).toBe(next.fingerprint); // signing does not change the text
  });

  it('a change of the enterprise makes version 2 and voids version 1 with its signatures kept', async () => {
    const next = await firstVersion();
    const signed = value(agreementSign(next, [{ role: 'workers_chief', name: '吴华贵', signedAt: '2021-01-15T10:00:00Z', kind: 'drawn', imagePng: png }]));
    const file = sampleFile(moved);
    const changed = sampleWageRow(today, [signed], file);
    expect(changed.state.kind).toBe('outdated');
    const second = value(await agreementFreeze(changed.name, sampleOwner(file), changed.state, changed.content!));
    const [previous, v2] = second.write;
    expect(previous).toMatchObject({ version: 1, voided: true, fingerprint: signed.fingerprint });
    expect(previous!.signatures).toHaveLength(1);
    expect(v2).toMatchObject({ version: 2, voided: false, signatures: [], agreementId: next.agreementId });
    expect(v2!.fingerprint).not.toBe(signed.fingerprint);
    expect(agreementSign(previous!, []).ok).toBe(true);
    expect(agreementSign(previous!, [{ role: 'witness', name: '王', signedAt: '2021-01-15T10:00:00Z', kind: 'wet' }])).toMatchObject({ ok: false, error: { code: 'agreement.voided' } });
    expect(agreementState(second.write, changed.content).kind).toBe('frozen');
  });

  it('regenerating on another day is not an edit; refreezing the same text is refused', async () => {
    // Without a signing date in the record the agreement is dated the day it is made.
    const file = sampleFile(roundEdited((r) => ({ ...r, procedure: { ...r.procedure, signing: null } })));
    const row = sampleWageRow(today, [], file);
    expect(row.content?.signedAt).toBe('2021-01-15');
    const { next } = value(await agreementFreeze(row.name, sampleOwner(file), row.state, row.content!));
    const later = sampleWageRow(isoDate('2030-06-01'), [next], file);
    expect(later.content?.signedAt).toBe('2030-06-01');
    expect(later.state.kind).toBe('frozen');
    expect(agreementContentSame(next.content, { ...next.content, signedAt: '2030-06-01' })).toBe(true);
    const again = await agreementFreeze('wage-agreement', sampleOwner(file), later.state, later.content!);
    expect(again).toMatchObject({ ok: false, error: { code: 'agreement.unchanged' } });
  });
});
