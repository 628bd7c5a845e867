// What the commands print when a case file is refused: one line, Chinese then English, naming the field
// (a dotted path into the file) so the user can find it in the JSON. Codes: shared/case/caseFile.ts.
import type { AppError } from '../../shared/result';

/** zod issue codes in plain Chinese. */
export const issueZh: Readonly<Record<string, string>> = {
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

/** The message keys the schemas use (renderer/i18n says them on screen; the CLI has its own short words). */
const messageKeyZh: Readonly<Record<string, string>> = {
  'validation.required': '必填',
  'validation.tooLong': '内容过长',
  'validation.integer': '应为整数',
  'validation.nonNegative': '不能为负数',
  'validation.tooLarge': '数字过大',
  'validation.choice': '不是允许的取值',
  'validation.text': '应为文字',
  'validation.phone': '电话号码格式不对',
  'validation.regionCode': '应为6位行政区划代码',
  'validation.regionUnknown': '没有这个行政区划代码（省份未知）',
  'validation.womenAboveHeadcount': '女职工人数多于职工总数',
  'validation.recorderNeutral': '记录员须为中立（neutral），中立的只能是记录员',
  'validation.date': '不是真实的日期（YYYY-MM-DD）',
  'validation.roundId': '轮次编号只能用字母、数字、- 和 _，至多40个字符',
  'validation.creditCode.length': '统一社会信用代码应为18位',
  'validation.creditCode.characters': '统一社会信用代码含有无效字符',
  'validation.creditCode.checksum': '统一社会信用代码校验位不对',
  'validation.idNumber.length': '身份证号应为18位',
  'validation.idNumber.characters': '身份证号含有无效字符',
  'validation.idNumber.checksum': '身份证号校验位不对',
  'validation.idNumber.birthDate': '身份证号中的出生日期不存在',
  'round.termIdTwice': '条款编号重复',
  'round.agreedScenarioMissing': '标为议定的方案不在工资模型中',
  'terms.periodReversed': '截止日期早于起始日期',
  'terms.hoursTwoDecimals': '每日工时最多两位小数',
  'ledger.entryTwice': '同一职工同一条款的台账记录重复',
  'ledger.overpaid': '已付金额超过应得金额',
};

/** By error code: [Chinese, English]; {name} is filled from params. */
const caseFileErrorText: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  'case.json': ['个案文件不是有效的 JSON', 'the case file is not valid JSON'],
  'case.format': ['不是协商台个案文件（应有 "format": "wagedesk-case"）', 'not a WageDesk case file (it needs "format": "wagedesk-case")'],
  'case.version': ['个案文件由较新版本的协商台生成（格式版本 {version}），请升级协商台后再读取', 'the case file was written by a newer WageDesk (format version {version}): update WageDesk to read it'],
  'case.invalid': ['个案文件字段无效', 'invalid field in the case file'],
  'case.tooDeep': ['个案文件的数据嵌套层数过多（超过 64 层），不是协商台写出的文件，已拒绝', 'the case file nests deeper than 64 levels: not a file WageDesk writes; refused'],
  'case.unreadable': ['个案文件无法读取：{message}', 'the case file cannot be read: {message}'],
  'case.personIdTwice': ['人员编号重复', 'a person id is used twice'],
  'case.personUnknown': ['协商记录引用了人员名单（people）中没有的人员', 'the procedure record names a person who is not in people'],
  'case.agreementOtherEnterprise': ['协议版本属于另一家企业（统一社会信用代码不符）', 'an agreement version belongs to another enterprise (credit code differs)'],
  'case.roundIdTwice': ['协商轮次编号重复', 'a round id is used twice'],
  'roster.workerIdTwice': ['名册中职工编号重复', 'a worker id is used twice in the roster'],
  'ledger.unknownTerm': ['台账引用了本轮没有的条款', 'the ledger names a term the round does not have'],
  'ledger.unknownWorker': ['台账引用了名册中没有的职工', 'the ledger names a worker who is not on the roster'],
  'ledger.notMonetary': ['台账为不涉及金额的条款记录了付款', 'the ledger records payments for a term that pays no money'],
  'ledger.leaveNotDeferred': ['休假记录对应的不是递延带薪假条款', 'a leave record names a term that is not deferred leave'],
  'minimumWageFile.periodReversed': ['最低工资表的截止日期早于起始日期', 'a minimum-wage table ends before it starts'],
  'minimumWageFile.hourlyMissing': ['最低工资表第 {tier} 档缺少小时最低工资', 'tier {tier} of a minimum-wage table has no hourly figure'],
  'minimumWageFile.tableDuplicate': ['同一地区同一起始日期有两张最低工资表', 'two minimum-wage tables for one region and start date'],
  'minimumWageFile.assignmentDuplicate': ['同一区县同一起始日期有两个最低工资档次', 'a county is given two tiers from the same date'],
  'economyFile.negative': ['工资指导线或平均工资为负数', 'a guideline line or an average wage is below zero'],
  'economyFile.regionUnknown': ['经济数据的地区代码不是中国的行政区划', 'an economy figure names no division of China'],
  'economyFile.periodReversed': ['工资指导线的截止日期早于起始日期', 'a wage guideline ends before it starts'],
  'economyFile.linesOrder': ['工资指导线的下线、基准线、上线顺序不对', 'the guideline lines are out of order'],
  'economyFile.duplicate': ['同一地区同一年度的经济数据有两条', 'two economy figures of one list for one region and year'],
  'economyFile.overlap': ['同一地区的两条工资指导线适用期间重叠', 'two guidelines of one region are in force on the same days'],
};

function fill(text: string, params: AppError['params']): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => String(params?.[key] ?? ''));
}

/** What is wrong with the field, in Chinese: the schema's message key, else the zod issue code. */
function issueText(error: AppError): string {
  const issue = String(error.params?.issue ?? '');
  return messageKeyZh[error.message] ?? messageKeyZh[issue] ?? issueZh[issue] ?? '无效';
}

/** The error of the file's own minimum-wage tables or economy figures, its field made a path into the case file. */
export function caseMinimumWageError(error: AppError): AppError {
  const section = error.code.startsWith('economyFile.') ? 'economy' : 'minimumWage';
  const field = String(error.params?.field ?? '');
  return { ...error, params: { ...error.params, field: field ? `${section}.${field}` : section } };
}

/** One line, Chinese then English, naming the field. */
export function caseFileErrorLine(error: AppError): string {
  const [zh, en] = caseFileErrorText[error.code] ?? ['个案文件无效', 'invalid case file'];
  const field = String(error.params?.field ?? '');
  const where = field ? `（字段 ${field}）` : '';
  const whereEn = field ? ` (field ${field})` : '';
  const issue = error.code === 'case.invalid' ? `：${issueText(error)}` : '';
  return `错误：${fill(zh, error.params)}${where}${issue} / error: ${fill(en, error.params)}${whereEn}: ${error.message} (${error.code})`;
}
