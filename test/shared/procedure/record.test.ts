import { describe, it, expect } from 'vitest';
import { PROCEDURE_RECORD_FORMAT, procedureRecordParse, procedureRecordParseText } from '../../../shared/procedure/record';
import { referenceRecord, referenceRecordAssumptions } from '../../../shared/sample/referenceRecord';

const fieldOf = (input: unknown) => {
  const result = procedureRecordParse(input);
  return result.ok ? null : result.error.params?.field;
};

describe('reading a procedure record', () => {
  it('restores defaults in a minimal hand-written record', () => {
    const result = procedureRecordParse({ kind: 'wage-agreement', regionCode: '350982' });
    expect(result).toMatchObject({
      ok: true,
      value: { format: PROCEDURE_RECORD_FORMAT, union: { exists: true, chairVacant: false }, representatives: [], votes: [], request: null, signing: null },
    });
  });
  it('restores per-item defaults (a representative’s flags, a vote’s resolution)', () => {
    const result = procedureRecordParse({
      kind: 'wage-agreement', regionCode: '350982',
      representatives: [{ personId: 'a', side: 'workers', role: 'chief', chosenBy: 'union' }],
    });
    expect(result.ok && result.value.representatives[0]).toMatchObject({ isUnionChair: false, isOutsider: false, authorizationLetter: false, name: '' });
  });
  it('reads the reference record back unchanged through JSON', () => {
    const once = procedureRecordParse(referenceRecord());
    expect(once.ok).toBe(true);
    const again = procedureRecordParseText(JSON.stringify(once.ok && once.value));
    expect(again).toEqual(once);
  });
  it('names the field of the first problem', () => {
    const base = referenceRecord();
    expect(fieldOf({ ...base, kind: 'lease' })).toBe('kind');
    expect(fieldOf({ ...base, regionCode: '35' })).toBe('regionCode');
    expect(fieldOf({ ...base, signing: { ...base.signing!, date: '2021-02-29' } })).toBe('signing.date');
    expect(fieldOf({ ...base, representatives: [{ ...base.representatives![0]!, nmae: 'x' }] })).toBe('representatives.0.nmae');
    expect(fieldOf({ ...base, votes: [{ ...base.votes![0]!, present: 40 }] })).toBe('votes.0.present');
    expect(fieldOf({ ...base, votes: [{ ...base.votes![0]!, for: 30, against: 3, abstaining: 1 }] })).toBe('votes.0.for');
    expect(fieldOf({ ...base, term: { from: '2021-01-01', to: '2020-12-31' } })).toBe('term.to');
  });
  it('reports text that is not JSON', () => {
    expect(procedureRecordParseText('{')).toMatchObject({ ok: false, error: { code: 'record.json' } });
  });
  it('lists what the reference record assumes, by field', () => {
    const fields = referenceRecordAssumptions.map((a) => a.field);
    for (const f of ['request', 'votes.0', 'signing', 'filing', 'term']) expect(fields).toContain(f);
  });
});
