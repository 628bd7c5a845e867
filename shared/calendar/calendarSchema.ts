// Validation for holiday calendar files: the shipped holidaysCn.json and any calendar the user imports
// (the app lives offline for years, so next year's arrangement arrives as a file). Parsing also restores
// defaults, so older or hand-written files read the same as generated ones.
import { z } from 'zod';
import { isoDateParse, isoDateWeekday } from '../dates/isoDate';
import { type Result, resultErr, resultOk } from '../result';
import type { HolidayCalendar } from './calendar';

/** The file format and its version; a later incompatible shape gets a new number. */
export const HOLIDAY_CALENDAR_FORMAT = 'wagedesk-holiday-calendar/1';

const holidayKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'calendar.badHolidayKey');
const dayTable = z.record(z.string(), holidayKey).default({});

const holidayYear = z.object({
  statutory: dayTable,
  rest: dayTable,
  workdays: dayTable,
  verified: z.boolean().default(false),
  notices: z.array(z.string().max(500)).max(20).optional(),
  note: z.string().max(2000).optional(),
  origin: z.string().max(200).optional(),
});

const tables = ['statutory', 'rest', 'workdays'] as const;

export const holidayCalendarSchema = z
  .object({
    format: z.literal(HOLIDAY_CALENDAR_FORMAT, { message: 'calendar.badFormat' }),
    source: z.object({
      name: z.string().trim().min(1).max(200),
      license: z.string().max(100).optional(),
      url: z.string().max(500).optional(),
      generatedOn: z.string().max(40).optional(),
      derivation: z.string().max(2000).optional(),
    }),
    names: z.record(holidayKey, z.object({ zh: z.string().trim().min(1).max(50), en: z.string().trim().min(1).max(100) })).default({}),
    years: z.record(z.string().regex(/^\d{4}$/, 'calendar.badYear'), holidayYear),
  })
  .superRefine((file, ctx) => {
    for (const [year, data] of Object.entries(file.years)) {
      const seen = new Map<string, string>();
      for (const table of tables) {
        for (const date of Object.keys(data[table])) {
          const path = ['years', year, table, date];
          const parsed = isoDateParse(date);
          if (parsed === null || !date.startsWith(`${year}-`)) {
            ctx.addIssue({ code: 'custom', path, message: `calendar.dateNotInYear: ${date} is not a date of ${year}` });
            continue;
          }
          const other = seen.get(date);
          if (other) ctx.addIssue({ code: 'custom', path, message: `calendar.dateTwice: ${date} is in both ${other} and ${table}` });
          seen.set(date, table);
          // A make-up workday exists only to work a weekend day; a weekday is a working day already.
          const weekday = isoDateWeekday(parsed);
          if (table === 'workdays' && weekday !== 0 && weekday !== 6) {
            ctx.addIssue({ code: 'custom', path, message: `calendar.workdayNotWeekend: ${date} is not a Saturday or Sunday` });
          }
        }
      }
    }
  });

/** A calendar file read from disk or shipped with the app: validated and restored, or 'calendar.invalid'. */
export function holidayCalendarParse(json: unknown): Result<HolidayCalendar> {
  const parsed = holidayCalendarSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : '';
    return resultErr('calendar.invalid', `not a valid holiday calendar (${issues.length} problems; first: ${where})`, {
      problems: issues.length,
      first: where,
    });
  }
  const { format: _format, ...calendar } = parsed.data;
  return resultOk(calendar);
}

