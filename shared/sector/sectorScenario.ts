// A sector scenario: what a raise costs each member and the sector, from each member's own headcount,
// base wage and output where the member gave them. A member's new wage is its base wage raised, lifted to
// the minimum it must pay (sector or legal, the higher); a member whose wage is unknown is costed at that
// minimum, and one whose output is unknown has no labour-cost share (the total share counts only members
// with both figures, and says how many those are).
import type { IsoDate } from '../dates/isoDate';
import { fenMultiplyInt, fenSum, type Fen } from '../money/fen';
import { BASIS_POINTS_PER_WHOLE, fenScale, type BasisPoints } from '../money/rate';
import { minimumWageDataDefault, type MinimumWageData } from '../wage/floor';
import { sectorEffectiveMinimum } from './memberCheck';
import type { SectorAgreement } from './sectorAgreement';

export interface SectorScenarioRow {
  readonly creditCode: string;
  readonly name: string;
  readonly headcount: number;
  /** 分 per month after the raise; null when neither the member's wage nor any minimum is known. */
  readonly monthly: Fen | null;
  /** Where the monthly figure came from. */
  readonly basis: 'raised' | 'minimum' | 'unknown';
  /** 分 a year: monthly × 12 × headcount. */
  readonly wageBill: Fen | null;
  readonly output: Fen | null;
  /** Wage bill over output, in basis points; null without both. */
  readonly shareBp: number | null;
}

export interface SectorScenario {
  readonly raiseBp: BasisPoints;
  readonly date: IsoDate;
  readonly rows: readonly SectorScenarioRow[];
  readonly headcount: number;
  readonly wageBill: Fen;
  /** Members whose wage bill is unknown (left out of the total). */
  readonly unknownWageBills: number;
  /** Over the members with both a wage bill and output; null when there are none. */
  readonly shareBp: number | null;
  readonly membersWithShare: number;
}

const shareOf = (bill: Fen, output: Fen) => Math.round((bill * 10_000) / output);

/** The raise `raiseBp` over every member of `agreement`, on `date` (default: the term's first day). */
export function sectorScenario(agreement: SectorAgreement, raiseBp: BasisPoints, date: IsoDate = agreement.term.from, data: MinimumWageData = minimumWageDataDefault): SectorScenario {
  const rows = agreement.members.map((m): SectorScenarioRow => {
    const minimum = sectorEffectiveMinimum(agreement, m.regionCode, date, data).effective;
    const raised = m.baseWageFen === null ? null : fenScale(m.baseWageFen, BASIS_POINTS_PER_WHOLE + raiseBp, BASIS_POINTS_PER_WHOLE);
    const monthly = raised !== null && (minimum === null || raised >= minimum) ? raised : minimum;
    const basis = monthly === null ? 'unknown' : monthly === raised ? 'raised' : 'minimum';
    const wageBill = monthly === null ? null : fenMultiplyInt(monthly, 12 * m.headcount);
    const output = m.annualOutputFen;
    return { creditCode: m.creditCode, name: m.name, headcount: m.headcount, monthly, basis, wageBill, output, shareBp: wageBill !== null && output !== null ? shareOf(wageBill, output) : null };
  });
  const known = rows.filter((r) => r.wageBill !== null);
  const both = rows.filter((r) => r.wageBill !== null && r.output !== null);
  const bothBill = fenSum(both.map((r) => r.wageBill!));
  const bothOutput = fenSum(both.map((r) => r.output!));
  return {
    raiseBp,
    date,
    rows,
    headcount: rows.reduce((s, r) => s + r.headcount, 0),
    wageBill: fenSum(known.map((r) => r.wageBill!)),
    unknownWageBills: rows.length - known.length,
    shareBp: both.length === 0 ? null : shareOf(bothBill, bothOutput),
    membersWithShare: both.length,
  };
}
