// zod fields shared by the roster, terms and ledger files: ISO dates and integer 分, branded on the way
// in so parsed records carry the core's types (IsoDate, Fen).
import { z } from 'zod';
import type { Fen } from '../money/fen';
import { type IsoDate, isoDateParse } from '../dates/isoDate';

export const isoDateField = z
  .string()
  .refine((s) => isoDateParse(s) !== null, 'validation.date')
  .transform((s) => s as IsoDate);

/** Integer 分 ≥ 0; the cap (10^13 分 = 1000 亿元) keeps every sum far inside the safe range. */
export const fenField = z
  .number()
  .int()
  .min(0)
  .max(1e13)
  .transform((n) => n as Fen);

/** Integer 分 > 0. */
export const fenPositiveField = z
  .number()
  .int()
  .positive()
  .max(1e13)
  .transform((n) => n as Fen);
