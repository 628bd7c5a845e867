// The bargaining zone of a quarter: the legal floor (CNT-02), the employer's offer, the workers' ask,
// and the base wage output can carry at a chosen labour-cost share. What output carries is a separate
// axis, not a fourth mark on the line: in a slump it can fall below the floor (福鼎, Q2 2020), and then
// the floor still rules. All amounts are 分 per month.
import type { Fen } from '../money/fen';
import { type BasisPoints, BASIS_POINTS_PER_WHOLE } from '../money/rate';
import type { Quarter } from '../dates/quarter';
import { type Headcount, headcountOnPayroll } from './headcount';
import { type Ratio, ratio, ratioMultiply, ratioToFen } from './ratio';

export interface BargainingZone {
  readonly quarter: Quarter;
  /** The county's minimum wage for the quarter; null when the tier or table is unknown. */
  readonly floor: Fen | null;
  readonly offer: Fen | null;
  readonly ask: Fen | null;
  /** The base wage output carries at `targetLabourShare`; null without an output level or a share. */
  readonly carried: Fen | null;
  readonly targetLabourShare: BasisPoints | null;
}

const MONTHS_PER_QUARTER = 3;

/**
 * The monthly base wage at which 3 months × wage × everyone on the payroll is `share` of the quarter's
 * output (exact 分), rounded once to the 分. Everyone is costed at the full base wage (idle workers
 * too), which keeps the figure on the safe side; null with nobody on the payroll.
 */
export function outputCarriedWage(output: Ratio, onPayroll: number, share: BasisPoints): Fen | null {
  if (onPayroll <= 0) return null;
  return ratioToFen(ratioMultiply(output, ratio(share, BASIS_POINTS_PER_WHOLE * MONTHS_PER_QUARTER * onPayroll)));
}

export interface BargainingZoneInput {
  readonly quarter: Quarter;
  readonly floor: Fen | null;
  readonly offer: Fen | null;
  readonly ask: Fen | null;
  /** Exact output of the quarter in 分; null without an absolute level. */
  readonly output: Ratio | null;
  readonly headcount: Headcount;
  readonly targetLabourShare: BasisPoints | null;
}

export function bargainingZoneFrom(input: BargainingZoneInput): BargainingZone {
  const { quarter, floor, offer, ask, output, headcount, targetLabourShare } = input;
  const carried = output && targetLabourShare !== null ? outputCarriedWage(output, headcountOnPayroll(headcount), targetLabourShare) : null;
  return { quarter, floor, offer, ask, carried, targetLabourShare };
}

/** below-floor: base < floor; floor-to-offer: floor ≤ base < offer; offer-to-ask: offer ≤ base ≤ ask; above-ask: base > ask. */
export type ZoneBand = 'below-floor' | 'floor-to-offer' | 'offer-to-ask' | 'above-ask';

/** −1 below the mark, 0 on it, 1 above it; null when the mark is unknown. */
export type MarkComparison = -1 | 0 | 1 | null;

export interface ZonePosition {
  /** null unless the floor, offer and ask are all known (below-floor needs only the floor). */
  readonly band: ZoneBand | null;
  readonly vsFloor: MarkComparison;
  readonly vsOffer: MarkComparison;
  readonly vsAsk: MarkComparison;
  readonly vsCarried: MarkComparison;
  /** The base wage is more than output carries at the chosen share; null when that is unknown. */
  readonly aboveCarried: boolean | null;
}

function compare(baseWage: Fen, mark: Fen | null): MarkComparison {
  if (mark === null) return null;
  return baseWage < mark ? -1 : baseWage > mark ? 1 : 0;
}

function band(baseWage: Fen, zone: BargainingZone): ZoneBand | null {
  if (zone.floor === null) return null;
  if (baseWage < zone.floor) return 'below-floor';
  if (zone.offer === null || zone.ask === null) return null;
  if (baseWage > zone.ask) return 'above-ask';
  return baseWage < zone.offer ? 'floor-to-offer' : 'offer-to-ask';
}

/** Where a monthly base wage sits in the zone. */
export function bargainingZonePosition(zone: BargainingZone, baseWage: Fen): ZonePosition {
  const vsCarried = compare(baseWage, zone.carried);
  return {
    band: band(baseWage, zone),
    vsFloor: compare(baseWage, zone.floor),
    vsOffer: compare(baseWage, zone.offer),
    vsAsk: compare(baseWage, zone.ask),
    vsCarried,
    aboveCarried: vsCarried === null ? null : vsCarried === 1,
  };
}
