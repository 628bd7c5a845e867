// What each template needs, already decided: names, dates, amounts in 分, the terms agreed. A view model
// is built from a round's case data (templates/caseViewModel.ts); templates never look anything up.
// A value a document cannot do without is never null here: its builder lists it as missing instead.
// Nullable fields are optional in the text: a null leaves that sentence out, never prints a blank.
import type { IsoDate } from '../shared/dates/isoDate';
import type { Fen } from '../shared/money/fen';
import type { BasisPoints } from '../shared/money/rate';

export interface EnterpriseView {
  readonly name: string;
  readonly creditCode: string;
  readonly address: string;
  /** Blank when not known. */
  readonly economicType: string;
  readonly legalRepresentative: string;
  readonly headcount: number | null;
  readonly womenCount: number | null;
  readonly industry: string;
  /** 福建省宁德市福鼎市. */
  readonly regionName: string;
}

export interface NegotiatorView {
  readonly name: string;
  /** Post or job: 总经理, 工会主席, 仓库保管员. */
  readonly post: string;
}

export interface SideView {
  /** 企业方 / 职工方. */
  readonly label: string;
  readonly chief: NegotiatorView;
  /** The other representatives, chief excluded. */
  readonly members: readonly NegotiatorView[];
  /** How the side was chosen: 由工会推选 / 由法定代表人指派 (rules.md §2.1 header). */
  readonly chosenBy: string;
}

export interface PartiesView {
  readonly enterprise: EnterpriseView;
  readonly unionName: string;
  readonly unionChair: string;
  readonly employer: SideView;
  readonly workers: SideView;
  /** 记录员; null when not yet chosen. */
  readonly recorder: string | null;
  /** Witnessing federation (见证单位); null: no witness block. */
  readonly witness: string | null;
  /** 受理机关 for filing: the local labour administration. */
  readonly labourAuthority: string;
}

export interface TermView {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface MinimumWageView {
  readonly regionName: string;
  readonly tier: number;
  readonly monthly: Fen;
  readonly hourly: Fen;
  /** Fujian: the monthly figure includes the worker's own social insurance and housing fund; null: unknown. */
  readonly includesSocialInsurance: boolean | null;
  /** 闽人社发〔2019〕6号. */
  readonly basis: string;
  readonly effectiveFrom: IsoDate;
}

/** A monthly base wage for a period of the term. */
export interface WageStandardView {
  /** 春节假期结束前, 春节假期结束后. */
  readonly period: string;
  readonly from: IsoDate;
  /** Inclusive; null: to the end of the term. */
  readonly to: IsoDate | null;
  readonly appliesTo: string;
  readonly monthly: Fen;
}

/** An earlier agreement's base wage, for the record of adjustments. */
export interface WageHistoryView {
  readonly label: string;
  readonly monthly: Fen;
}

export interface AnnualLevelView {
  /** Annual wage bill; null: not agreed or not known (a blank in the document). */
  readonly wageBill: Fen | null;
  readonly averageWage: Fen | null;
  /** Growth of the average wage; null when not known. */
  readonly averageGrowth: BasisPoints | null;
  /** Factors considered (WCM 8 / CNT-08), as sentences. */
  readonly basis: readonly string[];
}

interface BenefitCommon {
  readonly name: string;
  readonly eligibility: string;
  /** 2021年2月10日前. */
  readonly paidWhen: string;
  /** What a worker must meet to be paid (back by a date, still employed on a date); absent when nothing. */
  readonly condition?: string;
}

export type BenefitView =
  | (BenefitCommon & {
      readonly kind: 'redPacket';
      readonly amount: Fen;
      /** Counted in the base wage for next year and for overtime (brief: base-building items). */
      readonly baseBuilding: boolean;
    })
  | (BenefitCommon & {
      readonly kind: 'travelSubsidy';
      /** Share of the fare reimbursed. */
      readonly shareOfFare: BasisPoints;
      readonly cap: Fen | null;
    })
  | (BenefitCommon & {
      readonly kind: 'allowance';
      readonly amount: Fen;
      /** 每月 / 一次性. */
      readonly period: string;
      readonly baseBuilding: boolean;
    });

export interface DeferredLeaveView {
  readonly eligibility: string;
  /** The term's own name: 春节假期递延带薪休假. */
  readonly title: string;
  readonly days: number;
  /** When the deferred days may be taken: 2021年3月1日至2021年12月31日. */
  readonly window: string;
}

/** Overtime the parties agreed for a period (the festival worked through), at the statutory rates. */
export interface HolidayWorkView {
  readonly title: string;
  readonly eligibility: string;
  /** 2021年2月11日至2021年2月17日. */
  readonly period: string;
  /** 2021年春节, when the period has statutory holidays; null when it has none. */
  readonly holiday: string | null;
  /** The statutory days in the period, worked out from the calendar in force (rules.md §0.4). */
  readonly statutoryDays: string | null;
  /** 分 per month the premium is computed on. */
  readonly base: Fen;
}

/** A dated commitment of the employer (an investment, a measure, a say in the rules). */
export interface CommitmentView {
  readonly text: string;
  readonly amount: Fen | null;
  readonly deadline: IsoDate | null;
}

export interface OvertimeView {
  /** What the premium is computed on. */
  readonly base: string;
  readonly weekdayPercent: number;
  readonly restDayPercent: number;
  readonly holidayPercent: number;
  /** LL 41: ≤ 3 h a day, ≤ 36 h a month. */
  readonly dailyHoursCap: number;
  readonly monthlyHoursCap: number;
  /** Periods the parties agreed overtime for (a festival worked through), from the round's terms. */
  readonly agreedWork: readonly HolidayWorkView[];
}

export interface PaymentView {
  /** Day of the month wages are paid by. */
  readonly payday: number;
  /** 上月, 当月. */
  readonly forMonth: string;
  readonly method: string;
}

export interface WageAgreementView {
  readonly parties: PartiesView;
  readonly title: string;
  /** 2021年度. */
  readonly yearLabel: string;
  readonly legalBasis: readonly string[];
  readonly term: TermView;
  /** Days before expiry a renewal request may be made (WCM 24: 60; Fujian: 90). */
  readonly renewalNoticeDays: number;
  readonly signingDate: IsoDate | null;
  readonly signingPlace: string;
  readonly wageStructure: readonly string[];
  readonly wageForms: readonly string[];
  readonly standards: readonly WageStandardView[];
  readonly history: readonly WageHistoryView[];
  readonly annual: AnnualLevelView;
  readonly minimumWage: MinimumWageView;
  readonly benefits: readonly BenefitView[];
  readonly deferredLeave: DeferredLeaveView | null;
  readonly overtime: OvertimeView;
  readonly payment: PaymentView;
  /** Probation pay: ≥ this share of the agreed wage and ≥ the minimum (LCL 20). */
  readonly probationShare: BasisPoints;
  /** Living allowance after the first pay cycle of a stoppage, share of the minimum wage (Fujian ≥ 70 %); null: the province's share is not known, the text cites the rules instead. */
  readonly livingAllowanceShare: BasisPoints | null;
  /** The employer's other commitments (investment, participation), from the round's terms. */
  readonly commitments: readonly CommitmentView[];
  /** Copies filed with the labour administration (CCR 42: 3). */
  readonly filingCopies: number;
  /** Days after signing to file (WCM 21: 7). */
  readonly filingDays: number;
}

export interface JobRetentionView {
  readonly parties: PartiesView;
  readonly title: string;
  readonly legalBasis: readonly string[];
  readonly period: TermView;
  readonly reason: string;
  readonly workersCovered: number;
  readonly leaveMonths: number;
  readonly guaranteedMonthly: Fen;
  /** The return allowance per worker; null when the round has none. */
  readonly returnAllowance: Fen | null;
  /** The condition for the payout (return when recalled and stay to year end); empty: none. */
  readonly condition: string;
  readonly paidWith: string;
  /** The base wage agreed for the return; null when the round agreed none. */
  readonly baseWageOnReturn: Fen | null;
  readonly employerCommitments: readonly string[];
  readonly workerCommitments: readonly string[];
  readonly minimumWage: MinimumWageView;
  readonly livingAllowanceShare: BasisPoints | null;
  readonly signingDate: IsoDate | null;
  readonly filingDays: number;
}

export interface RequestLetterView {
  readonly parties: PartiesView;
  /** Who sends it: the union on the workers' behalf. */
  readonly fromSide: 'workers' | 'employer';
  readonly date: IsoDate | null;
  /** When the talks are proposed, in the request's words: 2021年1月8日上午9时. */
  readonly meetingWhen: string;
  readonly meetingPlace: string;
  readonly topics: readonly string[];
  /** Days the other side has to reply in writing (CCR 32: 20; Fujian: 15). */
  readonly replyDays: number;
  readonly contact: string;
}

export interface CongressVoteView {
  /** All representatives (or all workers) entitled to vote. */
  readonly total: number | null;
  readonly present: number | null;
  readonly votesFor: number | null;
  readonly votesAgainst: number | null;
  readonly abstentions: number | null;
}

export interface CongressResolutionView {
  readonly parties: PartiesView;
  /** 职工代表大会 or 职工大会. */
  readonly body: string;
  readonly session: string;
  readonly date: IsoDate | null;
  readonly place: string;
  readonly agreementTitle: string;
  /** 无记名投票 / 举手表决. */
  readonly method: string;
  readonly vote: CongressVoteView;
}

export interface FilingCoverView {
  readonly parties: PartiesView;
  readonly agreementTitle: string;
  readonly agreementKind: string;
  readonly term: TermView;
  readonly signingDate: IsoDate | null;
  readonly workersCovered: number | null;
  readonly congressDate: IsoDate | null;
  readonly voteSummary: string | null;
  readonly submitDate: IsoDate | null;
  /** Days after signing to file (WCM 21: 7 for a wage agreement; CCR 42: 10 for a collective contract). */
  readonly filingDays: number;
  readonly attachments: readonly string[];
}


export interface OhsAgreementView {
  readonly parties: PartiesView;
  readonly title: string;
  readonly legalBasis: readonly string[];
  readonly term: TermView;
  readonly hazards: readonly string[];
  readonly commitments: readonly CommitmentView[];
  readonly hazardAllowance: Fen | null;
  readonly signingDate: IsoDate | null;
}

export interface WomenWorkersAgreementView {
  readonly parties: PartiesView;
  readonly title: string;
  readonly legalBasis: readonly string[];
  readonly term: TermView;
  readonly signingDate: IsoDate | null;
  /** Agreed extras beyond the statutory minimum; empty: statutory terms only. */
  readonly extras: readonly string[];
}

export interface MinutesPointView {
  readonly side: 'workers' | 'employer';
  readonly speaker: string;
  readonly text: string;
}

export interface MeetingMinutesView {
  readonly parties: PartiesView;
  readonly sequence: number;
  readonly topic: string;
  readonly date: IsoDate | null;
  readonly time: string;
  readonly place: string;
  /** The chief chairing this meeting (CCR 34: the chiefs take turns). */
  readonly chair: string;
  readonly agenda: readonly string[];
  readonly points: readonly MinutesPointView[];
  /** The recorder's summary of the meeting; empty: none. */
  readonly summary: string;
  readonly agreed: readonly string[];
  readonly open: readonly string[];
}

/** Everything the registry's templates need for one case; a missing part means that document cannot be made. */
export interface CaseViewModel {
  readonly wageAgreement?: WageAgreementView;
  readonly jobRetention?: JobRetentionView;
  readonly requestLetter?: RequestLetterView;
  readonly congressResolution?: CongressResolutionView;
  readonly filingCover?: FilingCoverView;
  readonly ohsAgreement?: OhsAgreementView;
  readonly womenWorkers?: WomenWorkersAgreementView;
  readonly meetingMinutes?: MeetingMinutesView;
}
