// The user's holiday calendar: a file is checked whole before anything is stored, its years replace the
// shipped ones, what is stored is re-validated on read, and the app's one loader serves the merge.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { calendarDayKind, calendarYears } from '../../../shared/calendar/calendar';
import { holidayCalendarParse } from '../../../shared/calendar/calendarSchema';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDate } from '../../../shared/dates/isoDate';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { calendarCurrent, calendarLoad, calendarMerged, calendarUserSet } from '../../../renderer/features/calendar/calendarLoad';
import { calendarFileText, calendarUserFromText } from '../../../renderer/features/calendar/calendarUser';
import type { DataContext } from '../../../renderer/data/context';
import { CALENDAR_USER_KEY, settingsHandlers } from '../../../renderer/data/settingsHandlers';
import { okValue, testDbOpen, testDbsDelete, testDeps } from '../db/testDb';
import { calendar2027, calendar2027Text } from './calendar2027';

let db: WageDeskDb;
let ctx: DataContext;
beforeEach(() => {
  db = testDbOpen();
  ctx = { db, deps: testDeps() };
  servicesUse(servicesFor(db));
  calendarUserSet(null);
});
afterEach(async () => {
  await testDbsDelete(db);
});

const codeOf = (text: string) => {
  const r = calendarUserFromText(text, null);
  return r.ok ? null : r.error.code;
};

describe('calendarUserFromText', () => {
  it('refuses what is no calendar, with the codes the errors table explains', () => {
    expect(codeOf('')).toBe('calendar.unreadable');
    expect(codeOf('{"format":')).toBe('calendar.unreadable');
    expect(codeOf('x'.repeat(2_000_001))).toBe('calendar.unreadable');
    expect(codeOf('{}')).toBe('calendar.invalid');
    expect(codeOf(JSON.stringify({ ...calendar2027, format: 'other/1' }))).toBe('calendar.invalid');
    // 2027-02-22 is a Monday: a make-up workday must be a weekend day.
    expect(codeOf(JSON.stringify({ ...calendar2027, years: { '2027': { ...calendar2027.years['2027'], workdays: { '2027-02-22': 'spring_festival' } } } }))).toBe('calendar.invalid');
    expect(codeOf(JSON.stringify({ ...calendar2027, years: { '2027': { ...calendar2027.years['2027'], rest: { '2027-01-02': 'moon_landing' } } } }))).toBe('calendar.unknownHoliday');
  });

  it('accepts a file with a byte-order mark that names holidays only the shipped calendar defines', () => {
    const user = okValue(calendarUserFromText(`\uFEFF${calendar2027Text}`, null));
    expect(Object.keys(user.years)).toEqual(['2027']);
  });

  it('a second file replaces the same year whole and keeps the others', () => {
    const first = okValue(calendarUserFromText(calendar2027Text, null));
    const year2028 = { ...calendar2027, source: { name: '测试日历2028' }, years: { '2028': { statutory: { '2028-01-01': 'new_year' } } } };
    const both = okValue(calendarUserFromText(JSON.stringify(year2028), first));
    expect(Object.keys(both.years).sort()).toEqual(['2027', '2028']);
    const again = okValue(calendarUserFromText(JSON.stringify({ ...calendar2027, years: { '2027': { statutory: { '2027-01-01': 'new_year' } } } }), both));
    expect(Object.keys(again.years['2027']!.statutory)).toEqual(['2027-01-01']);
  });
});

describe('the merged calendar', () => {
  it('adds 2027 to the shipped years, with make-up workdays, and marks where it came from', () => {
    const merged = calendarMerged(okValue(calendarUserFromText(calendar2027Text, null)));
    expect(calendarYears(merged)).toEqual([...calendarYears(holidayCalendarCn), 2027]);
    expect(merged.years['2027']!.origin).toBe('测试日历2027');
    expect(okValue(calendarDayKind(isoDate('2027-02-20'), merged))).toBe('workday');
    expect(okValue(calendarDayKind(isoDate('2027-02-08'), merged))).toBe('statutory_holiday');
    expect(calendarDayKind(isoDate('2027-02-08'), holidayCalendarCn)).toMatchObject({ ok: false, error: { code: 'calendar.yearMissing' } });
  });

  it('exports as a file the import reads back to the same calendar', () => {
    const merged = calendarMerged(okValue(calendarUserFromText(calendar2027Text, null)));
    const reread = okValue(holidayCalendarParse(JSON.parse(calendarFileText(merged))));
    expect(reread).toEqual(merged);
  });
});

describe('storage', () => {
  it('stores the user years under calendar.user and reads them back; the loader serves the merge', async () => {
    expect(okValue(await settingsHandlers.calendarUserRead(ctx))).toBeNull();
    okValue(await settingsHandlers.calendarUserWrite(ctx, { calendar: okValue(calendarUserFromText(calendar2027Text, null)) }));
    expect((await db.settings.get(CALENDAR_USER_KEY))?.value).toMatchObject({ format: 'wagedesk-holiday-calendar/1' });
    expect(Object.keys(okValue(await settingsHandlers.calendarUserRead(ctx))!.years)).toEqual(['2027']);
    expect(calendarYears(calendarCurrent())).not.toContain(2027);
    expect(calendarYears(await calendarLoad(true))).toContain(2027);
    expect(calendarYears(calendarCurrent())).toContain(2027);
    okValue(await settingsHandlers.calendarUserWrite(ctx, { calendar: null }));
    expect(calendarYears(await calendarLoad(true))).not.toContain(2027);
  });

  it('a stored value that no longer validates reads as none: the shipped calendar serves', async () => {
    await db.settings.put({ key: CALENDAR_USER_KEY, value: { format: 'wagedesk-holiday-calendar/1', years: 'broken' } });
    expect(okValue(await settingsHandlers.calendarUserRead(ctx))).toBeNull();
    expect(await calendarLoad(true)).toBe(holidayCalendarCn);
  });
});
