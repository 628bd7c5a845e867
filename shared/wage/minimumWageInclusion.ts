// What a province's monthly minimum wage includes. Fujian's tables print that the monthly figure
// includes the worker's own social-insurance and housing-fund contributions (rules.md §0.6, read on the
// 2020 table), so a base wage is checked against it gross, before those deductions. Each table carries
// what its notice says; this module answers for a table, and for tables that do not say.
import type { IsoDate } from '../dates/isoDate';
import type { MinimumWageTable } from '../regions/minimumWage';

export interface MinimumWageInclusion {
  /** GB/T 2260 prefix, as MinimumWageTable.region. */
  readonly region: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  readonly includesSocialInsurance: boolean;
  readonly basis: string;
  readonly verified: boolean;
}

/**
 * Extra inclusion data for tables that do not carry the flag themselves (tables a user entered). The
 * shipped tables carry `includesSocialInsurance` as their notices say (shared/regions/minimumWage/*.json),
 * so nothing is listed here by default: a table that does not say stays unknown rather than inheriting
 * an older notice's wording.
 */
export const minimumWageInclusions: readonly MinimumWageInclusion[] = [];

/**
 * Whether `table`'s monthly figure includes the worker's social-insurance share: the table's own
 * `includesSocialInsurance` when a later data version carries it, else the inclusion data in force on
 * the table's first day, else null (unknown: say nothing rather than guess).
 */
export function minimumWageIncludesSocialInsurance(
  table: MinimumWageTable,
  inclusions: readonly MinimumWageInclusion[] = minimumWageInclusions,
): boolean | null {
  const own = (table as MinimumWageTable & { readonly includesSocialInsurance?: unknown }).includesSocialInsurance;
  if (typeof own === 'boolean') return own;
  const found = inclusions.find(
    (i) => table.region.startsWith(i.region) && i.effectiveFrom <= table.effectiveFrom && (i.effectiveTo === null || i.effectiveTo >= table.effectiveFrom),
  );
  return found ? found.includesSocialInsurance : null;
}
