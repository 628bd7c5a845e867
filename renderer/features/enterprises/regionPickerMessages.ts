// Text of the region picker's search by pinyin initials and of its towns (乡镇/街道), registered with the
// picker's module. The labels the picker had before stay in the shell's table (enterpriseForm.*).
import { featureMessagesRegister } from '../../i18n/featureMessages';

export const regionPickerZh = {
  searchPlaceholder: '名称、代码或拼音首字母，如“福鼎”“350982”或“fds”',
  searchHelp: '按回车选第一个结果，按向下键进入列表。',
  results: '符合的地区（{{count}} 个）',
  resultsTruncated: '符合的地区（只列出前 {{count}} 个，请再输入几个字）',
  town: '所在乡镇/街道（可选）',
  townHint: '乡镇不随企业保存；选定后可在“见证单位”处一键填入镇（街道）总工会。',
  townSearch: '搜索乡镇/街道',
  townSearchPlaceholder: '名称、代码或首字母，如“太姥山”或“tls”',
  townNone: '不指定乡镇/街道',
  townLoading: '正在载入乡镇/街道…',
  townFailed: '乡镇/街道列表未能载入，请重试。',
  townRetry: '重新载入',
  townEmpty: '数据中没有此地的乡镇/街道',
  townNoMatch: '没有符合的乡镇/街道',
  witnessSuggest: '填入“{{name}}”',
};

export const regionPickerEn = {
  searchPlaceholder: 'Name, code or pinyin initials, e.g. 福鼎, 350982 or fds',
  searchHelp: 'Enter picks the first result; the down arrow moves into the list.',
  results: 'Matching regions ({{count}})',
  resultsTruncated: 'Matching regions (first {{count}} only: type a little more)',
  town: 'Town or street (optional)',
  townHint: 'The town is not saved with the enterprise; once chosen, its federation can be filled in as the witness in one click.',
  townSearch: 'Search towns and streets',
  townSearchPlaceholder: 'Name, code or initials, e.g. 太姥山 or tls',
  townNone: 'No town or street',
  townLoading: 'Loading towns and streets…',
  townFailed: 'The list of towns could not be loaded; please try again.',
  townRetry: 'Load again',
  townEmpty: 'The data lists no towns or streets here',
  townNoMatch: 'No matching town or street',
  witnessSuggest: 'Use “{{name}}”',
};

featureMessagesRegister('regionPicker', regionPickerZh, regionPickerEn);
