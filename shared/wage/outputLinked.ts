// An output-linked pay component: a bonus pool of `share` of the output growth above `threshold`
// quarter on quarter, split equally among the workers working that quarter. Growth in 分 above the
// threshold = output − previous output × (1 + threshold); nothing when output grew less.
import { type Fen, fen } from '../money/fen';
import { type BasisPoints, BASIS_POINTS_PER_WHOLE } from '../money/rate';
import { type Ratio, ratio, ratioMultiply, ratioSign, ratioSubtract, ratioToFen } from './ratio';

export interface OutputLinkedComponent {
  /** Share of the growth above the threshold paid out, bp (1000 = 10 %). */
  readonly share: BasisPoints;
  /** Quarter-on-quarter growth that earns nothing, bp (1000 = the first 10 % of growth). */
  readonly threshold: BasisPoints;
}

/**
 * 分 per working worker for the quarter. The pool is exact; the one rounding is the per-worker share to
 * the 分 (half away from zero), so the pool actually paid is this × working and sums stay exact.
 * `output` and `previousOutput` are exact amounts in 分 for the quarter.
 */
export function outputLinkedPerWorker(component: OutputLinkedComponent, output: Ratio, previousOutput: Ratio, working: number): Fen {
  if (working === 0) return fen(0);
  const hurdle = ratioMultiply(previousOutput, ratio(BASIS_POINTS_PER_WHOLE + component.threshold, BASIS_POINTS_PER_WHOLE));
  const growth = ratioSubtract(output, hurdle);
  if (ratioSign(growth) <= 0) return fen(0);
  const pool = ratioMultiply(growth, ratio(component.share, BASIS_POINTS_PER_WHOLE));
  return ratioToFen(ratioMultiply(pool, ratio(1, working)));
}
