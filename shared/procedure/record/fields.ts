// Field types the negotiation record's parts share. Dates are ISO strings (conventions: no Date objects in
// stored data); money is integer 分. Free text is trimmed and capped so a pasted file cannot grow without end.
import { z } from 'zod';
import { type IsoDate, isoDateParse } from '../../dates/isoDate';

export const isoDateField = z
  .string()
  .refine((s) => isoDateParse(s) !== null, 'not a calendar date (YYYY-MM-DD)')
  .transform((s) => s as IsoDate);

/** A date not yet known (a step not yet taken) is null, never an empty string. */
export const optionalDate = isoDateField.nullable().default(null);

export const text = (max: number) => z.string().trim().max(max).default('');

/** The two sides at the table (CCR 19). A neutral person (the recorder) is never a side. */
export const negotiatingSides = ['workers', 'employer'] as const;
export type NegotiatingSide = (typeof negotiatingSides)[number];
export const sideField = z.enum(negotiatingSides);

/** An id from the enterprise's people list (shared/enterprise/model.ts PersonId), or any stable key in a file. */
export const personIdField = z.string().trim().min(1).max(80);

export const countField = z.number().int().min(0).max(1_000_000);

export function sideOther(side: NegotiatingSide): NegotiatingSide {
  return side === 'workers' ? 'employer' : 'workers';
}
