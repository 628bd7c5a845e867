// A quarter's wage bill (工资总额 for the model) and its parts, all in 分 for the whole workforce:
// base wages of working workers, stoppage pay of idle ones (CNT-05), the output-linked component, and
// term costs kept apart as one-off and base-building. The total is the exact sum of the parts.
import { type Fen, fenSum } from '../money/fen';

export interface WageBillParts {
  /** 3 months × monthly base wage × working headcount. */
  readonly base: Fen;
  /** Workers on leave or stopped, at the CNT-05 floor (stoppagePay.ts). */
  readonly stoppage: Fen;
  /** Output-linked bonus pool actually paid (per-worker share × working). */
  readonly outputLinked: Fen;
  readonly termOneOff: Fen;
  readonly termBaseBuilding: Fen;
}

export interface WageBill extends WageBillParts {
  readonly total: Fen;
}

export function wageBillFrom(parts: WageBillParts): WageBill {
  const { base, stoppage, outputLinked, termOneOff, termBaseBuilding } = parts;
  return { base, stoppage, outputLinked, termOneOff, termBaseBuilding, total: fenSum([base, stoppage, outputLinked, termOneOff, termBaseBuilding]) };
}
