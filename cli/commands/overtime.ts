import { formatYuanPlain } from '../../shared/format/yuan';
import { type Fen, fenFromYuanText } from '../../shared/money/fen';
import { bpToPercent } from '../../shared/money/rate';
import { isoDateParse, isoDateWeekday } from '../../shared/dates/isoDate';
import { weekdayLabel } from '../../shared/procedure/deadlineText';
import { overtimePay } from '../../shared/terms/overtime';
import { dayKindLabel } from '../../shared/terms/termText';
import { type CliCommand, cliArgs } from '../command';
import { cliErrorText, cliHolidayCalendar } from './calendarOption';
import { textTable } from './textTable';

const yuan = (amount: Fen) => formatYuanPlain(amount, 'zh-CN');

/**
 * `overtime --monthly 元 --from D --to D [--hours H] [--calendar F] [--json]`: overtime pay for working
 * every day of the period (CNT-03), by the kind of each day in the holiday calendar. Exit 1 outside
 * the calendar's years or on a refused input, 2 on bad arguments.
 */
export const overtimeCommand: CliCommand = {
  name: 'overtime',
  summary: 'overtime pay per day of a period: statutory holiday 300 %, rest day 200 %, workday hours beyond 8 at 150 %',
  usage: 'overtime --monthly 元 --from D --to D [--hours H] [--json]',
  async run(args, io) {
    const { options } = cliArgs(args);
    const text = (key: string) => {
      const v = options.get(key);
      return typeof v === 'string' ? v : null;
    };
    const monthly = text('monthly') === null ? null : fenFromYuanText(text('monthly')!);
    const from = text('from') === null ? null : isoDateParse(text('from')!);
    const to = text('to') === null ? null : isoDateParse(text('to')!);
    const hoursText = options.get('hours');
    const hours = hoursText === undefined ? 8 : typeof hoursText === 'string' && /^\d+(\.\d{1,2})?$/.test(hoursText) ? Number(hoursText) : NaN;
    if (monthly === null || monthly <= 0 || from === null || to === null || Number.isNaN(hours)) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const calendar = await cliHolidayCalendar(options.get('calendar'), io);
    const result = calendar.ok ? overtimePay({ monthlyWage: monthly, from, to, hoursPerDay: hours, calendar: calendar.value }) : calendar;
    if (!result.ok) {
      io.err(cliErrorText(result.error));
      return result.error.code === 'cli.badArgument' ? 2 : 1;
    }
    const pay = result.value;
    if (options.has('json')) {
      io.out(JSON.stringify({ ...pay, rounding: 'per day, half away from zero, on monthly × rate × hours ÷ (21.75 × 8)' }, null, 2));
      return 0;
    }
    io.out('加班工资 overtime pay（CNT-03：工作日延长工时 150%，休息日 200%，法定节假日 300%）');
    io.out(
      `月工资 ${yuan(pay.monthlyWage)}；日工资 ${yuan(pay.dailyWage)}（÷21.75）；小时工资 ${yuan(pay.hourlyWage)}（÷8）；每天工作 ${pay.hoursPerDay} 小时`,
    );
    const rows = [
      ['日期', '星期', '类别 kind', '节日', '加班小时', '倍率', '加班工资'],
      ...pay.days.map((d) => [
        d.date,
        weekdayLabel(isoDateWeekday(d.date), 'zh-CN'),
        `${dayKindLabel(d.kind, 'zh-CN')} ${d.kind}`,
        d.holiday?.zh ?? '',
        String(d.overtimeHours),
        `${bpToPercent(d.rate)}%`,
        yuan(d.pay),
      ]),
      [`合计 total`, `${pay.days.length} 天`, '', '', '', '', yuan(pay.total)],
    ];
    for (const line of textTable(rows, ['left', 'left', 'left', 'left', 'right', 'right', 'right'])) io.out(line);
    io.out('每日金额 = 月工资 × 倍率 × 小时 ÷ (21.75 × 8)，按日四舍五入到分；日工资、小时工资不先取整。');
    return 0;
  },
};
