// Text of 附测算说明 on the request letter's print view (ExplanationAttach.tsx), Chinese first. The annex
// itself is Chinese document text (templates/documents/explanationAnnex.ts) whatever the UI language.
export const explainLetterZh = {
  label: '附测算说明',
  none: '不附',
  noModel: '本轮还没有产值与工资测算，无法附测算说明。',
  modelInvalid: '本轮的工资测算有误，请先在“产值与工资测算”中改正。',
  attached: '已附方案“{{name}}”的测算说明（最后一页）；未录入的数据印为“未知”，未核实的数据注明“未核实”。',
};

export const explainLetterEn = {
  label: 'Attach the scenario explanation',
  none: 'None',
  noModel: 'This round has no output and wage model yet: there is no explanation to attach.',
  modelInvalid: 'The round’s wage model has an error: correct it under Output and wages first.',
  attached: 'The explanation of scenario “{{name}}” is attached (last page); figures nobody entered print as 未知 (unknown), unchecked ones say 未核实 (unverified).',
};
