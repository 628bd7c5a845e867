// Holiday calendar files (shared/calendar/calendarSchema.ts): the file a user imports when next year's
// arrangement is published. Text as on disk; the CLI reads it with --calendar.
import { HOLIDAY_CALENDAR_FORMAT } from '../../shared/calendar/calendarSchema';
import { type CorpusCase, corpusEdited, corpusLong } from './corpusCase';

export type CalendarCase = CorpusCase<'calendar', string>;

/** A small valid calendar: 2031 with New Year's Day and a make-up working Saturday. */
export function validCalendar(): Record<string, unknown> {
  return {
    format: HOLIDAY_CALENDAR_FORMAT,
    source: { name: '语料测试日历' },
    names: { new_year: { zh: '元旦', en: "New Year's Day" } },
    years: { '2031': { statutory: { '2031-01-01': 'new_year' }, rest: {}, workdays: { '2031-01-04': 'new_year' } } },
  };
}

type Json = Record<string, unknown>;
const year = (c: Json) => (c.years as Json)['2031'] as Json;
const cal = (name: string, edit: (c: Json) => void, code = 'calendar.invalid'): CalendarCase => ({
  name, kind: 'calendar', input: JSON.stringify(corpusEdited(validCalendar(), edit)), code,
});
const raw = (name: string, text: string, code: string): CalendarCase => ({ name, kind: 'calendar', input: text, code });

export const calendarCases: readonly CalendarCase[] = [
  raw('empty file', '', 'calendar.unreadable'),
  raw('not JSON', '{ years: 2031 }', 'calendar.unreadable'),
  raw('byte-order mark before the JSON', `\uFEFF${JSON.stringify(validCalendar())}`, 'calendar.unreadable'),
  raw('null', 'null', 'calendar.invalid'),
  raw('a list', '[]', 'calendar.invalid'),
  raw('a number', '2031', 'calendar.invalid'),
  cal('format missing', (c) => { delete c.format; }),
  cal('format version 2', (c) => { c.format = 'wagedesk-holiday-calendar/2'; }),
  cal('format of a backup', (c) => { c.format = 'wagedesk-backup'; }),
  cal('source missing', (c) => { delete c.source; }),
  cal('source without a name', (c) => { c.source = { name: '  ' }; }),
  cal('years missing', (c) => { delete c.years; }),
  cal('a two-digit year', (c) => { c.years = { '31': year(c) }; }),
  cal('a date outside its year', (c) => { year(c).statutory = { '2030-12-31': 'new_year' }; }),
  cal('30 February', (c) => { year(c).statutory = { '2031-02-30': 'new_year' }; }),
  cal('a date written 2031/01/01', (c) => { year(c).statutory = { '2031/01/01': 'new_year' }; }),
  cal('one day both a holiday and a working day', (c) => { year(c).workdays = { '2031-01-01': 'new_year' }; }),
  cal('a make-up working day on a weekday', (c) => { year(c).workdays = { '2031-01-06': 'new_year' }; }),
  cal('a holiday key with capitals and spaces', (c) => { year(c).statutory = { '2031-01-01': 'New Year' }; }),
  cal('a holiday name without English', (c) => { c.names = { new_year: { zh: '元旦' } }; }),
  cal('a holiday name of 51 characters', (c) => { c.names = { new_year: { zh: corpusLong(51), en: 'x' } }; }),
  cal('verified as text', (c) => { year(c).verified = 'yes'; }),
  cal('21 notices', (c) => { year(c).notices = Array.from({ length: 21 }, () => '国务院办公厅通知'); }),
  cal('a note of 2001 characters', (c) => { year(c).note = corpusLong(2001); }),
  cal('a holiday with no name', (c) => { year(c).statutory = { '2031-01-01': 'corpus_day' }; }, 'calendar.unknownHoliday'),
];
