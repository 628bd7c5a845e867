import type { AppError, Result } from '../../shared/result';
import { type WageCase, wageCaseParse, wageCaseParseText } from '../../shared/wage/caseFile';
import { referenceWageCase } from '../../shared/sample/referenceWageCase';
import { wageModelRun } from '../../shared/wage/model';
import { type CliCommand, cliArgs } from '../command';

/** What went wrong, in Chinese and English, by error code; {field} and {quarter} come from params. */
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

/** zod issue codes in plain Chinese. */
const issueZh: Readonly<Record<string, string>> = {
  invalid_type: '缺失或类型不对',
  too_small: '数值太小或条目太少',
  too_big: '数值太大或条目太多',
  invalid_format: '格式不对',
  invalid_value: '不是允许的取值',
  invalid_union: '不是允许的取值',
  invalid_key: '键的格式不对',
  unrecognized_keys: '无法识别的字段',
  not_multiple_of: '不是整数倍',
  custom: '无效',
};

function fill(text: string, params: AppError['params']): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(params?.[key] ?? ''));
}

/** One line, Chinese then English, naming the field. */
export function caseErrorLine(error: AppError): string {
  const [zh, en] = caseErrorText[error.code] ?? ['个案文件无效', 'invalid case file'];
  const field = String(error.params?.field ?? '');
  const where = field ? `（字段 ${field}）` : '';
  const whereEn = field ? ` (field ${field})` : '';
  const issue = error.code === 'case.invalid' ? `：${issueZh[String(error.params?.issue)] ?? '无效'}` : '';
  return `错误：${fill(zh, error.params)}${where}${issue} / error: ${fill(en, error.params)}${whereEn}: ${error.message}`;
}

/** `model <case.json>` or `model --sample`: runs the wage model and prints its results as JSON. Exit 1 on an invalid case file. */
export const modelCommand: CliCommand = {
  name: 'model',
  summary: 'run the wage model on a case file, or on the reference case with --sample',
  usage: 'model <case.json> | model --sample',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const path = positional[0];
    let parsed: Result<WageCase>;
    if (options.has('sample')) {
      parsed = wageCaseParse(referenceWageCase());
    } else if (path) {
      let text: string;
      try {
        text = await io.readText(path);
      } catch (error) {
        io.err(`错误：无法读取文件 ${path} / error: cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      parsed = wageCaseParseText(text);
    } else {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    if (!parsed.ok) {
      io.err(caseErrorLine(parsed.error));
      return 1;
    }
    io.out(JSON.stringify(wageModelRun(parsed.value), null, 2));
    return 0;
  },
};
