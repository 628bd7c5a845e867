import { describe, it, expect } from 'vitest';
import {
  type EnterpriseInput,
  type PersonInput,
  enterpriseInput,
  fieldErrors,
  personInput,
} from '../../../shared/enterprise/model';

const enterprise: EnterpriseInput = {
  name: '福鼎某合成革有限公司',
  creditCode: '91350100M000100Y43',
  regionCode: '350982',
  headcount: 120,
  womenCount: 45,
  legalRepresentative: '张三',
};

const person: PersonInput = { name: '李四', side: 'workers', role: 'chief' };

function enterpriseErrors(input: EnterpriseInput): Record<string, string> {
  const result = enterpriseInput.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

function personErrors(input: PersonInput): Record<string, string> {
  const result = personInput.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('enterpriseInput', () => {
  it('accepts a complete enterprise and fills optional fields with defaults', () => {
    const parsed = enterpriseInput.parse(enterprise);
    expect(parsed).toMatchObject({ name: '福鼎某合成革有限公司', industry: '', address: '', unionChair: '' });
  });

  it('trims text and normalises the credit code', () => {
    const parsed = enterpriseInput.parse({ ...enterprise, name: '  福鼎某公司 ', creditCode: ' 91350100m000100y43 ' });
    expect(parsed.name).toBe('福鼎某公司');
    expect(parsed.creditCode).toBe('91350100M000100Y43');
  });

  it("refuses an empty or blank name with 'validation.required'", () => {
    expect(enterpriseErrors({ ...enterprise, name: '' }).name).toBe('validation.required');
    expect(enterpriseErrors({ ...enterprise, name: '   ' }).name).toBe('validation.required');
    expect(enterpriseErrors({ ...enterprise, legalRepresentative: '' }).legalRepresentative).toBe('validation.required');
  });

  it('refuses a bad credit code with the problem as the message key', () => {
    expect(enterpriseErrors({ ...enterprise, creditCode: '91350100M000100Y44' }).creditCode).toBe('validation.creditCode.checksum');
    expect(enterpriseErrors({ ...enterprise, creditCode: '91350100M000100' }).creditCode).toBe('validation.creditCode.length');
    expect(enterpriseErrors({ ...enterprise, creditCode: '91350100M000100I43' }).creditCode).toBe('validation.creditCode.characters');
  });

  it('refuses a region code that is not six digits', () => {
    expect(enterpriseErrors({ ...enterprise, regionCode: '3509' }).regionCode).toBe('validation.regionCode');
  });

  it('allows women up to the headcount, not above it', () => {
    expect(enterpriseErrors({ ...enterprise, womenCount: 120 })).toEqual({});
    expect(enterpriseErrors({ ...enterprise, womenCount: null })).toEqual({});
    expect(enterpriseErrors({ ...enterprise, womenCount: 121 }).womenCount).toBe('validation.womenAboveHeadcount');
  });

  it('refuses fractional or negative counts', () => {
    expect(enterpriseErrors({ ...enterprise, headcount: 12.5 }).headcount).toBe('validation.integer');
    expect(enterpriseErrors({ ...enterprise, headcount: -1 }).headcount).toBe('validation.nonNegative');
  });
});

describe('personInput', () => {
  it('accepts a chief negotiator with defaults', () => {
    expect(personInput.parse(person)).toMatchObject({ post: '', phone: '', hasAuthorization: false, note: '' });
  });

  it("refuses an empty name with 'validation.required'", () => {
    expect(personErrors({ ...person, name: ' ' }).name).toBe('validation.required');
  });

  it("requires the recorder to be on the 'neutral' side, and only the recorder (CCR 33)", () => {
    expect(personErrors({ ...person, role: 'recorder', side: 'neutral' })).toEqual({});
    expect(personErrors({ ...person, role: 'recorder', side: 'workers' }).side).toBe('validation.recorderNeutral');
    expect(personErrors({ ...person, role: 'recorder', side: 'employer' }).side).toBe('validation.recorderNeutral');
    expect(personErrors({ ...person, role: 'member', side: 'neutral' }).side).toBe('validation.recorderNeutral');
  });

  it('refuses an unknown side or role', () => {
    expect(personErrors({ ...person, side: 'union' as PersonInput['side'] }).side).toBe('validation.choice');
    expect(personErrors({ ...person, role: 'boss' as PersonInput['role'] }).role).toBe('validation.choice');
  });

  it('checks the phone number loosely', () => {
    expect(personErrors({ ...person, phone: '+86 138-0000-0000' })).toEqual({});
    expect(personErrors({ ...person, phone: 'call me' }).phone).toBe('validation.phone');
  });
});
