// The term form's state is the text people typed (元 amounts, percentages, ISO dates from date inputs);
// this module turns it into a TermInput or into field errors (i18n keys), and a stored Term back into
// text, so what the form shows reads back to the same term. Pure: tested without React.
import { type IsoDate, isoDateParse } from '../../../shared/dates/isoDate';
import { yuanInputText, percentInputText } from '../../../shared/format/inputText';
import { type Fen, fenFromYuanText } from '../../../shared/money/fen';
import { type BasisPoints, bp } from '../../../shared/money/rate';
import { type WorkerStatus, workerStatuses } from '../../../shared/roster/worker';
import { textLimits } from '../../../shared/text/textLimits';
import {
  type CommitmentStatus,
  type Eligibility,
  type Term,
  type TermBasis,
  type TermInput,
  type TermKind,
  commitmentAreas,
} from '../../../shared/terms/term';

export type CommitmentArea = (typeof commitmentAreas)[number];
export type TravelRuleKind = 'fixed' | 'fareShare';

/** Eligibility and conditions as the form holds them (dates as typed; '' = none). */
export interface TermScopeState {
  readonly description: string;
  readonly groups: readonly string[];
  readonly statuses: readonly WorkerStatus[];
  readonly workerIds: readonly string[];
  readonly hiredOnOrBefore: string;
  readonly backBy: string;
  readonly employedOn: string;
}

/** Every kind's fields at once, so switching the kind of a new term keeps what was typed. */
export interface TermFormState {
  /** null for a new term: the id is made on submit from the kind and due date. */
  readonly id: string | null;
  readonly kind: TermKind;
  readonly title: string;
  readonly agreement: string;
  readonly clause: string;
  readonly dueDate: string;
  readonly basis: TermBasis;
  readonly note: string;
  /** 元: bonus, retention allowance, a fixed travel subsidy, a commitment's investment (optional there). */
  readonly amount: string;
  readonly travelRule: TravelRuleKind;
  /** % of the fare. */
  readonly rate: string;
  /** 元, optional. */
  readonly cap: string;
  readonly days: string;
  readonly takeFrom: string;
  readonly months: string;
  /** 元 a month (guaranteed pay). */
  readonly monthly: string;
  /** 元 a month (overtime base). */
  readonly monthlyBase: string;
  readonly from: string;
  readonly to: string;
  readonly hours: string;
  readonly area: CommitmentArea;
  readonly description: string;
  readonly status: CommitmentStatus;
  readonly statusDate: string;
  readonly scope: TermScopeState;
}

export type TermFormField =
  | 'title' | 'dueDate' | 'amount' | 'rate' | 'cap' | 'days' | 'takeFrom' | 'months' | 'monthly' | 'monthlyBase'
  | 'from' | 'to' | 'hours' | 'description' | 'statusDate' | 'hiredOnOrBefore' | 'backBy' | 'employedOn';

/** Field → i18n key of its problem. */
export type TermFormErrors = Partial<Record<TermFormField, string>>;

export type TermFormResult = { readonly ok: true; readonly value: TermInput } | { readonly ok: false; readonly errors: TermFormErrors };

/** Fields inside the collapsible eligibility section (the form opens it when one of them is wrong). */
export const termScopeFields: readonly TermFormField[] = ['hiredOnOrBefore', 'backBy', 'employedOn'];

const E = 'terms.form.errors.';
/** The schema's ceiling for amounts (fenPositiveField): 10^13 分. */
const FEN_MAX = 1e13;
const DEFAULT_STATUSES: readonly WorkerStatus[] = ['working', 'on_leave', 'stopped'];

export function termFormStateNew(kind: TermKind = 'bonus'): TermFormState {
  return {
    id: null, kind, title: '', agreement: '', clause: '', dueDate: '', basis: 'one_off', note: '',
    amount: '', travelRule: 'fixed', rate: '', cap: '', days: '', takeFrom: '', months: '', monthly: '',
    monthlyBase: '', from: '', to: '', hours: '8', area: 'other', description: '', status: 'planned', statusDate: '',
    scope: { description: '', groups: [], statuses: DEFAULT_STATUSES, workerIds: [], hiredOnOrBefore: '', backBy: '', employedOn: '' },
  };
}

/** The text a stored term shows when edited; every field starts from the term. */
export function termFormStateFromTerm(term: Term): TermFormState {
  const base: TermFormState = {
    ...termFormStateNew(term.kind),
    id: term.id, title: term.title, agreement: term.agreement, clause: term.clause, dueDate: term.dueDate,
    basis: term.basis, note: term.note,
    scope: {
      description: term.eligibility.description,
      groups: term.eligibility.groups,
      statuses: term.eligibility.statuses,
      workerIds: term.eligibility.workerIds,
      hiredOnOrBefore: term.eligibility.hiredOnOrBefore ?? '',
      backBy: term.conditions.backBy ?? '',
      employedOn: term.conditions.employedOn ?? '',
    },
  };
  switch (term.kind) {
    case 'bonus':
    case 'retention_allowance':
      return { ...base, amount: yuanInputText(term.amountFen) };
    case 'travel_subsidy':
      return term.rule.kind === 'fixed'
        ? { ...base, travelRule: 'fixed', amount: yuanInputText(term.rule.amountFen) }
        : { ...base, travelRule: 'fareShare', rate: percentInputText(term.rule.rateBp), cap: term.rule.capFen === null ? '' : yuanInputText(term.rule.capFen) };
    case 'deferred_leave':
      return { ...base, days: String(term.days), takeFrom: term.takeFrom };
    case 'guaranteed_pay':
      return { ...base, months: String(term.months), monthly: yuanInputText(term.monthlyFen) };
    case 'overtime_premium':
      return { ...base, monthlyBase: yuanInputText(term.monthlyBaseFen), from: term.from, to: term.to, hours: String(term.hoursPerDay) };
    case 'commitment':
      return {
        ...base, area: term.area, description: term.description, status: term.status, statusDate: term.statusDate ?? '',
        amount: term.amountFen === null ? '' : yuanInputText(term.amountFen),
      };
  }
}

/** "50", "12.5", "50%", full-width "５０％" → basis points (100 % = 10 000); null for anything else. */
export function bpFromPercentText(text: string): BasisPoints | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?\s*%?$/.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  return bp(Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')));
}

/** Hours with at most 2 decimals ("8", "2.5", "1.25"); null otherwise. */
export function hoursFromText(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  return /^\d{1,2}(?:\.\d{1,2})?$/.test(t) ? Number(t) : null;
}

function wholeFromText(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}

/** A dated-field reader that records its problem: required dates must be real, optional ones real or empty. */
function dateReader(errors: TermFormErrors) {
  return (field: TermFormField, text: string, required: boolean): IsoDate | null => {
    const date = isoDateParse(text.trim());
    if (date === null && (required || text.trim() !== '')) errors[field] = required ? `${E}date` : `${E}dateOptional`;
    return date;
  };
}

/** An amount reader: required → positive; optional → positive or empty (null). null on any problem. */
function amountReader(errors: TermFormErrors) {
  return (field: TermFormField, text: string, required: boolean): Fen | null => {
    if (text.trim() === '') {
      if (required) errors[field] = `${E}required`;
      return null;
    }
    const amount = fenFromYuanText(text);
    const problem = amount === null ? 'amount' : amount <= 0 ? 'positive' : amount > FEN_MAX ? 'tooLarge' : null;
    if (problem === null) return amount;
    errors[field] = `${E}${problem}`;
    return null;
  };
}

/** The value when within [min, max]; otherwise null, with the field's own problem (its key names the range). */
function inRange(errors: TermFormErrors, field: TermFormField, value: number | null, min: number, max: number): number | null {
  if (value !== null && value >= min && value <= max) return value;
  errors[field] = `${E}${field}`;
  return null;
}

/** The eligibility the scope describes; an unreadable hire date counts as none (for the live count). */
export function termFormEligibility(scope: TermScopeState): Eligibility {
  return {
    description: scope.description.trim(),
    groups: [...scope.groups],
    statuses: [...scope.statuses],
    workerIds: [...scope.workerIds],
    hiredOnOrBefore: isoDateParse(scope.hiredOnOrBefore.trim()),
  };
}

type CommonKey = 'id' | 'title' | 'agreement' | 'clause' | 'eligibility' | 'conditions' | 'dueDate' | 'basis' | 'note';
/** The fields a kind adds to the common ones. */
type TermKindPart = { [K in TermKind]: Omit<Extract<TermInput, { kind: K }>, CommonKey> }[TermKind];

/** The kind's own fields, or null with the problems recorded in `errors`. */
function kindPart(s: TermFormState, errors: TermFormErrors, dueDate: IsoDate | null): TermKindPart | null {
  const date = dateReader(errors);
  const amount = amountReader(errors);
  switch (s.kind) {
    case 'bonus':
    case 'retention_allowance': {
      const amountFen = amount('amount', s.amount, true);
      return amountFen === null ? null : { kind: s.kind, amountFen };
    }
    case 'travel_subsidy': {
      if (s.travelRule === 'fixed') {
        const amountFen = amount('amount', s.amount, true);
        return amountFen === null ? null : { kind: s.kind, rule: { kind: 'fixed', amountFen } };
      }
      const rateBp = inRange(errors, 'rate', bpFromPercentText(s.rate), 1, 10_000);
      const capFen = amount('cap', s.cap, false);
      return rateBp === null ? null : { kind: s.kind, rule: { kind: 'fareShare', rateBp, capFen } };
    }
    case 'deferred_leave': {
      const days = inRange(errors, 'days', wholeFromText(s.days), 1, 366);
      const takeFrom = date('takeFrom', s.takeFrom, true);
      if (takeFrom !== null && dueDate !== null && takeFrom > dueDate) errors.dueDate = `${E}dueBeforeTakeFrom`;
      return days === null || takeFrom === null ? null : { kind: s.kind, days, takeFrom };
    }
    case 'guaranteed_pay': {
      const months = inRange(errors, 'months', wholeFromText(s.months), 1, 24);
      const monthlyFen = amount('monthly', s.monthly, true);
      return months === null || monthlyFen === null ? null : { kind: s.kind, months, monthlyFen };
    }
    case 'overtime_premium': {
      const monthlyBaseFen = amount('monthlyBase', s.monthlyBase, true);
      const from = date('from', s.from, true);
      const to = date('to', s.to, true);
      if (from !== null && to !== null && from > to) errors.to = `${E}toBeforeFrom`;
      // More than 0, at most 24, hundredths at most (overtime.ts counts hundredths of an hour).
      const hoursPerDay = hoursFromText(s.hours);
      if (hoursPerDay === null || hoursPerDay <= 0 || hoursPerDay > 24) errors.hours = `${E}hours`;
      return monthlyBaseFen === null || from === null || to === null || hoursPerDay === null
        ? null
        : { kind: s.kind, monthlyBaseFen, from, to, hoursPerDay };
    }
    case 'commitment': {
      if (s.description.trim() === '') errors.description = `${E}description`;
      const { area, description, status } = s;
      return { kind: s.kind, area, description, status, statusDate: date('statusDate', s.statusDate, false), amountFen: amount('amount', s.amount, false) };
    }
  }
}

/**
 * The TermInput the state describes, or every field's problem. A new term's id is
 * `${kind}-${YYYYMMDD of the due date}-${8 random characters}`; `random` is injectable for tests.
 */
export function termFormInput(s: TermFormState, random: () => string = () => crypto.randomUUID()): TermFormResult {
  const errors: TermFormErrors = {};
  const date = dateReader(errors);
  if (s.title.trim() === '') errors.title = `${E}title`;
  // The input limit, tighter than the stored schema's (shared/text/textLimits.ts says why).
  else if (s.title.trim().length > textLimits.title) errors.title = `${E}titleTooLong`;
  const dueDate = date('dueDate', s.dueDate, true);
  const own = kindPart(s, errors, dueDate);
  const eligibility = { ...termFormEligibility(s.scope), hiredOnOrBefore: date('hiredOnOrBefore', s.scope.hiredOnOrBefore, false) };
  const conditions = { backBy: date('backBy', s.scope.backBy, false), employedOn: date('employedOn', s.scope.employedOn, false) };
  if (Object.keys(errors).length > 0 || dueDate === null || own === null) return { ok: false, errors };
  const id = s.id ?? `${s.kind}-${dueDate.replaceAll('-', '')}-${random().replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`;
  const common = { id, title: s.title, agreement: s.agreement, clause: s.clause, eligibility, conditions, dueDate, basis: s.basis, note: s.note };
  return { ok: true, value: { ...common, ...own } };
}

/** Statuses toggled, kept in the roster's order so the stored list reads the same way every time. */
export function termScopeStatusesToggle(statuses: readonly WorkerStatus[], status: WorkerStatus): WorkerStatus[] {
  return statuses.includes(status) ? statuses.filter((s) => s !== status) : workerStatuses.filter((s) => s === status || statuses.includes(s));
}

/** Whether the scope restricts nothing beyond the default statuses (the form then starts it folded). */
export function termScopeIsDefault(scope: TermScopeState): boolean {
  return (
    scope.description.trim() === '' && scope.groups.length === 0 && scope.workerIds.length === 0 &&
    scope.hiredOnOrBefore === '' && scope.backBy === '' && scope.employedOn === '' &&
    scope.statuses.length === DEFAULT_STATUSES.length && DEFAULT_STATUSES.every((s) => scope.statuses.includes(s))
  );
}
