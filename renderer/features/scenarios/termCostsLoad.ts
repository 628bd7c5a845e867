// The round's negotiated terms (协议条款与兑现) as costs per quarter for the wage model: one-off and
// base-building kept apart (shared/terms/termCosts.ts). Guaranteed pay during leave counts only above
// the stoppage pay the model already has in the wage bill (CNT-05), so it is never counted twice.
import type { HolidayCalendar } from '../../../shared/calendar/calendar';
import type { Fen } from '../../../shared/money/fen';
import { fen } from '../../../shared/money/fen';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { guaranteedPayStoppageFloor, termCostsFrom, type TermCosts } from '../../../shared/terms/termCosts';
import { type IsoDate, isoDateToday } from '../../../shared/dates/isoDate';
import type { MinimumWageData } from '../../../shared/wage/floor';
import { livingAllowanceRateFor } from '../../../shared/wage/livingAllowance';
import type { Worker } from '../../../shared/roster/worker';
import type { Ledger } from '../../../shared/terms/ledger';
import type { Term } from '../../../shared/terms/term';

/** What the terms' costs rest on: the round's terms, the enterprise's roster and ledger. */
export interface TermsData {
  readonly round: { readonly terms: readonly Term[] };
  readonly roster: readonly Worker[];
  readonly ledger: Ledger;
}

/**
 * Null when the enterprise has no monetary terms, or their costs cannot be worked out (then the model runs
 * without). Every term is costed over the whole roster, and nothing here depends on the wages: callers
 * compute it once per load, not per edit (useCaseModel).
 */
export function termCostsFor(data: TermsData, regionCode: string, calendar: HolidayCalendar, minimumWage: MinimumWageData, asOf: IsoDate = isoDateToday()): TermCosts | null {
  if (data.round.terms.length === 0) return null;
  const costs = termCostsFrom({
    terms: data.round.terms,
    roster: data.roster,
    ledger: data.ledger,
    calendar,
    asOf,
    stoppagePayCovered: (term): Fen => {
      const floor = minimumWageFor(regionCode, term.dueDate, minimumWage.tables, minimumWage.assignments);
      const allowance = livingAllowanceRateFor(regionCode, term.dueDate);
      // Without a known floor the model has no stoppage pay to overlap with: count the term in full.
      if ('unknown' in floor || !allowance) return fen(0);
      return guaranteedPayStoppageFloor(term, { contractWage: term.monthlyFen, minimumWage: floor.monthly, allowanceRate: allowance.rate });
    },
  });
  return costs.ok ? costs.value : null;
}
