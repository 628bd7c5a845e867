import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { idNumberBirthDate, idNumberCheckChar, idNumberNormalize, idNumberProblem, idNumberWithCheckChar } from '../../../shared/roster/idNumber';
import { maskIdNumber, maskPhone } from '../../../shared/roster/mask';
import { workerSchema } from '../../../shared/roster/worker';

describe('ID number check character (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('accepts the standard\'s own example, whose check character is X', () => {
    expect(idNumberCheckChar('11010519491231002')).toBe('X');
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it('accepts a lower-case x once normalised, and refuses it raw', () => {
    expect(idNumberProblem('11010519491231002x')).toBe('characters');
    expect(idNumberNormalize(' 110105 19491231 002x ')).toBe('11010519491231002X');
    expect(idNumberProblem(idNumberNormalize('11010519491231002x'))).toBeNull();
    expect(idNumberNormalize('１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
  });

  it('refuses a wrong check character, a wrong length, letters and impossible birth dates', () => {
    expect(idNumberProblem('110105194912310021')).toBe('checksum');
    expect(idNumberProblem('110105491231002')).toBe('length');
    expect(idNumberProblem('11010519491231A02X')).toBe('characters');
    const feb30 = idNumberWithCheckChar('11010519490230002');
    expect(idNumberProblem(feb30)).toBe('birthDate');
    expect(idNumberBirthDate('11010519491231002X')).toBe('1949-12-31');
  });

  it('catches every single-digit typo (the check character detects all of them)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}19[5-9]\d(0[1-9]|1[0-2])(0[1-9]|1\d|2[0-8])\d{3}$/), fc.nat(16), fc.integer({ min: 1, max: 9 }), (first17, pos, delta) => {
        const id = idNumberWithCheckChar(first17);
        expect(idNumberProblem(id)).toBeNull();
        const digit = (Number(first17.charAt(pos)) + delta) % 10;
        const typo = first17.slice(0, pos) + digit + first17.slice(pos + 1) + id.charAt(17);
        expect(idNumberProblem(typo)).not.toBeNull();
      }),
    );
  });

  it('is checked when a worker record is parsed', () => {
    const base = { id: 'W1', name: '职工甲' };
    expect(workerSchema.safeParse({ ...base, idNumber: '11010519491231002x' }).data?.idNumber).toBe('11010519491231002X');
    const bad = workerSchema.safeParse({ ...base, idNumber: '110105194912310021' });
    expect(bad.error?.issues[0]?.message).toBe('validation.idNumber.checksum');
  });
});

describe('masking for lists', () => {
  it('keeps the address code and the last 4 of an ID number', () => {
    expect(maskIdNumber('350982199001011234')).toBe('350982********1234');
    expect(maskIdNumber('350982199001011234')).toHaveLength(18);
  });
  it('keeps the first 3 and last 4 of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0593-7654321')).toBe('059*******21');
    expect(maskPhone('123')).toBe('***');
  });
});
