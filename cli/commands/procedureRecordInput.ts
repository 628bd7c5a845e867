// What `check` and `witness-checklist` share: the record (a bare procedure record file, a case file's
// round, or the built-in sample and its broken variants), the day it is judged on (--as-of), and the rule
// context (holiday calendar with --calendar; a case file adds its people and its minimum-wage tables).
import { type CaseFile, caseFileParse } from '../../shared/case/caseFile';
import type { HolidayCalendar } from '../../shared/calendar/calendar';
import { type IsoDate, isoDateParse, isoDateToday } from '../../shared/dates/isoDate';
import { type AppError, type Result, resultErr, resultOk } from '../../shared/result';
import { type ProcedureRecord, procedureRecordParse } from '../../shared/procedure/record';
import {
  type ReferenceRecordBrokenName,
  referenceRecord,
  referenceRecordBroken,
  referenceRecordBrokenNames,
  referenceRecordPeople,
} from '../../shared/sample/referenceRecord';
import { type RuleContext, type RulePerson, ruleContextDefault } from '../../shared/procedure/rules';
import { agreementKindLabel } from '../../shared/procedure/deadlineText';
import { regionByCode } from '../../shared/regions/region';
import { regionFullName } from '../../templates/case/caseData';
import { caseContextOf } from '../../templates/case/fromFile';
import { type CliIo, cliArgs } from '../command';
import { cliErrorText, cliHolidayCalendar } from './calendarOption';
import { caseFileErrorLine, caseMinimumWageError, issueZh } from './caseFileErrors';
import { caseSourceText, jsonFromText, jsonIsCaseFile, sampleRoundOf } from './caseSource';

export interface ProcedureInput {
  readonly record: ProcedureRecord;
  readonly context: RuleContext;
  readonly json: boolean;
}

/** One line, Chinese then English, naming the field. */
export function procedureRecordErrorLine(error: AppError): string {
  const field = String(error.params?.field ?? '');
  if (error.code === 'record.json') return `错误：协商记录文件不是有效的 JSON / error: the record file is not valid JSON: ${error.message}`;
  const issue = issueZh[String(error.params?.issue)] ?? '无效';
  return `错误：协商记录字段无效（字段 ${field}）：${issue} / error: invalid field in the procedure record (field ${field}): ${error.message}`;
}

/** What is checked: a bare record (the sample's people, or none), or a case file whose round holds it. */
type Checked = { readonly kind: 'record'; readonly record: ProcedureRecord; readonly people: readonly RulePerson[] } | { readonly kind: 'case'; readonly file: CaseFile };

/** A case file's JSON (format 'wagedesk-case') or a bare procedure record's. */
function checkedParse(text: string): Result<Checked> {
  const json = jsonFromText(text);
  if (!json.ok) return resultErr('record.json', json.error.message, { field: '' });
  if (jsonIsCaseFile(json.value)) {
    const file = caseFileParse(json.value);
    return file.ok ? resultOk({ kind: 'case', file: file.value }) : file;
  }
  const record = procedureRecordParse(json.value);
  return record.ok ? resultOk({ kind: 'record', record: record.value, people: [] }) : record;
}

async function checkedFrom(positional: readonly string[], options: ReadonlyMap<string, string | true>, io: CliIo): Promise<Result<Checked>> {
  const sample = options.get('sample');
  if (sample !== undefined) {
    // --round picks a round of the sample as a case file; without it, the March 2020 record and its broken variants.
    if (options.has('round')) {
      const round = sampleRoundOf(options.get('round'));
      if (!round.ok) return resultErr('cli.badArgument', round.error.message);
      if (sample !== true) return resultErr('cli.badArgument', '--round takes no broken variant');
      const text = await caseSourceText({ kind: 'sample', round: round.value }, io);
      return text.ok ? checkedParse(text.value) : text;
    }
    const record = sample === true ? procedureRecordParse(referenceRecord()) : null;
    if (record) return record.ok ? resultOk({ kind: 'record', record: record.value, people: referenceRecordPeople }) : record;
    if (!referenceRecordBrokenNames.includes(sample as ReferenceRecordBrokenName)) {
      return resultErr('cli.badArgument', `--sample takes no value or one of: ${referenceRecordBrokenNames.join(', ')}`);
    }
    const broken = procedureRecordParse(referenceRecordBroken(sample as ReferenceRecordBrokenName));
    return broken.ok ? resultOk({ kind: 'record', record: broken.value, people: referenceRecordPeople }) : broken;
  }
  const path = positional[0];
  if (!path) return resultErr('cli.badArgument', 'give a record or case file, or --sample');
  if (options.has('round')) return resultErr('cli.badArgument', '--round picks a round of the sample: use it with --sample');
  const text = await caseSourceText({ kind: 'file', path }, io);
  return text.ok ? checkedParse(text.value) : text;
}

/**
 * The record and rule context of a case file's round: its people name the representatives, its own
 * minimum-wage tables join the shipped ones, and a heading left blank in the record is the case's.
 */
function caseChecked(file: CaseFile, today: IsoDate, calendar: HolidayCalendar): Result<{ record: ProcedureRecord; context: RuleContext }> {
  const ctx = caseContextOf(file, calendar);
  if (!ctx.ok) return { ok: false, error: caseMinimumWageError(ctx.error) };
  const procedure = file.round.procedure;
  const record = { ...procedure, enterpriseName: procedure.enterpriseName || file.enterprise.name, title: procedure.title || file.round.title };
  const people = file.people.map((p) => ({ id: p.id, name: p.name, side: p.side }));
  return resultOk({ record, context: ruleContextDefault(today, { calendar, people, minimumWage: ctx.value.minimumWage, deadlineRules: ctx.value.deadlineRules }) });
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
  const checked = await checkedFrom(positional, options, io);
  if (!checked.ok) {
    if (checked.error.code === 'cli.badArgument') {
      io.err(`错误 / error: ${checked.error.message}`);
      io.err(`usage: ${usage}`);
    } else if (checked.error.code === 'cli.unreadable') {
      io.err(`错误：无法读取文件 ${checked.error.params?.path} / error: ${checked.error.message}`);
    } else if (checked.error.code.startsWith('record.')) io.err(procedureRecordErrorLine(checked.error));
    else io.err(caseFileErrorLine(checked.error));
    return 2;
  }
  const calendar = await cliHolidayCalendar(options.get('calendar'), io);
  if (!calendar.ok) {
    io.err(cliErrorText(calendar.error));
    return 2;
  }
  if (checked.value.kind === 'record') {
    const context = ruleContextDefault(today, { calendar: calendar.value, people: checked.value.people });
    return { record: checked.value.record, context, json: options.has('json') };
  }
  const fromCase = caseChecked(checked.value.file, today, calendar.value);
  if (!fromCase.ok) {
    io.err(caseFileErrorLine(fromCase.error));
    return 2;
  }
  return { ...fromCase.value, json: options.has('json') };
}

/** "某某有限公司 · 2020年3月工资专项集体合同 · 工资专项集体合同（工资协议） · 福建省宁德市福鼎市（350982）" */
export function procedureRecordHeading(record: ProcedureRecord): string {
  const county = regionByCode(record.regionCode)?.fullName;
  // A county the shipped list lacks is named by its province and code (浙江省（行政区划代码330106）).
  const place = county ? `${county}（${record.regionCode}）` : regionFullName(record.regionCode);
  return [record.enterpriseName, record.title, agreementKindLabel(record.kind, 'zh-CN'), place]
    .filter((s) => s !== '')
    .join(' · ');
}

