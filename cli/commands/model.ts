// `model`: the wage model of a round (the `round.wage` part of a case file) or of an old wage-model file,
// as JSON, with the scenario the parties marked agreed and the wage table it gives over the term.
import { roundAgreedStandards } from '../../shared/case/agreedWages';
import { type CaseFile, caseFileParse } from '../../shared/case/caseFile';
import { formatYuanPlain } from '../../shared/format/yuan';
import type { AppError } from '../../shared/result';
import { type WageCase, wageCaseParse } from '../../shared/wage/caseFile';
import { type WageModelOptions, wageModelRun } from '../../shared/wage/model';
import { type CliCommand, type CliIo, cliArgs } from '../command';
import { caseFileErrorLine, issueZh } from './caseFileErrors';
import { caseContextInput, caseSourceOf, caseSourceText, jsonFromText, jsonIsCaseFile, unreadableLine } from './caseSource';
import { missingZh } from './missingText';

/** What is wrong with a wage model (an old wage-model file, or a round's `wage`), by error code; {field} and {quarter} come from params. */
const caseErrorText: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  'case.json': ['个案文件不是有效的 JSON', 'the case file is not valid JSON'],
  'case.invalid': ['个案文件字段无效', 'invalid field in the case file'],
  'case.quarterOutsideModel': ['{quarter} 不在建模的季度内', '{quarter} is not one of the modelled quarters'],
  'case.headcountDuplicate': ['{quarter} 的人数重复填写', 'the headcount for {quarter} is given twice'],
  'case.headcountMissing': ['缺少 {quarter} 的人数', 'the headcount for {quarter} is missing'],
  'case.scenarioNameDuplicate': ['方案名称重复', 'two scenarios have the same name'],
  'case.outputLevelRequired': ['产值联动部分需要基期产值', 'an output-linked component needs the base-quarter output value'],
  'scenario.quarterOutsideModel': ['{quarter} 不在建模的季度内', '{quarter} is not one of the modelled quarters'],
  'scenario.quarterDuplicate': ['{quarter} 的基本工资重复设定', 'the base wage for {quarter} is set twice'],
  'scenario.baseWageMissing': ['{quarter} 没有适用的基本工资（请填写金额或起始工资）', 'no base wage applies in {quarter} (give an amount or a starting wage)'],
  'scenario.baseWageNotPositive': ['{quarter} 的基本工资不大于零', 'the base wage in {quarter} is not positive'],
};

function fill(text: string, params: AppError['params']): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(params?.[key] ?? ''));
}

/** One line for a wage model's error, Chinese then English, naming the field. */
export function caseErrorLine(error: AppError): string {
  const [zh, en] = caseErrorText[error.code] ?? ['个案文件无效', 'invalid case file'];
  const field = String(error.params?.field ?? '');
  const where = field ? `（字段 ${field}）` : '';
  const whereEn = field ? ` (field ${field})` : '';
  const issue = error.code === 'case.invalid' ? `：${issueZh[String(error.params?.issue)] ?? '无效'}` : '';
  return `错误：${fill(zh, error.params)}${where}${issue} / error: ${fill(en, error.params)}${whereEn}: ${error.message}`;
}

/** The round's agreed scenario and wage table, as the model prints it; null when nothing is marked agreed. */
function agreedOf(file: CaseFile) {
  const { agreed } = file.round;
  if (agreed === null) return null;
  const standards = roundAgreedStandards(file.round, file.round.procedure.term);
  return {
    kind: agreed.kind,
    scenario: agreed.kind === 'scenario' ? agreed.scenario : null,
    term: file.round.procedure.term,
    standards: standards.ok ? standards.value.map((s) => ({ ...s, monthly: formatYuanPlain(s.monthlyFen, 'zh-CN') })) : null,
    problem: standards.ok ? null : { code: standards.error.code, message: standards.error.message },
  };
}

/** The round's own model of a case file, with the file's minimum-wage tables; exit 1 once printed when there is none. */
function roundModel(file: CaseFile, io: CliIo): { wage: WageCase; options: WageModelOptions } | number {
  if (file.round.wage === null) {
    io.err(`错误：本轮协商（${file.round.id}「${file.round.title}」）没有工资模型（round.wage 为 null），无法测算 / error: round ${file.round.id} has no wage model (round.wage is null): nothing to run`);
    return 1;
  }
  const wage = wageCaseParse(file.round.wage);
  if (!wage.ok) {
    const field = String(wage.error.params?.field ?? '');
    io.err(caseErrorLine({ ...wage.error, params: { ...wage.error.params, field: field ? `round.wage.${field}` : 'round.wage' } }));
    return 1;
  }
  const ctx = caseContextInput(file, io);
  return typeof ctx === 'number' ? ctx : { wage: wage.value, options: { minimumWage: ctx.minimumWage } };
}

/** A case file's JSON (format 'wagedesk-case') or an old wage-model file's, parsed; exit 1 once the error is printed. */
function modelFileRead(text: string, io: CliIo): { kind: 'case'; file: CaseFile } | { kind: 'wage'; wage: WageCase } | number {
  const json = jsonFromText(text);
  if (!json.ok) {
    io.err(caseErrorLine({ ...json.error, code: 'case.json' }));
    return 1;
  }
  // Files written before case files existed have no format field: they are the wage model alone.
  if (jsonIsCaseFile(json.value)) {
    const file = caseFileParse(json.value);
    if (file.ok) return { kind: 'case', file: file.value };
    io.err(caseFileErrorLine(file.error));
    return 1;
  }
  const wage = wageCaseParse(json.value);
  if (wage.ok) return { kind: 'wage', wage: wage.value };
  io.err(caseErrorLine(wage.error));
  return 1;
}

/**
 * `model <case.json>` or `model --sample [--round <id>]`: runs the wage model and prints its results as
 * JSON. A case file's round adds `round` and `agreed` (the marked scenario and its wage table); an old
 * wage-model file (no `format`) is read as before. Exit 1 on an unreadable or invalid file or a round
 * without a model, 2 on bad arguments.
 */
export const modelCommand: CliCommand = {
  name: 'model',
  summary: "run the wage model of a case file's round (or an old wage-model file); --sample for the sample",
  usage: 'model <case.json> | --sample [--round <id>]',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const source = caseSourceOf(positional, options);
    if (!source.ok) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const text = await caseSourceText(source.value, io);
    if (!text.ok) {
      io.err(unreadableLine(text.error));
      return 1;
    }
    const read = modelFileRead(text.value, io);
    if (typeof read === 'number') return read;
    if (read.kind === 'wage') {
      io.out(JSON.stringify({ ...wageModelRun(read.wage), round: null, agreed: null }, null, 2));
      return 0;
    }
    const file = read.file;
    const model = roundModel(file, io);
    if (typeof model === 'number') return model;
    const agreed = agreedOf(file);
    if (agreed?.problem) io.err(`提示：议定工资表暂无法列出（缺少${missingZh([agreedProblemWhat(agreed.problem.code)])}） / note: no agreed wage table yet: ${agreed.problem.message}`);
    const round = { id: file.round.id, title: file.round.title, kind: file.round.kind };
    io.out(JSON.stringify({ ...wageModelRun(model.wage, model.options), round, agreed }, null, 2));
    return 0;
  },
};

/** The missing value a wage-table error stands for (as templates/case/wageView.ts records it). */
function agreedProblemWhat(code: string): string {
  if (code === 'round.termMissing') return 'term';
  if (code === 'round.modelAfterTerm') return 'modelAfterTerm';
  if (code === 'round.wageModelInvalid') return 'wageModel';
  return 'agreedWage';
}
