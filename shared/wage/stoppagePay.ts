// Pay during a stoppage not caused by the worker (停工停产), CNT-05 (WPR art 12; 人社厅明电〔2020〕5号):
// the first pay cycle (a month) is paid at the contract wage; after it, at least the minimum wage if the
// worker works, otherwise at least the provincial living allowance (Fujian: ≥ 70 % of the minimum).
import { type Fen, fenMultiplyInt, fenSum } from '../money/fen';
import { type BasisPoints, fenApplyRate } from '../money/rate';

export interface StoppagePayFloorInput {
  /** 分 per month: the wage in the worker's labour contract (here: the base wage in force). */
  readonly contractWage: Fen;
  /** 1 = the first pay cycle of the stoppage. */
  readonly monthIndex: number;
  /** The worker is given work during the stoppage (rotation, shorter hours). */
  readonly working: boolean;
  /** 分 per month in force for the worker's county and date. */
  readonly minimumWage: Fen;
  /** The living allowance as a share of the minimum wage (livingAllowance.ts). */
  readonly allowanceRate: BasisPoints;
}

/** The least the employer may pay for one month of the stoppage, in 分 (the allowance rounded once to the 分). */
export function stoppagePayFloor({ contractWage, monthIndex, working, minimumWage, allowanceRate }: StoppagePayFloorInput): Fen {
  if (!Number.isSafeInteger(monthIndex) || monthIndex < 1) throw new RangeError(`month of a stoppage counts from 1, got ${monthIndex}`);
  if (monthIndex === 1) return contractWage;
  return working ? minimumWage : fenApplyRate(minimumWage, allowanceRate);
}

/**
 * 'legal-floor': the CNT-05 floor. 'contract-wage': the minimum wage or the living-allowance rate is
 * unknown, so idle workers are costed at the full contract wage, which always satisfies CNT-05; the
 * app does not guess a floor.
 */
export type StoppagePayBasis = 'legal-floor' | 'contract-wage';

export interface QuarterStoppagePayInput {
  readonly contractWage: Fen;
  /** Idle workers (on leave or stopped) whose stoppage starts this quarter: months 1–3 of it. */
  readonly newIdle: number;
  /** Idle workers already idle the quarter before: months 4–6 of it, all past the first cycle. */
  readonly continuingIdle: number;
  readonly minimumWage: Fen | null;
  readonly allowanceRate: BasisPoints | null;
}

const MONTHS_PER_QUARTER = 3;

/** Stoppage pay for a quarter's idle workers (none of them working), in 分, and how it was costed. */
export function stoppagePayForQuarter(input: QuarterStoppagePayInput): { readonly amount: Fen; readonly basis: StoppagePayBasis } {
  const { contractWage, newIdle, continuingIdle, minimumWage, allowanceRate } = input;
  if (minimumWage === null || allowanceRate === null) {
    return { amount: fenMultiplyInt(contractWage, MONTHS_PER_QUARTER * (newIdle + continuingIdle)), basis: 'contract-wage' };
  }
  const month = (monthIndex: number) => stoppagePayFloor({ contractWage, monthIndex, working: false, minimumWage, allowanceRate });
  const perNew = fenSum([1, 2, 3].map(month));
  const perContinuing = fenSum([4, 5, 6].map(month));
  return {
    amount: fenSum([fenMultiplyInt(perNew, newIdle), fenMultiplyInt(perContinuing, continuingIdle)]),
    basis: 'legal-floor',
  };
}
