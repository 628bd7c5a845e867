// The wage agreement of a round, from the round: the wage table from the agreed scenario (or the agreed
// figures), the history from the enterprise's earlier rounds, each negotiated term as its clause, the
// minimum wage from the same merged tables the scenarios check against, the deadlines from the rules.
import { agreedStandardsFinal, quarterSpanText, roundAgreedStandards } from '../../shared/case/agreedWages';
import type { AgreedStandard } from '../../shared/case/round';
import { calendarDay } from '../../shared/calendar/calendar';
import { type IsoDate, isoDateAddDays, isoDateDiffDays, isoDateParts } from '../../shared/dates/isoDate';
import { fen } from '../../shared/money/fen';
import { bpToPercent } from '../../shared/money/rate';
import { wageLegalBasisFor } from '../../shared/procedure/legalBasis';
import type { Term, TermOf } from '../../shared/terms/term';
import { OVERTIME_RATES_STATUTORY } from '../../shared/terms/overtime';
import { wageCaseParse } from '../../shared/wage/caseFile';
import { livingAllowanceRateFor } from '../../shared/wage/livingAllowance';
import { dateText, percentText, yuanText } from '../text';
import type { BenefitView, CommitmentView, DeferredLeaveView, HolidayWorkView, WageAgreementView, WageHistoryView } from '../viewModel';
import { type CaseContext, type CaseData, deadlineDaysFor, minimumWageViewFor, termEligibilityText } from './caseData';
import type { Needs } from './needs';
import { agreementPartiesFor } from './parties';

/** The round's error codes for the wage table, as the value the documents screen asks for. */
const agreedNeeds: Readonly<Record<string, { what: string; screen: 'scenarios' | 'negotiations' }>> = {
  'round.agreedMissing': { what: 'agreedWage', screen: 'scenarios' },
  'round.agreedScenarioMissing': { what: 'agreedWage', screen: 'scenarios' },
  'round.wageModelInvalid': { what: 'wageModel', screen: 'scenarios' },
  'round.modelAfterTerm': { what: 'modelAfterTerm', screen: 'scenarios' },
  'round.termMissing': { what: 'term', screen: 'negotiations' },
};

/** The agreed table, or null with what is missing recorded. */
export function agreedStandardsFor(data: CaseData, needs: Needs): AgreedStandard[] | null {
  const found = roundAgreedStandards(data.round, data.round.procedure.term);
  if (found.ok) return found.value;
  const need = agreedNeeds[found.error.code] ?? { what: 'agreedWage', screen: 'scenarios' };
  needs.add(need.what, need.screen);
  return null;
}

/**
 * 2021年度, or the parties' own label. The year is the one holding most of the term's first twelve months:
 * an agreement from 2026-12-01 is the 2027 agreement, one from 2020-07-01 (half and half) is 2020's.
 */
export function yearLabelFor(data: CaseData): string {
  const term = data.round.procedure.term;
  if (data.round.details.yearLabel) return data.round.details.yearLabel;
  if (!term) return '';
  const { year, month, day } = isoDateParts(term.from);
  const laterYear = month > 7 || (month === 7 && day > 1);
  return `${laterYear ? year + 1 : year}年度`;
}

function benefitOf(term: Term, data: CaseData): BenefitView | null {
  const eligibility = termEligibilityText(term, data.roster);
  const baseBuilding = term.basis === 'base_building';
  switch (term.kind) {
    case 'bonus':
      return { kind: 'redPacket', name: term.title, amount: term.amountFen, eligibility, paidWhen: `${dateText(term.dueDate)}前`, baseBuilding };
    case 'travel_subsidy':
      return term.rule.kind === 'fareShare'
        ? { kind: 'travelSubsidy', name: term.title, shareOfFare: term.rule.rateBp, cap: term.rule.capFen, eligibility, paidWhen: `${dateText(term.dueDate)}前` }
        : { kind: 'allowance', name: term.title, amount: term.rule.amountFen, period: '一次性', eligibility, baseBuilding, paidWhen: `${dateText(term.dueDate)}前` };
    case 'retention_allowance':
      return { kind: 'allowance', name: term.title, amount: term.amountFen, period: '一次性', eligibility, baseBuilding, paidWhen: `${dateText(term.dueDate)}前` };
    default:
      return null;
  }
}

function conditionText(term: Term): string {
  const c = term.conditions;
  const parts = [c.backBy ? `于${dateText(c.backBy)}前返岗` : '', c.employedOn ? `在${dateText(c.employedOn)}仍在本企业工作` : ''].filter(Boolean);
  return parts.join('、');
}

function deferredLeaveOf(term: TermOf<'deferred_leave'>, data: CaseData): DeferredLeaveView {
  return { eligibility: termEligibilityText(term, data.roster), title: term.title, days: term.days, window: `${dateText(term.takeFrom)}至${dateText(term.dueDate)}` };
}

/** The statutory holidays an overtime term's period covers, from the calendar in force. */
function holidayWorkOf(term: TermOf<'overtime_premium'>, data: CaseData, ctx: CaseContext): HolidayWorkView {
  const statutory: IsoDate[] = [];
  let holiday: string | null = null;
  const days = isoDateDiffDays(term.to, term.from);
  for (let i = 0; i <= days && i <= 366; i++) {
    const day = calendarDay(isoDateAddDays(term.from, i), ctx.calendar);
    if (day.ok && day.value.kind === 'statutory_holiday') {
      statutory.push(day.value.date);
      holiday ??= day.value.holiday ? `${isoDateParts(day.value.date).year}年${day.value.holiday.zh}` : null;
    }
  }
  const range = (a: IsoDate, b: IsoDate) => (a === b ? dateText(a) : `${dateText(a)}至${dateText(b)}`);
  return {
    title: term.title,
    eligibility: termEligibilityText(term, data.roster),
    period: range(term.from, term.to),
    holiday,
    statutoryDays: statutory.length > 0 ? range(statutory[0]!, statutory.at(-1)!) : null,
    base: term.monthlyBaseFen,
  };
}

function commitmentOf(term: TermOf<'commitment'>): CommitmentView {
  return { text: term.description, amount: term.amountFen, deadline: term.dueDate };
}

/** 企业各季度产值环比变化（2020年第一季度-70%、…）: the model's own figures, when there is a model. */
function outputBasisLine(data: CaseData): string | null {
  if (data.round.wage === null) return null;
  const model = wageCaseParse(data.round.wage);
  if (!model.ok) return null;
  const output = model.value.output;
  const parts = output.quarters.map((q, i) => {
    const change = output.changes[i]!;
    return `${quarterSpanText(q, q)}${change > 0 ? '+' : ''}${percentText(change)}`;
  });
  return `企业各季度产值环比变化（${parts.join('、')}）和生产经营情况；`;
}

/** The history of agreed base wages: earlier wage rounds, then this one. */
function historyOf(data: CaseData, standards: readonly AgreedStandard[]): WageHistoryView[] {
  const earlier = data.earlier.flatMap((r) => {
    const final = r.kind === 'wage' ? agreedStandardsFinal(r.standards) : null;
    return final === null ? [] : [{ label: r.title, monthly: final }];
  });
  const own = agreedStandardsFinal(standards);
  return own === null ? earlier : [...earlier, { label: data.round.title, monthly: own }];
}

export function wageAgreementViewFor(data: CaseData, ctx: CaseContext, needs: Needs): WageAgreementView | null {
  const { round, enterprise } = data;
  const details = round.details;
  const parties = agreementPartiesFor(data, needs);
  const term = needs.need(round.procedure.term, 'term', 'negotiations');
  const standards = agreedStandardsFor(data, needs);
  const minimumWage = term ? needs.need(minimumWageViewFor(enterprise.regionCode, term.from, ctx.minimumWage), 'minimumWage', 'settings') : null;
  const payday = needs.need(details.payday, 'payday', 'details');
  const signingPlace = needs.need(details.signingPlace, 'signingPlace', 'details');
  const signed = round.procedure.signing?.date ?? null;
  const days = (event: 'expiry' | 'signed', due: 'renewal-request' | 'file', date: IsoDate) =>
    needs.need(deadlineDaysFor(ctx.deadlineRules, { kind: round.kind, event, due, regionCode: enterprise.regionCode, date }), 'deadlineRules', 'settings');
  const renewalNoticeDays = term ? days('expiry', 'renewal-request', term.to) : null;
  const filingDays = term ? days('signed', 'file', signed ?? term.from) : null;
  if (!parties || !term || !standards || !minimumWage || payday === null || signingPlace === null || renewalNoticeDays === null || filingDays === null) return null;

  const allowance = livingAllowanceRateFor(enterprise.regionCode, term.from);
  const wageBill = details.annualWageBillFen;
  const leave = round.terms.find((t): t is TermOf<'deferred_leave'> => t.kind === 'deferred_leave');
  const overtimeTerms = round.terms.filter((t): t is TermOf<'overtime_premium'> => t.kind === 'overtime_premium');
  return {
    parties,
    title: '工资专项集体合同',
    yearLabel: yearLabelFor(data),
    legalBasis: wageLegalBasisFor(enterprise.regionCode),
    term,
    renewalNoticeDays,
    signingDate: signed,
    signingPlace,
    wageStructure: details.wageStructure,
    wageForms: details.wageForms,
    standards: standards.map((s) => ({ period: s.period, from: s.from, to: s.to, appliesTo: s.appliesTo, monthly: s.monthlyFen })),
    history: historyOf(data, standards),
    annual: {
      wageBill,
      averageWage: wageBill !== null && enterprise.headcount > 0 ? fen(Math.round(wageBill / enterprise.headcount)) : null,
      averageGrowth: null,
      basis: [
        outputBasisLine(data),
        `当地最低工资标准（${minimumWage.regionName}第${minimumWage.tier}档，每月${yuanText(minimumWage.monthly)}）；`,
        ...details.annualBasis,
        '企业人工成本水平和承受能力；',
        '当地居民消费价格指数和政府发布的工资指导线。',
      ].filter((line): line is string => line !== null),
    },
    minimumWage,
    benefits: round.terms.flatMap((t) => {
      const b = benefitOf(t, data);
      if (!b) return [];
      const condition = conditionText(t);
      return [condition ? { ...b, condition } : b];
    }),
    deferredLeave: leave ? deferredLeaveOf(leave, data) : null,
    overtime: {
      base: '正常工作时间的月工资',
      weekdayPercent: bpToPercent(OVERTIME_RATES_STATUTORY.workday),
      restDayPercent: bpToPercent(OVERTIME_RATES_STATUTORY.rest_day),
      holidayPercent: bpToPercent(OVERTIME_RATES_STATUTORY.statutory_holiday),
      dailyHoursCap: 3,
      monthlyHoursCap: 36,
      agreedWork: overtimeTerms.map((t) => holidayWorkOf(t, data, ctx)),
    },
    payment: { payday, forMonth: details.payFor === 'previous' ? '上月' : '当月', method: details.payMethod },
    probationShare: details.probationShareBp,
    livingAllowanceShare: allowance?.rate ?? null,
    commitments: round.terms.filter((t): t is TermOf<'commitment'> => t.kind === 'commitment' && t.area !== 'occupational_health').map(commitmentOf),
    filingCopies: details.filingCopies,
    filingDays,
  };
}
