// The sector round's representatives and procedure sections (协商代表, 协商程序), registered on load. The
// person form's own labels come from the enterprise people screen's text (people.*).
import { featureMessagesRegister } from '../../i18n/featureMessages';
import type { MessagesShape } from '../../i18n/featureMessages';

export const sectorRoundZh = {
  tabs: { label: '协商代表与程序', people: '协商代表', procedure: '协商程序' },
  saveFirst: '先保存这份行业（区域）性合同，再记录协商代表和协商程序。',
  conflict: '《{{title}}》的协商代表或协商程序在另一个窗口里已保存过修改，本窗口没有写入；已重新读取保存的内容，请核对后再改。',
  afterSigning: '合同签署后，协商代表和协商程序仍可记录（报送审查、公布等在签字之后进行），不影响已冻结的合同文本和指纹。',
  member: '来自成员企业',
  memberNone: '（不属于某一成员企业）',
  saved: '已保存。',
  notSaved: '没有保存：请改正标出的问题。',
  blocked: '没有保存：{{detail}}（{{rules}}）',
  failed: '没有保存：{{reason}}',
  county: '适用规则和日历的区县',
  countyHint: '期限、节假日和地方规定按这个区县计算；默认取第一家成员企业所在区县。',
  start: '开始记录协商程序',
  startNeedsCounty: '请先选择区县。',
  rules: {
    title: '行业（区域）性合同的不同规定',
    intro: '下列规定与单个企业的协商程序不同；程序检查中已按此跳过或注明。',
    skip: '不适用：{{rule}}',
    note: '另行注明：{{rule}}',
    unverified: '未核实，请对照原文',
  },
};

export const sectorRoundEn: MessagesShape<typeof sectorRoundZh> = {
  tabs: { label: 'Representatives and procedure', people: 'Representatives', procedure: 'Procedure' },
  saveFirst: 'Save this sector (regional) agreement first, then record its representatives and procedure.',
  conflict: 'The representatives or procedure of “{{title}}” were saved in another window meanwhile: nothing was written here; the saved version has been read again, check it before changing it.',
  afterSigning: 'After signing, the representatives and the procedure can still be recorded (filing, review and publication follow the signature); the frozen text and its fingerprint do not change.',
  member: 'From member enterprise',
  memberNone: '(not from one member)',
  saved: 'Saved.',
  notSaved: 'Not saved: please fix the marked problems.',
  blocked: 'Not saved: {{detail}} ({{rules}})',
  failed: 'Not saved: {{reason}}',
  county: 'County whose rules and calendar apply',
  countyHint: 'Deadlines, holidays and local rules follow this county; by default the first member’s county.',
  start: 'Start the procedure record',
  startNeedsCounty: 'Choose the county first.',
  rules: {
    title: 'Rules that differ for a sector (regional) agreement',
    intro: 'These rules differ from one enterprise’s procedure; the procedure checks skip or annotate accordingly.',
    skip: 'Does not apply: {{rule}}',
    note: 'Annotated: {{rule}}',
    unverified: 'unverified: check against the text',
  },
};

featureMessagesRegister('sectorRound', sectorRoundZh, sectorRoundEn);
