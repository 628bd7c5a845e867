// The shipped data file: valid, sourced, and what the refresh script would write today.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { holidayCalendarParse } from '../../../shared/calendar/calendarSchema';
import holidaysCn from '../../../shared/calendar/holidaysCn.json';

describe('holidaysCn.json', () => {
  it('passes the same validation as a user import', () => {
    expect(holidayCalendarParse(holidaysCn).ok).toBe(true);
  });
  it('names its source and licence, and claims no year as checked against the notice', () => {
    expect(holidaysCn.source.name).toMatch(/^chinese-days \d+\.\d+\.\d+$/);
    expect(holidaysCn.source.license).toBe('MIT');
    expect(holidaysCn.source.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.values(holidaysCn.years).every((y) => y.verified === false && y.notices.length > 0)).toBe(true);
  });
  it('matches what scripts/holidays-from-chinese-days.mjs derives from the installed chinese-days', () => {
    const out = execFileSync(process.execPath, ['scripts/holidays-from-chinese-days.mjs', '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});
