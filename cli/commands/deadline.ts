import { isoDateParse, isoDateWeekday } from '../../shared/dates/isoDate';
import { deadlineCompute } from '../../shared/procedure/deadline';
import {
  type AgreementKind,
  type DeadlineEvent,
  agreementKinds,
  deadlineEvents,
  deadlineRulesDefault,
} from '../../shared/procedure/deadlineRules';
import {
  agreementKindLabel,
  deadlineDueLabel,
  deadlineExplanation,
  deadlinePeriodText,
  deadlineRuleRegionLabel,
  weekdayLabel,
} from '../../shared/procedure/deadlineText';
import { regionByCode, regionProvinceOf } from '../../shared/regions/region';
import { type CliCommand, cliArgs } from '../command';
import { cliErrorText, cliHolidayCalendar } from './calendarOption';

const fullUsage =
  `deadline --kind ${agreementKinds.join('|')} --event ${deadlineEvents.join('|')} ` +
  '--date YYYY-MM-DD [--region <6-digit GB/T 2260 code>] [--calendar <file>] [--json]';

/**
 * `deadline`: when the next step of the procedure is due after an event, and how the date was reached
 * (rules.md §3). Exit 0 with the date; 1 when no rule or no calendar covers it; 2 on bad arguments.
 */
export const deadlineCommand: CliCommand = {
  name: 'deadline',
  summary: 'compute a procedure deadline (reply, filing, review, publication, renewal)',
  usage: 'deadline --kind K --event E --date D [--region C]',
  async run(args, io) {
    const { options } = cliArgs(args);
    const kind = options.get('kind');
    const event = options.get('event');
    const dateText = options.get('date');
    const region = options.get('region');
    const date = typeof dateText === 'string' ? isoDateParse(dateText) : null;
    const problems = [
      agreementKinds.includes(kind as AgreementKind) ? null : `--kind must be one of ${agreementKinds.join(', ')}`,
      deadlineEvents.includes(event as DeadlineEvent) ? null : `--event must be one of ${deadlineEvents.join(', ')}`,
      date ? null : '--date must be a real date YYYY-MM-DD',
      region === undefined || (typeof region === 'string' && regionProvinceOf(region)) ? null : '--region must be a six-digit code in a known province',
    ].filter((p) => p !== null);
    if (problems.length > 0 || !date) {
      for (const p of problems) io.err(`error: ${p}`);
      io.err(`usage: ${fullUsage}`);
      return 2;
    }
    const calendar = await cliHolidayCalendar(options.get('calendar'), io);
    if (!calendar.ok) {
      io.err(cliErrorText(calendar.error));
      return calendar.error.code === 'cli.badArgument' ? 2 : 1;
    }
    const regionCode = typeof region === 'string' ? region : undefined;
    const result = deadlineCompute({ kind: kind as AgreementKind, event: event as DeadlineEvent, date, regionCode }, deadlineRulesDefault, calendar.value);
    if (!result.ok) {
      if (options.has('json')) io.out(JSON.stringify({ error: result.error }, null, 2));
      io.err(cliErrorText(result.error));
      return 1;
    }
    const d = result.value;
    if (options.has('json')) {
      const explanation = { zh: deadlineExplanation(d, 'zh-CN'), en: deadlineExplanation(d, 'en') };
      io.out(JSON.stringify({ dueDate: d.dueDate, due: d.due, rule: d.rule, candidates: d.candidates, steps: d.steps, explanation, calendar: calendar.value.source }, null, 2));
      return 0;
    }
    const rule = d.rule;
    const place = regionCode ? `${regionByCode(regionCode)?.fullName ?? regionProvinceOf(regionCode)?.name ?? ''}（${regionCode}）` : '未指定（仅全国规定）';
    io.out(`截止日期：${d.dueDate}（${weekdayLabel(isoDateWeekday(d.dueDate), 'zh-CN')}）`);
    io.out(`事项：${deadlineDueLabel(d.due, 'zh-CN')} · ${agreementKindLabel(d.query.kind, 'zh-CN')}`);
    io.out(`地区：${place}`);
    const ruleRegion = deadlineRuleRegionLabel(rule, 'zh-CN');
    io.out(`依据：${rule.ruleId} ${ruleRegion}规定 ${deadlinePeriodText(rule.period, 'zh-CN')}，${rule.sourceZh}${rule.verified ? '' : '（条文未核实，请对照原文）'}`);
    io.out('推算：');
    deadlineExplanation(d, 'zh-CN').forEach((line, i) => io.out(`  ${i === 0 ? '' : '→ '}${line}`));
    return 0;
  },
};
