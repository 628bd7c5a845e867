// Holiday calendar imports: a file that is not a usable calendar is refused with its stable code (as
// `--calendar <file>` reads it: JSON, then holidayCalendarParse, then the merge with the shipped
// calendar), never thrown on, and the code has a message in both languages in the app's tables.
import { describe, expect, it } from 'vitest';
import { cliHolidayCalendar } from '../../../cli/commands/calendarOption';
import { holidayCalendarParse } from '../../../shared/calendar/calendarSchema';
import { errorMessage, messageProblems } from '../../corpus/appMessages';
import { calendarCases, validCalendar } from '../../corpus/calendars';
import { cliTestIo } from '../../cli/cliTestIo';
import { outcomeOf, refusal, stableCode } from './corpusRun';

describe('holiday calendars', () => {
  it('the valid calendar reads (so each case breaks exactly one thing)', async () => {
    expect(holidayCalendarParse(validCalendar()).ok).toBe(true);
    const { io } = cliTestIo({ 'calendar.json': JSON.stringify(validCalendar()) });
    expect((await cliHolidayCalendar('calendar.json', io)).ok).toBe(true);
  });

  it.each(calendarCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { io } = cliTestIo({ 'calendar.json': c.input });
    const error = refusal(await outcomeOf(() => cliHolidayCalendar('calendar.json', io)));
    expect(error.code).toBe(c.code);
    expect(error.code).toMatch(stableCode);
    expect(messageProblems(errorMessage(error.code), error.params)).toEqual([]);
  });
});
