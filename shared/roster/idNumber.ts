// 公民身份号码 (citizen identity number, GB 11643-1999), the 18 characters on a 居民身份证:
// 6 address code (GB/T 2260 at the time of issue), 8 birth date YYYYMMDD, 3 sequence (odd = male),
// 1 check character by ISO 7064 MOD 11-2. The first-generation 15-digit numbers stopped being valid in
// 2013 and are refused. The address code is not checked against a region table: codes are retired
// and merged, and a card keeps the code it was issued with.
import { type IsoDate, isoDateFromParts } from '../dates/isoDate';

/** Weight of position i (0-based) is 2^(17 − i) mod 11 (ISO 7064 MOD 11-2). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** The check character for a weighted sum s is CHECK_CHARS[s mod 11]; 'X' stands for 10. */
const CHECK_CHARS = '10X98765432';

export type IdNumberProblem = 'length' | 'characters' | 'birthDate' | 'checksum';

/** The check character for the first 17 digits, or null if they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * WEIGHTS[i]!;
  return CHECK_CHARS.charAt(sum % 11);
}

/** As people type or paste it: full-width digits and spaces folded (NFKC), a lower-case x upper-cased. */
export function idNumberNormalize(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The birth date in positions 7–14, or null if it is no real date from 1900 on. */
export function idNumberBirthDate(id: string): IsoDate | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900) return null;
  return isoDateFromParts(year, Number(match[2]), Number(match[3]));
}

/** null when valid; otherwise the first problem (length, characters, birth date, check character). Expects a normalised number. */
export function idNumberProblem(id: string): IdNumberProblem | null {
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters';
  if (idNumberBirthDate(id) === null) return 'birthDate';
  return idNumberCheckChar(id.slice(0, 17)) === id.charAt(17) ? null : 'checksum';
}

/** 17 digits plus their check character: for synthetic sample data and tests. */
export function idNumberWithCheckChar(first17: string): string {
  const check = idNumberCheckChar(first17);
  if (check === null) throw new RangeError(`not 17 digits: ${first17}`);
  return first17 + check;
}
