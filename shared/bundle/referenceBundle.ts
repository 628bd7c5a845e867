// The reference case (福鼎, January 2021) as bundle contents: the enterprise from shared/sample, the
// Spring Festival wage agreement as version 1 with both chiefs' drawn signatures, and a record summary.
// Whatever the report does not give is a placeholder listed in `referenceBundleAssumptions`.
import { enterpriseInput, personInput } from '../enterprise/model';
import { fenFromYuan } from '../money/fen';
import { bpFromPercent } from '../money/rate';
import { resultErr, resultOk, type Result } from '../result';
import referenceCase from '../sample/referenceCase.json';
import { referenceEnterpriseInput, referencePeopleInputs } from '../sample/referenceEnterprise';
import { agreementVersionFirst, type AgreementContent } from './agreement';
import type { BundleContents, RecordSummary } from './contents';

export const referenceAgreementId = 'longxiang-wage-2021-01';

/** Assumed: the report says "January 2021" only. */
export const referenceSignedOn = '2021-01-15';
const signedAt = '2021-01-15T10:00:00+08:00';
/** Assumed: one year from the month after signing. */
const referenceTerm = { from: '2021-02-01', to: '2022-01-31' } as const;

/** A 1×1 white PNG: stands in for a signature drawn on the signing-room screen. */
export const referenceSignaturePng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

export const referenceBundleAssumptions: readonly { readonly field: string; readonly note: string }[] = [
  { field: 'content.signedAt', note: `The report says January 2021; ${referenceSignedOn} is a placeholder.` },
  { field: 'content.term', note: `Not in the report: one year, ${referenceTerm.from} to ${referenceTerm.to}.` },
  { field: 'content.clauses', note: 'Clause wording is ours, written from the reported terms (spring_festival_2021_terms); the report does not quote the agreement.' },
  { field: 'signatures', note: 'Both chiefs’ drawn signatures are a 1×1 placeholder image; the report shows none.' },
  { field: 'recordSummary.events', note: 'Dates of the request and the meeting are placeholders; the report gives no procedure dates.' },
  { field: 'createdAt', note: 'The bundle is dated the afternoon of the assumed signing day.' },
  { field: 'enterprise', note: 'Enterprise placeholders as in shared/sample/referenceEnterprise.ts (sampleAssumptions).' },
];

function referenceContent(creditCode: string, enterpriseName: string, unionName: string): AgreementContent {
  const terms = referenceCase.spring_festival_2021_terms;
  const people = referenceCase.enterprise.people;
  const previousBase = referenceCase.wage_agreements.find((a) => a.seq === 3)!.monthly_base_wage_cny;
  return {
    title: `${enterpriseName}工资专项集体合同（2021年1月）`,
    parties: {
      employer: { name: enterpriseName, creditCode, chief: people.general_manager_and_employer_chief_representative },
      workers: { name: unionName, chief: people.union_chair },
    },
    term: referenceTerm,
    clauses: [
      { number: '第一条', heading: '春节加班工资', text: '春节假期期间安排职工加班的，企业按照国家规定的标准支付加班工资。' },
      { number: '第二条', heading: '留厂红包', text: `春节期间留厂的职工，每人发放红包${terms.red_packet_per_worker_staying_cny}元。` },
      { number: '第三条', heading: '返乡路费补贴', text: `节后错峰返乡的职工，返程路费按${terms.return_travel_subsidy_pct_of_fare}%予以补贴。` },
      { number: '第四条', heading: '基本工资', text: `春节后职工月基本工资由${previousBase}元调整为${terms.monthly_base_wage_after_festival_cny}元。` },
      { number: '第五条', heading: '春节假期调休', text: '留厂职工的春节假期，可在本年度其他时间作为带薪假期安排休假。' },
    ],
    figures: [
      { key: 'baseWageMonthlyFen', label: '节后月基本工资', value: fenFromYuan(terms.monthly_base_wage_after_festival_cny), unit: 'fen' },
      { key: 'baseWagePreviousMonthlyFen', label: '调整前月基本工资', value: fenFromYuan(previousBase), unit: 'fen' },
      { key: 'redPacketPerWorkerFen', label: '留厂红包（每人）', value: fenFromYuan(terms.red_packet_per_worker_staying_cny), unit: 'fen' },
      { key: 'returnFareSubsidyBp', label: '返程路费补贴比例', value: bpFromPercent(terms.return_travel_subsidy_pct_of_fare), unit: 'bp' },
    ],
    signedAt: referenceSignedOn,
  };
}

function referenceRecordSummary(): RecordSummary {
  return {
    events: [
      { date: '2021-01-05', kind: 'request', summary: '工会就春节留厂与节后工资向企业发出协商要约。', agreementId: referenceAgreementId },
      { date: '2021-01-10', kind: 'meeting', summary: '双方协商春节加班工资、留厂红包、返程路费补贴、节后基本工资和春节假期调休。', agreementId: referenceAgreementId },
      { date: referenceSignedOn, kind: 'signing', summary: '双方首席代表签订工资专项集体合同，福鼎市总工会见证。', agreementId: referenceAgreementId },
    ],
    notes: referenceCase.spring_festival_2021_terms.result,
  };
}

/** The reference case's bundle contents, as the enterprise would export them. */
export async function referenceBundleContents(): Promise<Result<BundleContents>> {
  const profile = enterpriseInput.safeParse(referenceEnterpriseInput());
  if (!profile.success) return resultErr('sample.invalid', profile.error.message);
  const people = referencePeopleInputs().map((p) => personInput.parse(p));
  const { creditCode, name, unionName } = profile.data;
  const first = await agreementVersionFirst(
    { agreementId: referenceAgreementId, kind: 'wage', title: '2021年1月工资专项集体合同（春节留岗）', enterpriseCreditCode: creditCode },
    referenceContent(creditCode, name, unionName),
  );
  if (!first.ok) return first;
  const chiefs = referenceCase.enterprise.people;
  const agreement = {
    ...first.value,
    signatures: [
      { role: 'workers_chief' as const, name: chiefs.union_chair, signedAt, kind: 'drawn' as const, imagePng: referenceSignaturePng },
      { role: 'employer_chief' as const, name: chiefs.general_manager_and_employer_chief_representative, signedAt, kind: 'drawn' as const, imagePng: referenceSignaturePng },
    ],
  };
  return resultOk({
    createdAt: '2021-01-15T16:00:00+08:00',
    createdBy: 'enterprise',
    enterprise: { profile: profile.data, people },
    agreements: [agreement],
    recordSummary: referenceRecordSummary(),
    witnesses: [],
  });
}
