// The sector round's representatives and procedure record: stored agreements without them still load,
// and they stay outside the signed agreement's fingerprint.
import { describe, expect, it } from 'vitest';
import { sectorAgreementSchema, sectorFingerprint, sectorRuleAdjustments, sectorRule } from '../../../shared/sector';
import { ruleContextDefault, rulesCheck, witnessChecklist } from '../../../shared/procedure/rules';
import { procedureRecordSchema } from '../../../shared/procedure/record';
import { creditCode, FUDING, sector } from './sectorFixtures';

const chief = { id: 'p1', name: '林一', side: 'workers', role: 'chief' } as const;

describe('a sector agreement stored before representatives and procedure existed', () => {
  it('loads with no people and no procedure record', () => {
    const { people: _p, procedure: _r, ...old } = JSON.parse(JSON.stringify(sector())) as Record<string, unknown>;
    const loaded = sectorAgreementSchema.parse(old);
    expect(loaded.people).toEqual([]);
    expect(loaded.procedure).toBeNull();
  });

  it('refuses a representative from an enterprise that is not a member, and the same id twice', () => {
    const bad = sectorAgreementSchema.safeParse({ ...sector(), people: [{ ...chief, memberCreditCode: creditCode(99) }, chief] });
    expect(bad.success).toBe(false);
    const messages = bad.success ? [] : bad.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    expect(messages).toContain('people.0.memberCreditCode sector.validation.personMemberUnknown');
    expect(messages).toContain('people.1.id sector.validation.personTwice');
  });

  it('keeps a recorder neutral, as for one enterprise', () => {
    const bad = sectorAgreementSchema.safeParse({ ...sector(), people: [{ id: 'r', name: '记录员', side: 'workers', role: 'recorder' }] });
    expect(bad.success ? null : bad.error.issues[0]?.message).toBe('validation.recorderNeutral');
  });
});

describe('the fingerprint of a signed sector agreement', () => {
  it('is unchanged by its representatives and procedure record', async () => {
    const bare = sector();
    const withProcedure = sectorAgreementSchema.parse({
      ...bare,
      people: [{ ...chief, memberCreditCode: creditCode(1) }],
      procedure: { kind: 'wage-agreement', regionCode: FUDING, filing: null },
    });
    expect(await sectorFingerprint(withProcedure)).toBe(await sectorFingerprint(bare));
  });

  it('still changes with the agreement itself', async () => {
    expect(await sectorFingerprint(sector({ title: '另一份' }))).not.toBe(await sectorFingerprint(sector()));
  });
});

describe('the enterprise procedure rules read for a sector round', () => {
  const record = procedureRecordSchema.parse({
    kind: 'wage-agreement',
    regionCode: FUDING,
    representatives: [{ personId: 'e1', side: 'employer', role: 'chief', chosenBy: 'appointment' }],
  });

  it('skip what a sector rule replaces, with the sector rule named in the data', () => {
    const plain = rulesCheck(record, ruleContextDefault('2020-06-01' as never));
    expect(plain.some((f) => f.ruleId === 'REP-04')).toBe(true);
    const sectorFindings = rulesCheck(record, ruleContextDefault('2020-06-01' as never, { adjustments: sectorRuleAdjustments }));
    expect(sectorFindings.some((f) => f.ruleId === 'REP-04')).toBe(false);
    for (const a of sectorRuleAdjustments) expect(sectorRule(a.by)?.verified).toBe(a.verified);
  });

  it('note the sector rule on the findings and the witness question it changes', () => {
    const context = ruleContextDefault('2020-06-01' as never, { adjustments: sectorRuleAdjustments });
    const signed = procedureRecordSchema.parse({ ...record, signing: { date: '2020-06-01', chiefsSigned: { workers: false, employer: true } } });
    const sig = rulesCheck(signed, context).find((f) => f.ruleId === 'SIG-01');
    expect(sig?.messageZh).toContain('SEC-02，未核实');
    const question = witnessChecklist(signed, context).find((i) => i.ruleId === 'FIL-01');
    expect(question?.questionZh).toContain('SEC-04');
    expect(witnessChecklist(signed, context).some((i) => i.ruleId === 'REP-04')).toBe(false);
  });
});

describe('a signing recorded in a sector round', () => {
  it('is not held up by a rule the sector rules skip (SIG-03 reads the others)', () => {
    const record = procedureRecordSchema.parse({
      kind: 'wage-agreement',
      regionCode: FUDING,
      representatives: [{ personId: 'e1', side: 'employer', role: 'chief', chosenBy: 'appointment' }],
      signing: { date: '2020-06-01', chiefsSigned: { workers: true, employer: true } },
    });
    const blockedBy = (adjustments?: typeof sectorRuleAdjustments) =>
      rulesCheck(record, ruleContextDefault('2020-06-01' as never, adjustments ? { adjustments } : {})).find((f) => f.ruleId === 'SIG-03')?.figures['rules'];
    expect(String(blockedBy())).toContain('REP-04');
    expect(String(blockedBy(sectorRuleAdjustments))).not.toContain('REP-04');
  });
});
