// Names and titles typed in get the lengths a contract respects, and records stored under the older,
// looser limits still read: the input limits live apart from the stored shapes (textLimits.ts).
import { describe, expect, it } from 'vitest';
import { caseFileParse } from '../../../shared/case/caseFile';
import { roundSchema } from '../../../shared/case/round';
import { enterpriseInput, personInput } from '../../../shared/enterprise/model';
import { referenceCaseFile } from '../../../shared/sample/referenceRounds';
import { termSchema } from '../../../shared/terms/term';
import { clauseTextTooLong, textLimits, titleInputField } from '../../../shared/text/textLimits';

const enterprise = referenceCaseFile().enterprise;

describe('input limits', () => {
  it('an enterprise name of at most 100 characters, a person’s of at most 50, each refused past it with validation.tooLong', () => {
    expect(enterpriseInput.safeParse({ ...enterprise, name: '企'.repeat(textLimits.enterpriseName) }).success).toBe(true);
    expect(enterpriseInput.safeParse({ ...enterprise, name: '企'.repeat(101) }).error?.issues[0]).toMatchObject({ path: ['name'], message: 'validation.tooLong' });
    expect(enterpriseInput.safeParse({ ...enterprise, legalRepresentative: '名'.repeat(51) }).error?.issues[0]).toMatchObject({ path: ['legalRepresentative'], message: 'validation.tooLong' });
    const person = { name: '名'.repeat(textLimits.personName), side: 'workers', role: 'member' } as const;
    expect(personInput.safeParse(person).success).toBe(true);
    expect(personInput.safeParse({ ...person, name: '名'.repeat(51) }).error?.issues[0]).toMatchObject({ path: ['name'], message: 'validation.tooLong' });
  });

  it('a title of at most 100 characters after trimming; blank is required', () => {
    expect(titleInputField.parse(` ${'年'.repeat(100)} `)).toBe('年'.repeat(100));
    expect(titleInputField.safeParse('年'.repeat(101)).error?.issues[0]?.message).toBe('validation.tooLong');
    expect(titleInputField.safeParse('  ').error?.issues[0]?.message).toBe('validation.required');
  });

  it('a clause of at most 5 000 characters', () => {
    expect(clauseTextTooLong('字'.repeat(5000))).toBe(false);
    expect(clauseTextTooLong('字'.repeat(5001))).toBe(true);
  });
});

describe('records stored before the input limits still read', () => {
  it('a round titled in 150 characters, with a term titled in 150 and a clause edited to 10 000, parses as stored and in a case file', () => {
    const file = referenceCaseFile();
    const round = roundSchema.parse(file.round);
    const long = {
      ...round,
      title: '旧'.repeat(150),
      terms: round.terms.map((t, i) => (i === 0 ? { ...t, title: '旧'.repeat(150) } : t)),
      details: { ...round.details, clauseOverrides: { 'wage-agreement': [{ clauseId: '工资支付.1', text: '字'.repeat(10_000), editedAt: '2021-01-20T08:00:00.000Z' }] } },
    };
    expect(roundSchema.safeParse(long).success).toBe(true);
    expect(termSchema.safeParse(long.terms[0]).success).toBe(true);
    expect(caseFileParse({ ...file, round: long }).ok).toBe(true);
  });
});
