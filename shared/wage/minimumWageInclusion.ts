// What a province's monthly minimum wage includes. Fujian's tables print that the monthly figure
// includes the worker's own social-insurance and housing-fund contributions (rules.md §0.6, read on the
// 2020 and 2022 tables), so a base wage is checked against it gross, before those deductions.
// MinimumWageTable has no field for this yet; until it does, this dated data says it per province.
import { type IsoDate, isoDate } from '../dates/isoDate';
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

export const minimumWageInclusions: readonly MinimumWageInclusion[] = [
  {
    region: '35',
    // The 2017 table's wording was not read, so it has no entry: the finding then says nothing.
    effectiveFrom: isoDate('2020-01-01'),
    effectiveTo: null,
    includesSocialInsurance: true,
    basis: '闽人社发〔2019〕6号 and the 2022 Fujian table: 含个人缴纳的社会保险费和住房公积金',
    verified: true,
  },
];

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
