import { describe, expect, it } from 'vitest';
import { creditCodeProblem, creditCodeRegion } from '../../../shared/enterprise/creditCode';
import { enterpriseInput, personInput, type PersonInput } from '../../../shared/enterprise/model';
import referenceCase from '../../../shared/sample/referenceCase.json';
import {
  referenceEnterpriseInput,
  referencePeopleInputs,
  sampleAssumptions,
} from '../../../shared/sample/referenceEnterprise';

const reported = referenceCase.enterprise;

describe('reference enterprise input', () => {
  it('passes the enterprise form rules', () => {
    expect(enterpriseInput.safeParse(referenceEnterpriseInput()).success).toBe(true);
  });

  it('carries the facts of the report', () => {
    expect(referenceEnterpriseInput()).toMatchObject({
      name: reported.name_zh,
      regionCode: '350982',
      industry: reported.industry_zh,
      legalRepresentative: reported.people.chairman,
      unionChair: reported.people.union_chair,
      unionName: '福建隆祥皮革有限公司工会',
      witnessFederation: '福鼎市总工会',
      address: '福建省福鼎市龙安开发区',
      womenCount: null,
    });
    expect(reported.name_zh).toBe('福建隆祥皮革有限公司');
    expect(reported.people.chairman).toBe('冯宪有');
  });

  it('uses a valid placeholder credit code for 福鼎市 and an assumed headcount, both declared', () => {
    const input = referenceEnterpriseInput();
    expect(creditCodeProblem(input.creditCode)).toBeNull();
    expect(creditCodeRegion(input.creditCode)).toBe('350982');
    expect(reported.workforce.headcount).toBeNull();
    expect(input.headcount).toBeGreaterThan(0);
    const assumedFields = sampleAssumptions.filter((a) => a.record === 'enterprise').map((a) => a.field);
    expect(assumedFields).toEqual(expect.arrayContaining(['creditCode', 'headcount', 'unionName']));
  });
});

describe('reference people inputs', () => {
  const people = referencePeopleInputs();
  const bySide = (side: PersonInput['side']) => people.filter((p) => p.side === side);

  it('all pass the person form rules', () => {
    for (const person of people) expect(personInput.safeParse(person).success).toBe(true);
  });

  it('names the people of the report on the sides the report gives them', () => {
    expect(bySide('workers').map((p) => [p.name, p.role])).toEqual([
      [reported.people.union_chair, 'chief'],
      ['熊仕荣', 'member'],
      ['王井全', 'member'],
    ]);
    expect(reported.people.worker_side_representative.startsWith('熊仕荣')).toBe(true);
    expect(reported.people.worker_example.startsWith('王井全')).toBe(true);
    expect(bySide('employer')[0]).toMatchObject({ name: reported.people.general_manager_and_employer_chief_representative, role: 'chief' });
  });

  it('has equal sides of at least three with one chief each, and a neutral recorder (CCR 19, 33)', () => {
    expect(bySide('workers').length).toBe(bySide('employer').length);
    expect(bySide('workers').length).toBeGreaterThanOrEqual(3);
    for (const side of ['workers', 'employer'] as const) {
      expect(bySide(side).filter((p) => p.role === 'chief')).toHaveLength(1);
    }
    expect(bySide('neutral').map((p) => p.role)).toEqual(['recorder']);
  });

  it('declares every placeholder person and field, pointing at fields that exist', () => {
    const enterprise = referenceEnterpriseInput();
    for (const assumption of sampleAssumptions) {
      if (assumption.record === 'enterprise') expect(enterprise).toHaveProperty(assumption.field);
      else expect(people[assumption.index ?? -1]).toHaveProperty(assumption.field);
    }
    const reportedNames = new Set(['吴华贵', '熊仕荣', '王井全', '陈会珍']);
    const placeholderIndexes = people.flatMap((p, i) => (reportedNames.has(p.name) ? [] : [i]));
    const declared = sampleAssumptions.filter((a) => a.record === 'person' && a.field === 'name').map((a) => a.index);
    expect(declared).toEqual(placeholderIndexes);
  });
});
