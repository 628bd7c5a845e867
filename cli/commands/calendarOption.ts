// The holiday calendar a command works with: the shipped one, plus a user calendar file given with
// `--calendar <file>` (its years replace the shipped ones; see calendarMerge).
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import { calendarMerge } from '../../shared/calendar/calendarMerge';
import { holidayCalendarParse } from '../../shared/calendar/calendarSchema';
import { holidayCalendarCn } from '../../shared/calendar/holidaysCn';
import { type Result, resultErr } from '../../shared/result';
import type { CliIo } from '../command';

export async function cliHolidayCalendar(option: string | true | undefined, io: CliIo): Promise<Result<HolidayCalendar>> {
  if (option === undefined) return { ok: true, value: holidayCalendarCn };
  if (option === true) return resultErr('cli.badArgument', '--calendar needs a file');
  let json: unknown;
  try {
    json = JSON.parse(await io.readText(option));
  } catch (error) {
    return resultErr('calendar.unreadable', `cannot read ${option}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = holidayCalendarParse(json);
  return parsed.ok ? calendarMerge(holidayCalendarCn, parsed.value) : parsed;
}

/** Chinese first for the errors a user can fix (a missing calendar year above all), then the detail. */
export function cliErrorText(error: { code: string; message: string; params?: Readonly<Record<string, string | number>> }): string {
  if (error.code === 'calendar.yearMissing') {
    return `缺少 ${error.params?.year} 年的节假日安排（节假日日历），无法判断休息日；请用 --calendar 导入该年日历。(${error.message})`;
  }
  if (error.code === 'deadline.noRule') return `没有规定天数的期限规则（如集体合同"及时"公布；非福建地区无草案重新提交期限）。(${error.message})`;
  return `错误：${error.message}`;
}
