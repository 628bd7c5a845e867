// What a document still needs (templates/case/needs.ts `what` keys), said on the command line: a short
// Chinese phrase, the English, and where in the case file it is entered, so a user editing the JSON by
// hand knows which field to fill. The app says the same keys through its own i18n table.
interface MissingText {
  readonly zh: string;
  readonly en: string;
  /** Where the case file holds it (docs/case-format.md). */
  readonly field: string;
}

export const missingTexts: Readonly<Record<string, MissingText>> = {
  agreedWage: { zh: '双方确认的工资方案', en: 'the agreed wage (a scenario marked agreed, or agreed figures)', field: 'round.agreed' },
  wageModel: { zh: '有效的工资模型', en: 'a valid wage model', field: 'round.wage' },
  modelAfterTerm: { zh: '覆盖协议期限的工资模型季度', en: 'modelled quarters that reach the term', field: 'round.wage.baseQuarter' },
  term: { zh: '协议期限', en: 'the term of the agreement', field: 'round.procedure.term' },
  minimumWage: { zh: '当地最低工资标准', en: 'the local minimum wage', field: 'minimumWage' },
  payday: { zh: '工资支付日', en: 'the payday', field: 'round.details.payday' },
  signingPlace: { zh: '签订地点', en: 'where it is signed', field: 'round.details.signingPlace' },
  labourAuthority: { zh: '受理备案的劳动保障行政部门', en: 'the labour administration it is filed with', field: 'round.details.labourAuthority' },
  unionChair: { zh: '工会主席', en: 'the union chair', field: 'enterprise.unionChair' },
  workersChief: { zh: '职工方首席代表', en: "the workers' chief representative", field: 'round.procedure.representatives' },
  employerChief: { zh: '企业方首席代表', en: "the employer's chief representative", field: 'round.procedure.representatives' },
  deadlineRules: { zh: '适用的期限规则', en: 'a deadline rule in days for the region', field: '' },
  request: { zh: '协商要约', en: 'the written request to negotiate', field: 'round.procedure.request' },
  requestTime: { zh: '要约提出的协商时间', en: 'the time of talks the request proposes', field: 'round.procedure.request.time' },
  requestPlace: { zh: '要约提出的协商地点', en: 'the place of talks the request proposes', field: 'round.procedure.request.place' },
  requestContent: { zh: '要约的协商内容', en: 'what the request asks to negotiate', field: 'round.procedure.request.content' },
  meeting: { zh: '协商会议', en: 'a negotiation meeting', field: 'round.procedure.meetings' },
  meetingPlace: { zh: '协商会议地点', en: 'where the meeting was held', field: 'round.procedure.meetings' },
  vote: { zh: '职工代表大会表决', en: "the workers' congress vote", field: 'round.procedure.votes' },
  congressPlace: { zh: '职工代表大会召开地点', en: 'where the congress sat', field: 'round.details.congressPlace' },
  signing: { zh: '签字日期和签字情况', en: 'the signing', field: 'round.procedure.signing' },
  guaranteedPayTerm: { zh: '停工放假期间保底工资条款', en: 'a guaranteed-pay term', field: 'round.terms' },
  retentionReason: { zh: '保岗原因', en: 'why jobs are kept (the difficulty)', field: 'round.details.jobRetention.reason' },
  retentionWorkers: { zh: '保岗职工人数', en: 'the workers covered (roster or named list)', field: 'roster' },
  ohsCommitments: { zh: '职业病防治承诺条款', en: 'occupational-health commitments', field: 'round.terms' },
  hazards: { zh: '职业病危害因素', en: 'the occupational hazards', field: 'round.details.occupationalHealth.hazards' },
  womenIncluded: { zh: '本轮签订女职工专项合同的约定', en: "a women workers' contract in this round", field: 'round.details.womenWorkers.included' },
  womenCount: { zh: '女职工人数', en: 'the number of women workers', field: 'enterprise.womenCount' },
};

function textOf(what: string): MissingText {
  return missingTexts[what] ?? { zh: what, en: what, field: '' };
}

/** 工资支付日（字段 round.details.payday）、签订地点（字段 round.details.signingPlace） */
export function missingZh(whats: readonly string[]): string {
  return whats
    .map((what) => {
      const t = textOf(what);
      return t.field ? `${t.zh}（字段 ${t.field}）` : t.zh;
    })
    .join('、');
}

/** the payday [payday], where it is signed [signingPlace] */
export function missingEn(whats: readonly string[]): string {
  return whats.map((what) => `${textOf(what).en} [${what}]`).join(', ');
}

/** The two lines a command prints for a document it cannot make: Chinese, then English. */
export function missingLines(name: string, titleZh: string, whats: readonly string[], action: readonly [zh: string, en: string]): [string, string] {
  return [`${action[0]} ${name}（${titleZh}）：缺少 ${missingZh(whats)}`, `${action[1]} ${name}: missing ${missingEn(whats)}`];
}
