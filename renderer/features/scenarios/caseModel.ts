// The case on screen, checked and modelled (shared/wage): the one place the renderer runs the model.
import { useMemo } from 'react';
import { isoDateToday } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import type { AppError } from '../../../shared/result';
import { wageCaseParse, type WageCaseFile } from '../../../shared/wage/caseFile';
import type { MinimumWageData } from '../../../shared/wage/floor';
import { wageModelRun, type WageModelResult } from '../../../shared/wage/model';
import { useMinimumWage } from '../minimumWage/minimumWageLoad';
import { useCalendar } from '../calendar/calendarLoad';
import type { TermCostSource } from '../../../shared/wage/termCost';
import { termCostsFor, type TermsData } from './termCostsLoad';
import { caseQuarters } from './caseQuarters';

export type CaseModel =
  | { readonly ok: true; readonly result: WageModelResult; readonly resolvedWages: readonly (readonly Fen[])[] }
  | { readonly ok: false; readonly error: AppError; readonly resolvedWages: readonly (readonly Fen[])[] };

/** Each scenario's wage per quarter from its amount steps alone, carried forward: for a case that does not check. */
function wagesFromAmounts(file: WageCaseFile): Fen[][] {
  const quarters = caseQuarters(file);
  return file.scenarios.map((s) => {
    let current = s.startingWageFen ?? 0;
    return quarters.map((q) => {
      const step = s.wages.find((w) => w.quarter === q);
      if (step?.kind === 'amount') current = step.amountFen;
      return current as Fen;
    });
  });
}

/**
 * `minimumWage`: the shipped tables with the user's over them (Settings → 最低工资标准); the shipped alone
 * if omitted. `termCosts`: the enterprise's negotiated terms (协议条款与兑现), the same for every scenario.
 */
export function caseModelRun(file: WageCaseFile, minimumWage?: MinimumWageData, termCosts?: TermCostSource | null): CaseModel {
  const parsed = wageCaseParse(file);
  if (!parsed.ok) return { ok: false, error: parsed.error, resolvedWages: wagesFromAmounts(file) };
  const result = wageModelRun(parsed.value, {
    ...(minimumWage ? { minimumWage } : {}),
    ...(termCosts ? { termCosts: () => termCosts } : {}),
  });
  return { ok: true, result, resolvedWages: parsed.value.scenarios.map((s) => s.monthlyBaseWages) };
}

export function useCaseModel(file: WageCaseFile, terms: TermsData | null = null): CaseModel & { readonly termsCounted: boolean } {
  const minimumWage = useMinimumWage();
  const calendar = useCalendar();
  const asOf = isoDateToday();
  // The terms' costs rest on the roster, the terms, the county and the day, never on the wages: costed
  // once per change of those, not at every step of a slider (the big part of a recompute on a large roster).
  // Keyed on the parts, not on `terms`: the loaded case is a new object after every wage edit (its round
  // changed), while its terms, roster and ledger stay the same objects.
  const termList = terms?.round.terms;
  const roster = terms?.roster;
  const ledger = terms?.ledger;
  const costs = useMemo(
    () => (termList && roster && ledger ? termCostsFor({ round: { terms: termList }, roster, ledger }, file.regionCode, calendar, minimumWage, asOf) : null),
    [termList, roster, ledger, file.regionCode, calendar, minimumWage, asOf],
  );
  return useMemo(() => ({ ...caseModelRun(file, minimumWage, costs), termsCounted: costs !== null }), [file, minimumWage, costs]);
}
