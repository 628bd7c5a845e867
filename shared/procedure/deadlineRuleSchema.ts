// Validation for deadline rule tables the user imports (a local rule, a corrected figure, a newer article).
import { z } from 'zod';
import { type IsoDate, isoDateParse } from '../dates/isoDate';
import { type Result, resultErr, resultOk } from '../result';
import { type DeadlineRule, agreementKinds, deadlineDues, deadlineEvents } from './deadlineRules';

const isoDateField = z
  .string()
  .refine((s) => isoDateParse(s) !== null, 'deadline.badDate')
  .transform((s) => s as IsoDate);

export const deadlineRuleSchema = z
  .object({
    id: z.string().trim().min(1).max(60),
    ruleId: z.string().trim().min(1).max(20),
    event: z.enum(deadlineEvents),
    kinds: z.array(z.enum(agreementKinds)).min(1),
    region: z.string().regex(/^(\d{2}){0,3}$/, 'deadline.badRegionPrefix'),
    due: z.enum(deadlineDues),
    period: z.object({ count: z.number().int().min(1).max(3660), unit: z.enum(['day', 'month']) }),
    direction: z.enum(['after', 'before']),
    counting: z.literal('calendar'),
    whenDayOff: z.enum(['next-working-day', 'previous-working-day', 'stays']),
    combine: z.enum(['stricter', 'replace']).default('stricter'),
    source: z.string().trim().min(1).max(200),
    sourceZh: z.string().trim().min(1).max(300),
    verified: z.boolean().default(false),
    effectiveFrom: isoDateField.nullable().default(null),
    effectiveTo: isoDateField.nullable().default(null),
    note: z.string().max(1000).optional(),
  })
  // A period before an event cannot move later: the request would fall after the date it must precede.
  .refine((r) => !(r.direction === 'before' && r.whenDayOff === 'next-working-day'), { message: 'deadline.beforeMovesLater', path: ['whenDayOff'] })
  .refine((r) => r.effectiveFrom === null || r.effectiveTo === null || r.effectiveFrom <= r.effectiveTo, { message: 'deadline.badDates', path: ['effectiveTo'] });

export const deadlineRulesSchema = z.array(deadlineRuleSchema).superRefine((rules, ctx) => {
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    if (ids.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `deadline.duplicateId: ${rule.id}` });
    ids.add(rule.id);
  });
});

/** A rule table from a file: validated with defaults restored, or 'deadline.invalidRules'. */
export function deadlineRulesParse(json: unknown): Result<DeadlineRule[]> {
  const parsed = deadlineRulesSchema.safeParse(json);
  if (parsed.success) return resultOk<DeadlineRule[]>(parsed.data);
  const first = parsed.error.issues[0];
  const where = first ? `${first.path.join('.')}: ${first.message}` : '';
  return resultErr('deadline.invalidRules', `not a valid deadline rule table (first problem: ${where})`, { first: where });
}
