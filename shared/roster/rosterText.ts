// Names of roster fields and import problems for the CLI and printouts, in Chinese and English (the
// renderer maps the same keys through its i18n table).
import type { DisplayLocale } from '../format/locale';
import type { RosterField } from './columns';

type Label = { readonly zh: string; readonly en: string };

const fieldLabels: Readonly<Record<RosterField, Label>> = {
  id: { zh: '工号', en: 'worker no.' },
  name: { zh: '姓名', en: 'name' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  phone: { zh: '手机', en: 'phone' },
  group: { zh: '班组/部门', en: 'group' },
  status: { zh: '状态', en: 'status' },
  hireDate: { zh: '入职日期', en: 'hire date' },
  returnedOn: { zh: '返岗日期', en: 'returned on' },
  leftOn: { zh: '离职日期', en: 'left on' },
  homeProvince: { zh: '户籍省份', en: 'home province' },
  fare: { zh: '路费', en: 'fare' },
  note: { zh: '备注', en: 'note' },
};

const problemLabels: Readonly<Record<string, Label>> = {
  'roster.required': { zh: '必填，不能为空', en: 'required' },
  'roster.idNumber.length': { zh: '身份证号应为18位', en: 'an ID number has 18 characters' },
  'roster.idNumber.characters': { zh: '身份证号应为17位数字加1位数字或X', en: '17 digits and a digit or X' },
  'roster.idNumber.birthDate': { zh: '身份证号中的出生日期不存在', en: 'the birth date in it is not a real date' },
  'roster.idNumber.checksum': { zh: '身份证号校验位不符（可能输错）', en: 'check character does not match (typo?)' },
  'roster.idNumberAsNumber': { zh: 'Excel把身份证号存成了数字，末几位已丢失：请把该列设为文本后重新录入', en: 'stored as a number by Excel, last digits lost: format the column as text and re-enter' },
  'roster.statusUnknown': { zh: '状态无法识别（在岗、放假、停工、离职）', en: 'unknown status' },
  'roster.dateFormat': { zh: '日期格式无法识别（如 2019-03-01）', en: 'not a date' },
  'roster.dateNotReal': { zh: '日期不存在', en: 'not a real date' },
  'roster.amountFormat': { zh: '金额格式无法识别（元）', en: 'not an amount in yuan' },
  'roster.amountNegative': { zh: '金额不能为负', en: 'cannot be negative' },
  'roster.phoneFormat': { zh: '不是手机号（11位）或带区号的座机号', en: 'not a mobile or landline number' },
  'roster.provinceUnknown': { zh: '省份无法识别', en: 'not a province of the mainland' },
  'roster.tooLong': { zh: '内容过长', en: 'too long' },
  'roster.duplicateIdNumber': { zh: '身份证号重复出现在多行', en: 'the same ID number on several rows' },
  'roster.idNumberExists': { zh: '该身份证号已在名册中', en: 'already on the roster' },
  'roster.duplicateWorkerId': { zh: '工号重复出现在多行', en: 'the same worker number on several rows' },
  'roster.formulaNoResult': { zh: '公式没有计算结果：请用 Excel 或 WPS 打开并保存后重新导入', en: 'a formula without a saved result: open and save the file in Excel or WPS' },
  'roster.cellError': { zh: '单元格显示 Excel 错误值（如 #REF!、#DIV/0!）', en: 'the cell shows an Excel error value' },
  'roster.columnCount': { zh: '这一行的列数多于表头（金额中的逗号没有加引号？如 1,750元）', en: 'more cells than the header (an unquoted comma, as in 1,750元?)' },
};

export function rosterFieldLabel(field: RosterField, locale: DisplayLocale): string {
  return locale === 'en' ? fieldLabels[field].en : fieldLabels[field].zh;
}

/** The text for a roster.* problem code; the code itself when unknown. */
export function rosterProblemLabel(code: string, locale: DisplayLocale): string {
  const label = problemLabels[code];
  return label ? (locale === 'en' ? label.en : label.zh) : code;
}
