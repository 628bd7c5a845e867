// The built-in sample as data: the reference plant's five rounds of 2020-21 as case files
// (docs/case-format.md), the same format a user exports and imports. The app loads them through the
// same import a user's file goes through, the command line reads them with --sample, and the tests
// reproduce the report's figures from them through the same code as any user case.
//
// Rounds, oldest first (the report names months only; days are placeholders listed in `assumptions`):
//   1. early 2020, base wage 1750: agreed as the model's scenario (its first quarter);
//   2. March 2020, 1750 → 1570 in the order drought (the procedure record of referenceRecord.ts);
//   3. the March 2020 job-retention agreement: 3 months × 1570 guaranteed + 1000 allowance, 30 workers;
//   4. June 2020, back to 1750;
//   5. January 2021, the Spring Festival round: 1750 until the festival ends, 2000 after it, a 500 red
//      packet, the return fare refunded, festival leave deferred, statutory overtime, and commitments.
import { CASE_FILE_FORMAT, CASE_FILE_VERSION, type CaseFileInput } from '../case/caseFile';
import { earlierRoundOf } from '../case/agreedWages';
import { type Round, type RoundInput, roundSchema } from '../case/round';
import type { Ledger } from '../terms/ledger';
import referenceCase from './referenceCase.json';
import { referenceEnterpriseInput, referencePeopleInputs, sampleAssumptions } from './referenceEnterprise';
import { referenceRecord, referenceRecord2021, referenceRecord2021Assumptions, referenceRecordAssumptions, referenceRecordBrief, referenceRecordPeople } from './referenceRecord';
import { referenceRoster } from './referenceRoster';
import { referenceTermInputs, referenceTermsAssumptions, referenceTermsCase } from './referenceTerms';
import { referenceWageCase } from './referenceWageCase';

const PLACE = '公司三楼会议室';
const agreements = [...referenceCase.wage_agreements].sort((a, b) => a.seq - b.seq);
const yuan = (n: number) => n * 100;

/** Placeholders every round shares: where it is signed, the authority it is filed with, the payday. */
const sampleDetails = {
  signingPlace: PLACE,
  labourAuthority: '福鼎市人力资源和社会保障局',
  payday: 15,
  wageStructure: ['基本工资', '岗位工资', '绩效（计件）工资', '奖金', '津贴和补贴', '加班工资'],
  wageForms: ['计时工资', '计件工资'],
  congressPlace: PLACE,
};

const detailsAssumptions = [
  ...sampleAssumptions.map((a) => ({ field: a.record === 'enterprise' ? `enterprise.${a.field}` : `people.${a.index}.${a.field}`, note: a.note })),
  { field: 'details.labourAuthority', note: 'Not in the report: 福鼎市人力资源和社会保障局 is assumed to receive the filing.' },
  { field: 'details.payday', note: 'Not reported: wages for the previous month paid by the 15th assumed.' },
  { field: 'details.signingPlace', note: 'Not reported: the company meeting room assumed.' },
  { field: 'details.wageStructure', note: 'Not reported: a usual structure and the time and piece-rate forms of a leather plant are assumed.' },
];

const termsById = new Map(referenceTermInputs.map((t) => [t.id, t]));
const termsOf = (...ids: string[]) => ids.map((id) => termsById.get(id)!);

function roundInputs(): RoundInput[] {
  const wage = referenceWageCase();
  return [
    {
      id: 'ref-2020-1',
      title: '2020年初工资协议（第一份工资协议）',
      kind: 'wage',
      wage,
      agreed: { kind: 'scenario', scenario: wage.scenarios[0]!.name },
      procedure: referenceRecordBrief('2020年初工资协议（第一份工资协议）', 'wage-agreement', { from: '2020-01-01', to: '2020-03-31' }),
      details: sampleDetails,
      assumptions: [
        { field: 'procedure.term', note: 'Not reported: the first agreement is taken to run for 2020-Q1, until the March agreement replaced it.' },
        { field: 'agreed', note: 'The model\'s "as agreed" scenario in its first quarter: 1750 (agreement 1).' },
        ...detailsAssumptions,
      ],
    },
    {
      id: 'ref-2020-2',
      title: '2020年3月工资协议（第二份工资协议）',
      kind: 'wage',
      previousRoundId: 'ref-2020-1',
      wage,
      agreed: { kind: 'figures', standards: [{ period: '合同期内', appliesTo: '一线职工', from: '2020-04-01', monthlyFen: yuan(agreements[1]!.monthly_base_wage_cny) }] },
      procedure: referenceRecord(),
      details: sampleDetails,
      assumptions: [...referenceRecordAssumptions.map((a) => ({ field: `procedure.${a.field}`, note: a.note })), ...detailsAssumptions],
    },
    {
      id: 'ref-2020-jr',
      title: '2020年3月保岗协议',
      kind: 'jobRetention',
      previousRoundId: 'ref-2020-2',
      wage,
      agreed: { kind: 'figures', standards: [{ period: '返岗后', from: '2020-06-01', monthlyFen: yuan(agreements[2]!.monthly_base_wage_cny) }] },
      terms: termsOf('jr2020.guaranteedPay', 'jr2020.returnAllowance'),
      procedure: referenceRecordBrief('2020年3月保岗协议', 'special-contract', { from: '2020-03-01', to: '2020-12-31' }),
      details: {
        ...sampleDetails,
        jobRetention: {
          reason: `受新冠肺炎疫情影响，2020年第一季度企业产值环比下降${Math.abs(referenceCase.quarterly_output_2020.q1_pct)}%，订单严重不足，生产经营困难。`,
          paidWith: '随职工返岗后的第一个月工资（2020年6月底）一并发放',
        },
      },
      assumptions: [
        { field: 'procedure.term', note: 'Not reported: 2020-03-01 to 2020-12-31 assumed (March agreement; the condition runs to year end).' },
        { field: 'details.jobRetention.employerCommitments', note: 'Not reported: the typical commitments of rules.md §2.2.' },
        ...referenceTermsAssumptions.filter((a) => a.field.startsWith('terms.jr2020') || a.field === 'roster'),
        ...detailsAssumptions,
      ],
    },
    {
      id: 'ref-2020-3',
      title: '2020年6月工资协议（第三份工资协议）',
      kind: 'wage',
      previousRoundId: 'ref-2020-2',
      wage,
      agreed: { kind: 'figures', standards: [{ period: '合同期内', appliesTo: '全体职工', from: '2020-07-01', monthlyFen: yuan(agreements[2]!.monthly_base_wage_cny) }] },
      procedure: referenceRecordBrief('2020年6月工资协议（第三份工资协议）', 'wage-agreement', { from: '2020-07-01', to: '2021-01-31' }, {
        request: { from: 'workers', sentAt: '2020-06-01', receivedAt: '2020-06-01', time: '', place: PLACE, content: '订单恢复后一线职工基本工资的调整' },
        signing: { date: '2020-06-19', chiefsSigned: { workers: true, employer: true } },
      }),
      details: sampleDetails,
      assumptions: [
        { field: 'procedure', note: 'The report says June 2020: request 2020-06-01 and signing 2020-06-19 assumed; the term to 2021-01-31, when the fourth agreement began.' },
        ...detailsAssumptions,
      ],
    },
    {
      id: 'ref-2021-1',
      title: '2021年1月工资协议（春节留岗）',
      kind: 'wage',
      previousRoundId: 'ref-2020-3',
      wage,
      agreed: {
        kind: 'figures',
        standards: [
          { period: '春节假期结束前', from: '2021-02-01', to: '2021-02-17', monthlyFen: yuan(agreements[2]!.monthly_base_wage_cny) },
          { period: '春节假期结束后', from: '2021-02-18', monthlyFen: yuan(referenceCase.spring_festival_2021_terms.monthly_base_wage_after_festival_cny) },
        ],
      },
      terms: termsOf('sf2021.overtime', 'sf2021.redPacket', 'sf2021.returnFare', 'sf2021.deferredLeave', 'ohs2020.fumeCabinets', 'auto2021.investment', 'auto2021.safetyRules'),
      procedure: referenceRecord2021(),
      details: {
        ...sampleDetails,
        yearLabel: '2021年度',
        annualBasis: ['春节期间稳定职工队伍、保障连续生产的需要；'],
        occupationalHealth: { hazards: ['合成革生产线有机溶剂挥发产生的有害气体；', '其他危害因素以职业病危害因素检测结果为准。'] },
      },
      assumptions: [
        ...referenceRecord2021Assumptions.map((a) => ({ field: `procedure.${a.field}`, note: a.note })),
        { field: 'agreed', note: 'The report says 2000 "after the festival": from 2021-02-18, the first working day after the break, assumed; 1750 before it (the third agreement).' },
        ...referenceTermsAssumptions.filter((a) => !a.field.startsWith('terms.jr2020')),
        { field: 'details.occupationalHealth', note: 'The 2020 occupational-disease contract was signed for the zone\'s industry; its enterprise-level text is assumed. Hazards other than solvent fumes are not reported.' },
        ...detailsAssumptions,
      ],
    },
  ];
}

/** The sample's rounds, checked, oldest first. */
export function referenceRounds(): Round[] {
  return roundInputs().map((r) => roundSchema.parse(r));
}

export const referenceRoundIds = ['ref-2020-1', 'ref-2020-2', 'ref-2020-jr', 'ref-2020-3', 'ref-2021-1'] as const;
export type ReferenceRoundId = (typeof referenceRoundIds)[number];
/** The round the sample opens on, and `case export --sample` writes: the Spring Festival round. */
export const referenceRoundLatest: ReferenceRoundId = 'ref-2021-1';

function ledgerOf(ledger: Ledger, round: Round) {
  const terms = new Set(round.terms.map((t) => t.id));
  return { entries: ledger.entries.filter((e) => terms.has(e.termId)), leave: ledger.leave.filter((l) => terms.has(l.termId)) };
}

/** Every round of the sample as a case file, each with the rounds before it and its part of the ledger. */
export function referenceCaseFiles(): CaseFileInput[] {
  const rounds = referenceRounds();
  const people = referencePeopleInputs().map((p, i) => ({ ...p, id: referenceRecordPeople[i]!.id }));
  const roster = referenceRoster();
  const ledger = referenceTermsCase().ledger;
  return rounds.map((round, i) => ({
    format: CASE_FILE_FORMAT,
    version: CASE_FILE_VERSION,
    enterprise: referenceEnterpriseInput(),
    people,
    round,
    earlier: rounds.slice(0, i).map(earlierRoundOf),
    roster: round.terms.length > 0 ? roster : [],
    ledger: ledgerOf(ledger, round),
  }));
}

/** One round of the sample as a case file (the latest by default). */
export function referenceCaseFile(id: ReferenceRoundId = referenceRoundLatest): CaseFileInput {
  return referenceCaseFiles()[referenceRoundIds.indexOf(id)]!;
}
