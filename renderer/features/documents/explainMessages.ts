// Text of 附测算说明 on the request letter's print view (ExplanationAttach.tsx), Chinese first. The annex
// itself is Chinese document text (templates/documents/explanationAnnex.ts) whatever the UI language.
export const explainLetterZh = {
  label: '附测算说明',
  none: '不附',
  noModel: '本轮还没有产值与工资测算，无法附测算说明。',
  modelInvalid: '本轮的工资测算有误，请先在“产值与工资测算”中改正。',
  attached: '已附方案“{{name}}”的测算说明（最后一页）；未录入的数据印为“未知”，未核实的数据注明“未核实”。打印、下载 Word 和命令行导出都附这一份，直到改选。',
  gone: '原选的方案“{{name}}”已不在工资测算中（改名或删除了），这封函现在不附测算说明；请重新选择。',
  goneOption: '{{name}}（已不存在）',
};

export const explainLetterEn = {
  label: 'Attach the scenario explanation',
  none: 'None',
  noModel: 'This round has no output and wage model yet: there is no explanation to attach.',
  modelInvalid: 'The round’s wage model has an error: correct it under Output and wages first.',
  attached: 'The explanation of scenario “{{name}}” is attached (last page); figures nobody entered print as 未知 (unknown), unchecked ones say 未核实 (unverified). Printing, the Word download and the command line all attach it until you choose otherwise.',
  gone: 'The scenario chosen before, “{{name}}”, is no longer in the wage model (renamed or deleted): the letter attaches no explanation now. Choose again.',
  goneOption: '{{name}} (no longer exists)',
};
