// The reference case's second wage agreement (March 2020: base wage cut from 1750 to 1570 in the order
// drought, exactly Fujian's tier-3 minimum) as a negotiation record that passes every blocking rule. The
// report gives the agreement and its figures, not its paperwork: every date, count and name it does not
// give is assumed and listed in `referenceRecordAssumptions`. Broken variants feed tests and the CLI.
import { referenceEnterpriseInput, referencePeopleInputs, referenceRegionCode } from './referenceEnterprise';
import { type ProcedureRecordInput, wageClauseKeys } from '../procedure/record';
import type { RulePerson } from '../procedure/rules/types';

/** The people of the sample (shared/sample) with stable ids: 1–3 workers, 4–6 employer, 7 the recorder. */
export const referenceRecordPeople: readonly RulePerson[] = referencePeopleInputs().map((p, i) => ({
  id: `ref-person-${i + 1}`,
  name: p.name,
  side: p.side ?? 'neutral',
}));

function person(n: number): RulePerson {
  const found = referenceRecordPeople[n - 1];
  if (!found) throw new RangeError(`no reference person ${n}`);
  return found;
}

const PLACE = '公司三楼会议室';

export interface ReferenceRecordAssumption {
  /** Dotted path into the record. */
  readonly field: string;
  readonly note: string;
}

export const referenceRecordAssumptions: readonly ReferenceRecordAssumption[] = [
  { field: 'request', note: 'Not reported: the employer is assumed to have opened talks in writing on 2020-02-26, received by the union the same day.' },
  { field: 'reply', note: 'Not reported: a written acceptance on 2020-02-27.' },
  { field: 'workerRepresentativesApproval', note: 'Not reported: the union is assumed to have named the workers\' side on 2020-02-27.' },
  { field: 'representatives', note: 'The three a side of shared/sample/referenceEnterprise.ts; two employer members and the recorder are placeholders, and the general manager\'s written appointment is assumed.' },
  { field: 'informationRequests', note: 'Not reported: the union asked for the 2019 wage bill and Q1 2020 orders and output on 2020-02-28 and got them that day.' },
  { field: 'meetings', note: 'Not reported: two meetings (2020-03-05, 2020-03-09) with a 4-day suspension between them; the topics follow the report\'s agenda (keep jobs, keep the firm going).' },
  { field: 'draft.clauses', note: 'Assumed: the agreement has all nine clauses of WCM 7.' },
  { field: 'votes.0', note: 'Not reported: a workers\' congress of 36 representatives (headcount 120 assumed) on 2020-03-12, 33 present, 30 for, by secret ballot, item by item, with a written resolution.' },
  { field: 'signing', note: 'Not reported: signed and sealed on 2020-03-13.' },
  { field: 'filing', note: 'Not reported: filed in 3 copies with an explanatory note on 2020-03-16 and received that day; no objection.' },
  { field: 'publication', note: 'Not reported: published on 2020-04-01.' },
  { field: 'term', note: 'Assumed: one year from 2020-04-01; the June 2020 agreement replaced it early when orders came back.' },
  { field: 'renewal', note: 'The report has a third agreement in June 2020 (base wage back to 1750); the request (2020-06-01) and signing (2020-06-19) dates are assumed.' },
];

/** The March 2020 wage agreement's record: no blocking finding; CNT-02 warns that 1570 sits on the floor. */
export function referenceRecord(): ProcedureRecordInput {
  const [w1, w2, w3, e1, e2, e3, recorder] = [1, 2, 3, 4, 5, 6, 7].map(person) as [RulePerson, RulePerson, RulePerson, RulePerson, RulePerson, RulePerson, RulePerson];
  const attendees = [w1, w2, w3, e1, e2, e3].map((p) => p.id);
  return {
    title: '2020年3月工资专项集体合同（第二份工资协议）',
    enterpriseName: referenceEnterpriseInput().name,
    kind: 'wage-agreement',
    regionCode: referenceRegionCode,
    union: { exists: true, chairVacant: false },
    representatives: [
      { personId: w1.id, name: w1.name, side: 'workers', role: 'chief', isUnionChair: true, chosenBy: 'union' },
      { personId: w2.id, name: w2.name, side: 'workers', role: 'member', chosenBy: 'union' },
      { personId: w3.id, name: w3.name, side: 'workers', role: 'member', chosenBy: 'union' },
      { personId: e1.id, name: e1.name, side: 'employer', role: 'chief', authorizationLetter: true, chosenBy: 'appointment' },
      { personId: e2.id, name: e2.name, side: 'employer', role: 'member', chosenBy: 'appointment' },
      { personId: e3.id, name: e3.name, side: 'employer', role: 'member', chosenBy: 'appointment' },
    ],
    workerRepresentativesApproval: { body: 'union', date: '2020-02-27' },
    recorder: { personId: recorder.id, name: recorder.name, chosenJointly: true, confidentiality: true },
    request: {
      from: 'employer', sentAt: '2020-02-26', receivedAt: '2020-02-26', written: true,
      time: '2020年3月5日上午9时', place: PLACE,
      content: '受新冠肺炎疫情影响订单锐减，就2020年第二季度起一线职工基本工资调整、保留岗位和复工安排进行工资集体协商',
    },
    reply: { repliedAt: '2020-02-27', written: true, accepted: true },
    informationRequests: [
      { requestedBy: 'workers', requestedAt: '2020-02-28', items: '2019年工资总额、2020年一季度订单和产值、人工成本', providedAt: '2020-02-28' },
    ],
    meetings: [
      {
        date: '2020-03-05', place: PLACE, chair: 'employer', attendees,
        minutes: {
          recorderId: recorder.id,
          items: [
            { topic: '一线职工基本工资', workersAsk: '维持每月 1750 元', employerOffer: '订单不足，自 4 月起降至每月 1570 元', status: 'open' },
            { topic: '保留岗位', workersAsk: '不裁员', employerOffer: '不裁员；订单不足期间部分职工带薪放假', status: 'open' },
          ],
          text: '企业方通报一季度订单和产值；职工方要求维持工资水平。双方同意中止协商，各自核算和征求意见。',
        },
      },
      {
        date: '2020-03-09', place: PLACE, chair: 'workers', attendees,
        minutes: {
          recorderId: recorder.id,
          items: [
            { topic: '一线职工基本工资', workersAsk: '不低于当地最低工资，订单恢复后恢复原水平', employerOffer: '自 4 月起每月 1570 元，订单恢复后重新协商', status: 'agreed' },
            { topic: '保留岗位', workersAsk: '不裁员', employerOffer: '不裁员', status: 'agreed' },
          ],
          text: '双方就基本工资和保留岗位达成一致，形成协议草案，提交职工代表大会审议。',
        },
      },
    ],
    suspensions: [
      { date: '2020-03-05', lengthDays: 4, reason: '企业方核算订单和成本，职工方征求职工意见', nextMeeting: { date: '2020-03-09', place: PLACE, topics: ['一线职工基本工资', '保留岗位'] } },
    ],
    draft: {
      preparedBy: 'employer',
      clauses: [...wageClauseKeys],
      baseWages: [{ label: '一线职工', monthlyFen: 157_000 }],
      text: '',
    },
    votes: [
      { date: '2020-03-12', body: 'workers_congress', total: 36, present: 33, for: 30, against: 2, abstaining: 1, method: 'secret_ballot', itemByItem: true, resolutionWritten: true },
    ],
    signing: { date: '2020-03-13', chiefsSigned: { workers: true, employer: true }, seals: { workers: true, employer: true } },
    filing: { submittedAt: '2020-03-16', copies: 3, explanatoryNote: true, receivedAt: '2020-03-16', objection: null },
    publication: { date: '2020-04-01', method: '厂区公告栏张贴' },
    term: { from: '2020-04-01', to: '2021-03-31' },
    renewal: { requestedAt: '2020-06-01', nextAgreementSignedAt: '2020-06-19', note: '订单回升，第三份工资协议将基本工资恢复至 1750 元' },
  };
}

/** The people at the table in every round of the sample: three a side and the recorder. */
function referenceSides(): Pick<ProcedureRecordInput, 'representatives' | 'recorder' | 'union'> {
  const [w1, w2, w3, e1, e2, e3, recorder] = [1, 2, 3, 4, 5, 6, 7].map(person) as [RulePerson, RulePerson, RulePerson, RulePerson, RulePerson, RulePerson, RulePerson];
  return {
    union: { exists: true, chairVacant: false },
    representatives: [
      { personId: w1.id, name: w1.name, side: 'workers', role: 'chief', isUnionChair: true, chosenBy: 'union' },
      { personId: w2.id, name: w2.name, side: 'workers', role: 'member', chosenBy: 'union' },
      { personId: w3.id, name: w3.name, side: 'workers', role: 'member', chosenBy: 'union' },
      { personId: e1.id, name: e1.name, side: 'employer', role: 'chief', authorizationLetter: true, chosenBy: 'appointment' },
      { personId: e2.id, name: e2.name, side: 'employer', role: 'member', chosenBy: 'appointment' },
      { personId: e3.id, name: e3.name, side: 'employer', role: 'member', chosenBy: 'appointment' },
    ],
    recorder: { personId: recorder.id, name: recorder.name, chosenJointly: true, confidentiality: true },
  };
}

export const referenceRecord2021Assumptions: readonly ReferenceRecordAssumption[] = [
  { field: 'request', note: 'The report says January 2021: the union\'s written request assumed sent and received 2021-01-04, the reply 2021-01-06.' },
  { field: 'meetings', note: 'One meeting assumed on 2021-01-08; its four items follow the terms the report says were agreed.' },
  { field: 'votes.0', note: 'Not reported: a congress of 36 representatives, 33 present, 30 for, assumed as for the March 2020 agreement.' },
  { field: 'signing', note: 'Not reported: signed 2021-01-15, filed 2021-01-19 (within 7 days), published 2021-02-05.' },
  { field: 'term', note: 'Not reported: one year from 2021-02-01, so the Spring Festival terms fall inside it.' },
];

/** The fourth wage agreement (January 2021, the Spring Festival round) recorded from request to publication. */
export function referenceRecord2021(): ProcedureRecordInput {
  const sides = referenceSides();
  const attendees = sides.representatives!.map((r) => r.personId);
  const recorderId = sides.recorder!.personId;
  const items = [
    { topic: '一线职工基本工资', workersAsk: '春节后每月 2000 元', employerOffer: '同意，自 2021-02-18 起每月 2000 元' },
    { topic: '春节留厂红包', workersAsk: '留厂职工每人 500 元', employerOffer: '同意，每人 500 元' },
    { topic: '返乡路费', workersAsk: '按票据全额（100%）报销', employerOffer: '同意，全额报销' },
    { topic: '调休安排', workersAsk: '春节加班可延后调休', employerOffer: '同意，节后安排调休' },
  ].map((item) => ({ ...item, status: 'agreed' as const }));
  return {
    title: '2021年1月工资专项集体合同（第四份工资协议）',
    enterpriseName: referenceEnterpriseInput().name,
    kind: 'wage-agreement',
    regionCode: referenceRegionCode,
    ...sides,
    workerRepresentativesApproval: { body: 'union', date: '2021-01-06' },
    request: {
      from: 'workers', sentAt: '2021-01-04', receivedAt: '2021-01-04', written: true,
      time: '2021年1月8日上午9时', place: PLACE,
      content: '2021年春节前后一线职工基本工资、春节留厂红包、返乡路费和调休安排',
    },
    reply: { repliedAt: '2021-01-06', written: true, accepted: true },
    meetings: [
      {
        date: '2021-01-08', place: PLACE, chair: 'workers', attendees,
        minutes: { recorderId, items, text: '双方就四项议题达成一致，形成协议草案，提交职工代表大会审议。' },
      },
    ],
    draft: { preparedBy: 'employer', clauses: [...wageClauseKeys], baseWages: [{ label: '一线职工', monthlyFen: 200_000, from: '2021-02-18' }], text: '' },
    votes: [
      { date: '2021-01-14', body: 'workers_congress', total: 36, present: 33, for: 30, against: 2, abstaining: 1, method: 'secret_ballot', itemByItem: true, resolutionWritten: true },
    ],
    signing: { date: '2021-01-15', chiefsSigned: { workers: true, employer: true }, seals: { workers: true, employer: true } },
    filing: { submittedAt: '2021-01-19', copies: 3, explanatoryNote: true, receivedAt: '2021-01-19', objection: null },
    publication: { date: '2021-02-05', method: '厂区公告栏张贴' },
    term: { from: '2021-02-01', to: '2022-01-31' },
  };
}

/** A round of the sample whose paperwork the report does not describe: its people, its term, and what is known. */
export function referenceRecordBrief(title: string, kind: ProcedureRecordInput['kind'], term: { from: string; to: string }, extra: Partial<ProcedureRecordInput> = {}): ProcedureRecordInput {
  return { title, enterpriseName: referenceEnterpriseInput().name, kind, regionCode: referenceRegionCode, ...referenceSides(), term, ...extra };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type RecordDraft = Mutable<ProcedureRecordInput>;

interface BrokenVariant {
  readonly zh: string;
  readonly en: string;
  readonly change: (record: RecordDraft) => void;
}

const firstVote = (r: RecordDraft) => r.votes![0]!;

/** Each breaks one rule of the reference record (the rule id is in the name's description). */
const brokenVariants = {
  'unequal-sides': { zh: 'REP-01：职工方 3 人、企业方 2 人', en: 'REP-01: 3 workers against 2 employer representatives',
    change: (r) => { r.representatives = r.representatives!.filter((p) => p.personId !== 'ref-person-6'); } },
  'two-chiefs': { zh: 'REP-02：职工方两名首席代表', en: "REP-02: two chiefs on the workers' side",
    change: (r) => { r.representatives = r.representatives!.map((p) => (p.personId === 'ref-person-2' ? { ...p, role: 'chief' } : p)); } },
  'both-sides': { zh: 'REP-06：同一人同时是双方代表', en: 'REP-06: one person on both sides',
    change: (r) => { r.representatives = r.representatives!.map((p) => (p.personId === 'ref-person-6' ? { ...p, personId: 'ref-person-2', name: '熊仕荣' } : p)); } },
  'recorder-is-representative': { zh: 'REP-09：记录员由职工方代表担任', en: 'REP-09: the recorder is a workers\' representative',
    change: (r) => { r.recorder = { personId: 'ref-person-3', name: '王井全', chosenJointly: true, confidentiality: true }; } },
  'suspension-without-date': { zh: 'MTG-03：中止协商未记录下次协商时间', en: 'MTG-03: a suspension without the next date',
    change: (r) => { r.suspensions = [{ date: '2020-03-05', lengthDays: 4, reason: '', nextMeeting: { date: null, place: PLACE, topics: ['一线职工基本工资'] } }]; } },
  'no-quorum': { zh: 'RAT-02：36 名代表仅 23 人出席', en: 'RAT-02: 23 of 36 representatives present',
    change: (r) => { r.votes = [{ ...firstVote(r), present: 23, for: 20, against: 2, abstaining: 1 }]; } },
  'vote-exactly-half': { zh: 'RAT-03：36 名代表中恰好 18 人同意', en: 'RAT-03: exactly 18 of 36 in favour',
    change: (r) => { r.votes = [{ ...firstVote(r), for: 18, against: 12, abstaining: 3 }]; } },
  'vote-below-half': { zh: 'RAT-03：36 名代表中 17 人同意', en: 'RAT-03: 17 of 36 in favour',
    change: (r) => { r.votes = [{ ...firstVote(r), for: 17, against: 13, abstaining: 3 }]; } },
  'signed-before-vote': { zh: 'SIG-01：表决前签字', en: 'SIG-01: signed before the vote',
    change: (r) => { r.signing = { ...r.signing!, date: '2020-03-11' }; } },
  'filed-late': { zh: 'FIL-01：签字后第 8 日报送', en: 'FIL-01: filed on day 8',
    change: (r) => { r.filing = { ...r.filing!, submittedAt: '2020-03-21', receivedAt: '2020-03-23' }; } },
  'missing-clauses': { zh: 'CNT-07：缺少年度平均工资和支付办法条款', en: 'CNT-07: no annual wage or payment clause',
    change: (r) => { r.draft = { ...r.draft!, clauses: wageClauseKeys.filter((k) => k !== 'annual-wage' && k !== 'payment') }; } },
  'below-minimum': { zh: 'CNT-02：基本工资 1500 元，低于最低工资', en: 'CNT-02: a base wage of 1500, below the minimum',
    change: (r) => { r.draft = { ...r.draft!, baseWages: [{ label: '一线职工', monthlyFen: 150_000 }] }; } },
} satisfies Record<string, BrokenVariant>;

export type ReferenceRecordBrokenName = keyof typeof brokenVariants;
export const referenceRecordBrokenNames = Object.keys(brokenVariants) as ReferenceRecordBrokenName[];

export function referenceRecordBrokenLabel(name: ReferenceRecordBrokenName): { zh: string; en: string } {
  const { zh, en } = brokenVariants[name];
  return { zh, en };
}

/** The reference record with one rule broken. */
export function referenceRecordBroken(name: ReferenceRecordBrokenName): ProcedureRecordInput {
  const record: RecordDraft = { ...referenceRecord() };
  brokenVariants[name].change(record);
  return record;
}
