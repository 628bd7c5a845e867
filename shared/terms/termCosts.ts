// Negotiated terms as the wage model sees them: a TermCostSource (shared/wage/termCost.ts) with each
// quarter's cost for the whole workforce, one-off and base-building kept apart (brief §3).
//
// basis 'due' (default): what is owed, in the quarter of its due date. Where the ledger has entries for
// a term they are the figures (actual entitlements); otherwise the term's amount rule over the roster.
// basis 'paid': the ledger's payments, in the quarter they were made (cash view).
// Deferred leave and commitments cost nothing here: leave is paid at the base wage already in the wage
// bill, and an investment is not labour cost. A guaranteed-pay term reports only what it pays above the
// CNT-05 stoppage pay the wage bill already holds for idle workers (termCost.ts), via stoppagePayCovered.
import type { HolidayCalendar } from '../calendar/calendar';
import { type Fen, fen, fenAdd, fenSub, fenSum } from '../money/fen';
import type { BasisPoints } from '../money/rate';
import type { IsoDate } from '../dates/isoDate';
import { type Quarter, quarterOf } from '../dates/quarter';
import { type Result, resultOk } from '../result';
import type { Worker } from '../roster/worker';
import { stoppagePayFloor } from '../wage/stoppagePay';
import type { QuarterTermCosts, TermCostSource } from '../wage/termCost';
import { type TermEntitlementGap, termEntitlementsTotal } from './entitlement';
import { type RosterColumns, rosterColumnsFrom } from './rosterColumns';
import { type Ledger, type LedgerPayment, ledgerEntryDueDate } from './ledger';
import { type MonetaryTerm, type Term, type TermBasis, type TermOf, termIsMonetary } from './term';

export type TermCostBasis = 'due' | 'paid';

export interface TermCostInput {
  readonly terms: readonly Term[];
  readonly roster: readonly Worker[];
  readonly ledger: Ledger;
  readonly calendar: HolidayCalendar;
  /** Conditions of terms costed from the roster are judged on this day. */
  readonly asOf: IsoDate;
  readonly basis?: TermCostBasis;
  /** 分 per worker of a guaranteed-pay term already in the wage bill as stoppage pay. Default: none. */
  readonly stoppagePayCovered?: (term: TermOf<'guaranteed_pay'>) => Fen;
}

export interface TermQuarterCost {
  readonly termId: string;
  readonly quarter: Quarter;
  readonly basis: TermBasis;
  readonly amountFen: Fen;
}

export interface TermCosts extends TermCostSource {
  /** Per term and quarter, in term order then quarter order; the source's sums come from these. */
  readonly lines: readonly TermQuarterCost[];
  /** Workers a rule could not be applied to (no fare for a fare-share subsidy): their cost is missing. */
  readonly gaps: readonly TermEntitlementGap[];
}

/**
 * The CNT-05 floor for the months a guaranteed-pay term covers, per worker, with nobody working: the
 * contract wage for the first month, then the living allowance (stoppagePay.ts). Use it as
 * stoppagePayCovered when the wage model costs the same workers as idle.
 */
export function guaranteedPayStoppageFloor(term: TermOf<'guaranteed_pay'>, floor: { contractWage: Fen; minimumWage: Fen; allowanceRate: BasisPoints }): Fen {
  const months = Array.from({ length: term.months }, (_, i) => stoppagePayFloor({ ...floor, monthIndex: i + 1, working: false }));
  return fenSum(months);
}

/** The payments beyond the first `covered` 分 (in date order): what a term adds on top of the wage bill. */
function paymentsAbove(payments: readonly LedgerPayment[], covered: Fen): { date: IsoDate; amountFen: Fen }[] {
  let left = covered as number;
  return [...payments]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .flatMap((p) => {
      const absorbed = Math.min(left, p.amountFen);
      left -= absorbed;
      return p.amountFen > absorbed ? [{ date: p.date, amountFen: fenSub(p.amountFen, fen(absorbed)) }] : [];
    });
}

/** (quarter, amount) items one term contributes. */
function termItems(term: MonetaryTerm, input: TermCostInput, gaps: TermEntitlementGap[], columns: RosterColumns): Result<{ quarter: Quarter; amount: Fen }[]> {
  const covered = term.kind === 'guaranteed_pay' && input.stoppagePayCovered ? input.stoppagePayCovered(term) : fen(0);
  const above = (amount: Fen) => (amount > covered ? fenSub(amount, covered) : fen(0));
  const entries = input.ledger.entries.filter((e) => e.termId === term.id);
  if (input.basis === 'paid') {
    return resultOk(entries.flatMap((e) => paymentsAbove(e.payments, covered).map((p) => ({ quarter: quarterOf(p.date), amount: p.amountFen }))));
  }
  if (entries.length > 0) {
    return resultOk(entries.map((e) => ({ quarter: quarterOf(ledgerEntryDueDate(e, term.dueDate)), amount: above(e.entitledFen) })));
  }
  // One due date, so one quarter: the roster's total, with no record per worker (large rosters × many terms).
  const total = termEntitlementsTotal(term, { roster: input.roster, asOf: input.asOf, calendar: input.calendar }, covered, columns);
  if (!total.ok) return total;
  for (const gap of total.value.gaps) gaps.push(gap);
  return resultOk([{ quarter: quarterOf(term.dueDate), amount: total.value.totalFen }]);
}

/** The terms' costs per quarter; fails only where an overtime term's period is outside the calendar. */
export function termCostsFrom(input: TermCostInput): Result<TermCosts> {
  const lines: TermQuarterCost[] = [];
  const gaps: TermEntitlementGap[] = [];
  const columns = rosterColumnsFrom(input.roster);
  for (const term of input.terms.filter(termIsMonetary)) {
    const items = termItems(term, input, gaps, columns);
    if (!items.ok) return items;
    const byQuarter = new Map<Quarter, Fen>();
    for (const { quarter, amount } of items.value) byQuarter.set(quarter, fenAdd(byQuarter.get(quarter) ?? fen(0), amount));
    for (const [quarter, amountFen] of [...byQuarter].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (amountFen > 0) lines.push({ termId: term.id, quarter, basis: term.basis, amountFen });
    }
  }
  const sums = new Map<Quarter, QuarterTermCosts>();
  for (const line of lines) {
    const q = sums.get(line.quarter) ?? { oneOff: fen(0), baseBuilding: fen(0) };
    sums.set(
      line.quarter,
      line.basis === 'base_building' ? { ...q, baseBuilding: fenAdd(q.baseBuilding, line.amountFen) } : { ...q, oneOff: fenAdd(q.oneOff, line.amountFen) },
    );
  }
  return resultOk({
    lines,
    gaps,
    quarterCosts: (quarter) => sums.get(quarter) ?? { oneOff: fen(0), baseBuilding: fen(0) },
  });
}
