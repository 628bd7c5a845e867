import type { CalendarDay } from '../../shared/calendar/calendar';
import { calendarDay } from '../../shared/calendar/calendar';
import { isoDateParse, isoDateWeekday } from '../../shared/dates/isoDate';
import { weekdayLabel } from '../../shared/procedure/deadlineText';
import { type CliCommand, cliArgs } from '../command';
import { cliErrorText, cliHolidayCalendar } from './calendarOption';

function kindText(day: CalendarDay): string {
  const name = day.holiday?.zh;
  if (day.kind === 'statutory_holiday') return `法定节假日：${name}（statutory holiday: ${day.holiday?.en}）`;
  if (day.kind === 'rest_day') return name ? `休息日：${name}假期调休（rest day: ${day.holiday?.en} holiday）` : '休息日（rest day: weekend）';
  return day.makeUpWorkday ? `工作日：${name}调休上班（make-up workday for ${day.holiday?.en}）` : '工作日（workday）';
}

/** `holiday --date D`: whether a day is a statutory holiday, a rest day or a working day. Exit 1 outside the calendar. */
export const holidayCommand: CliCommand = {
  name: 'holiday',
  summary: 'say whether a date is a statutory holiday, a rest day or a workday',
  usage: 'holiday --date D [--calendar F] [--json]',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const text = options.get('date') ?? positional[0];
    const date = typeof text === 'string' ? isoDateParse(text) : null;
    if (!date) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const calendar = await cliHolidayCalendar(options.get('calendar'), io);
    const day = calendar.ok ? calendarDay(date, calendar.value) : calendar;
    if (!day.ok) {
      io.err(cliErrorText(day.error));
      return day.error.code === 'cli.badArgument' ? 2 : 1;
    }
    if (options.has('json')) io.out(JSON.stringify(day.value, null, 2));
    else io.out(`${date}（${weekdayLabel(isoDateWeekday(date), 'zh-CN')}）${kindText(day.value)}`);
    return 0;
  },
};
