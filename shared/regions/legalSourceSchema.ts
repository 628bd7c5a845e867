// The schemas every reference-data file (minimum wages, wage guidelines and prices) shares: a calendar date
// and the document a figure was read in. One definition, so both files accept and refuse the same sources.
import { z } from 'zod';
import { isoDateParse } from '../dates/isoDate';

export const isoDateText = z.string().refine((s) => isoDateParse(s) !== null, 'not a calendar date (YYYY-MM-DD)');

export const legalSourceSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  number: z.string().trim().min(1).max(100).nullable().default(null),
  date: isoDateText.nullable().default(null),
  readAt: z.string().trim().min(1).max(500),
  kind: z.enum(['notice', 'reproduction', 'secondary']),
});
