import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  creditCodeCheckChar,
  creditCodeNormalize,
  creditCodeProblem,
  creditCodeRegion,
} from '../../../shared/enterprise/creditCode';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VALID = '91350100M000100Y43';
const alphabetChar = fc.constantFrom(...ALPHABET);
const first17 = fc.array(alphabetChar, { minLength: 17, maxLength: 17 }).map((cs) => cs.join(''));

describe('creditCodeProblem', () => {
  it('accepts a known valid code', () => {
    expect(creditCodeProblem(VALID)).toBeNull();
    expect(creditCodeCheckChar(VALID.slice(0, 17))).toBe('3');
  });

  it('refuses a wrong check character', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('checksum');
  });

  it('refuses the wrong length before anything else', () => {
    expect(creditCodeProblem(VALID.slice(0, 17))).toBe('length');
    expect(creditCodeProblem(`${VALID}0`)).toBe('length');
    expect(creditCodeProblem('')).toBe('length');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the letter %s, which the alphabet leaves out', (letter) => {
    expect(creditCodeProblem(`91350100M000100${letter}43`)).toBe('characters');
    expect(creditCodeCheckChar(`91350100M000100${letter}4`)).toBeNull();
  });

  it('refuses lowercase until normalised', () => {
    expect(creditCodeProblem(VALID.toLowerCase())).toBe('characters');
    expect(creditCodeProblem(creditCodeNormalize(VALID.toLowerCase()))).toBeNull();
  });

  it('normalises case and spaces as people type them from a licence', () => {
    expect(creditCodeNormalize(' 9135 0100 m000 100y43 ')).toBe(VALID);
    expect(creditCodeNormalize('91350100M000100Y43\t')).toBe(VALID);
  });

  it('reads the GB/T 2260 region from positions 3–8', () => {
    expect(creditCodeRegion(VALID)).toBe('350100');
  });
});

describe('properties', () => {
  it('any 17 alphabet characters plus the computed check character is valid', () => {
    fc.assert(
      fc.property(first17, (body) => {
        const check = creditCodeCheckChar(body);
        return check !== null && ALPHABET.includes(check) && creditCodeProblem(body + check) === null;
      }),
    );
  });

  it('changing any single character to another alphabet character makes it invalid', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: ALPHABET.length - 1 }), (body, position, shift) => {
        const code = body + creditCodeCheckChar(body)!;
        const original = ALPHABET.indexOf(code.charAt(position));
        const replacement = ALPHABET.charAt((original + shift) % ALPHABET.length);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        return replacement !== code.charAt(position) && creditCodeProblem(changed) === 'checksum';
      }),
    );
  });
});
