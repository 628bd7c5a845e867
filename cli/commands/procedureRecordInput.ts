// What `check` and `witness-checklist` share: the record (a file, or the built-in sample and its broken
// variants), the day it is judged on (--as-of), and the rule context (holiday calendar with --calendar).
import { type IsoDate, isoDateParse, isoDateToday } from '../../shared/dates/isoDate';
import { type AppError, type Result, resultErr } from '../../shared/result';
import { type ProcedureRecord, procedureRecordParse, procedureRecordParseText } from '../../shared/procedure/record';
import {
  type ReferenceRecordBrokenName,
  referenceRecord,
  referenceRecordBroken,
  referenceRecordBrokenNames,
  referenceRecordPeople,
} from '../../shared/sample/referenceRecord';
import { type RuleContext, ruleContextDefault } from '../../shared/procedure/rules';
import { agreementKindLabel } from '../../shared/procedure/deadlineText';
import { regionByCode } from '../../shared/regions/region';
import { type CliIo, cliArgs } from '../command';
import { cliErrorText, cliHolidayCalendar } from './calendarOption';

export interface ProcedureInput {
  readonly record: ProcedureRecord;
  readonly context: RuleContext;
  readonly json: boolean;
}

/** zod issue codes in plain Chinese. */
const issueZh: Readonly<Record<string, string>> = {
  invalid_type: '缺失或类型不对',
  too_small: '数值太小或条目太少',
  too_big: '数值太大或条目太多',
  invalid_format: '格式不对',
  invalid_value: '不是允许的取值',
  invalid_union: '不是允许的取值',
  unrecognized_keys: '无法识别的字段',
  custom: '无效',
};

/** One line, Chinese then English, naming the field. */
export function procedureRecordErrorLine(error: AppError): string {
  const field = String(error.params?.field ?? '');
  if (error.code === 'record.json') return `错误：协商记录文件不是有效的 JSON / error: the record file is not valid JSON: ${error.message}`;
  const issue = issueZh[String(error.params?.issue)] ?? '无效';
  return `错误：协商记录字段无效（字段 ${field}）：${issue} / error: invalid field in the procedure record (field ${field}): ${error.message}`;
}

async function recordFrom(positional: readonly string[], sample: string | true | undefined, io: CliIo): Promise<Result<ProcedureRecord>> {
  if (sample !== undefined) {
    if (sample === true) return procedureRecordParse(referenceRecord());
    if (!referenceRecordBrokenNames.includes(sample as ReferenceRecordBrokenName)) {
      return resultErr('cli.badArgument', `--sample takes no value or one of: ${referenceRecordBrokenNames.join(', ')}`);
    }
    return procedureRecordParse(referenceRecordBroken(sample as ReferenceRecordBrokenName));
  }
  const path = positional[0];
  if (!path) return resultErr('cli.badArgument', 'give a record file or --sample');
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    return resultErr('cli.unreadable', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, { path });
  }
  return procedureRecordParseText(text);
}

/** The parsed input, or the exit code after the error lines are written (always 2: the input is unusable). */
export async function procedureInput(args: readonly string[], io: CliIo, usage: string, clock?: () => Date): Promise<ProcedureInput | number> {
  const { positional, options } = cliArgs(args);
  const asOfText = options.get('as-of');
  let today: IsoDate;
  if (asOfText === undefined) today = isoDateToday(clock);
  else {
    const parsed = typeof asOfText === 'string' ? isoDateParse(asOfText) : null;
    if (parsed === null) {
      io.err('错误：--as-of 应为真实日期 YYYY-MM-DD / error: --as-of must be a real date YYYY-MM-DD');
      io.err(`usage: ${usage}`);
      return 2;
    }
    today = parsed;
  }
  const sample = options.get('sample');
  const record = await recordFrom(positional, sample, io);
  if (!record.ok) {
    if (record.error.code === 'cli.badArgument') {
      io.err(`错误 / error: ${record.error.message}`);
      io.err(`usage: ${usage}`);
    } else if (record.error.code === 'cli.unreadable') {
      io.err(`错误：无法读取文件 ${record.error.params?.path} / error: ${record.error.message}`);
    } else io.err(procedureRecordErrorLine(record.error));
    return 2;
  }
  const calendar = await cliHolidayCalendar(options.get('calendar'), io);
  if (!calendar.ok) {
    io.err(cliErrorText(calendar.error));
    return 2;
  }
  const people = sample !== undefined ? referenceRecordPeople : [];
  const context = ruleContextDefault(today, { calendar: calendar.value, people });
  return { record: record.value, context, json: options.has('json') };
}

/** "福建隆祥皮革有限公司 · 2020年3月工资专项集体合同 · 工资专项集体合同（工资协议） · 福建省宁德市福鼎市（350982）" */
export function procedureRecordHeading(record: ProcedureRecord): string {
  const place = regionByCode(record.regionCode)?.fullName ?? record.regionCode;
  return [record.enterpriseName, record.title, agreementKindLabel(record.kind, 'zh-CN'), `${place}（${record.regionCode}）`]
    .filter((s) => s !== '')
    .join(' · ');
}

