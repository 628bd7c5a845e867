// 统一社会信用代码 (unified social credit code), GB 32100-2015.
// 18 characters: 1 registering authority, 1 entity type, 6 region (GB/T 2260), 9 organisation code,
// 1 check character. Characters come from a 31-symbol alphabet without I, O, Z, S, V.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** Weight of position i is 3^i mod 31 (GB 32100 §4.3). */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'length' | 'characters' | 'checksum';

/** The check character for the first 17 characters, or null if one is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** Upper-cases and strips spaces, as people type the code from a licence. */
export function creditCodeNormalize(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

/** null when valid; otherwise the first problem found (length, then alphabet, then check character). */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'characters';
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'checksum';
}

/** The GB/T 2260 region code embedded in positions 3–8. */
export function creditCodeRegion(code: string): string {
  return code.slice(2, 8);
}
