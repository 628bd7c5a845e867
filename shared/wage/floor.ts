// The minimum-wage check of a base wage, CNT-02 (MWR art 12; LCL 55): below the county's tier → block;
// exactly on it → warn (lawful, but the rule is the floor, and any deduction or a new table breaks it:
// the March 2020 base wage of 1570 in 福鼎市 sat exactly on tier 3); tier or table unknown → ask, never guess.
// Fujian's monthly minimum includes the worker's own social-insurance and housing-fund share (rules.md
// §0.6), so the base wage is compared gross; the finding carries `includesSocialInsurance` when known.
import type { Fen } from '../money/fen';
import type { IsoDate } from '../dates/isoDate';
import type { Quarter } from '../dates/quarter';
import {
  type MinimumWageLookup,
  type MinimumWageSource,
  type MinimumWageTable,
  type MinimumWageTier,
  type TierAssignment,
  minimumWageFor,
} from '../regions/minimumWage';
import { minimumWageShipped } from '../regions/minimumWageShipped';
import { minimumWageIncludesSocialInsurance } from './minimumWageInclusion';

/** The dated minimum-wage data a check runs on: the shipped defaults or the user's edited tables. */
export interface MinimumWageData {
  readonly tables: readonly MinimumWageTable[];
  readonly assignments: readonly TierAssignment[];
}

/** The shipped tables of every province with a data file, read on first use (not on the start-up path). */
export const minimumWageDataDefault: MinimumWageData = {
  get tables() {
    return minimumWageShipped().tables;
  },
  get assignments() {
    return minimumWageShipped().assignments;
  },
};

/** Which base wage was checked, for which quarter, against the figures in force on which day. */
export interface FloorCheckSubject {
  readonly scenario: string;
  readonly quarter: Quarter;
  /** The quarter's first day, or the agreement's date when one is given. */
  readonly date: IsoDate;
  readonly regionCode: string;
  /** 分 per month. */
  readonly baseWage: Fen;
}

export interface FloorTableBasis {
  /** The document that set the table, e.g. 闽人社发〔2019〕6号. */
  readonly basis: string;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  /** The table's figures were read in the published source. */
  readonly verified: boolean;
  /** The county's tier was read in the published list. */
  readonly tierVerified: boolean;
  /** Where the figures were read (title, number, date, URL or repository), when the table records it. */
  readonly source?: MinimumWageSource;
}

export type FloorFinding =
  | (FloorCheckSubject & {
      readonly rule: 'CNT-02';
      readonly action: 'block' | 'warn';
      readonly status: 'below-floor' | 'at-floor';
      /** 分 per month. */
      readonly floor: Fen;
      readonly tier: MinimumWageTier;
      readonly table: FloorTableBasis;
      readonly includesSocialInsurance?: boolean;
    })
  | (FloorCheckSubject & {
      readonly rule: 'CNT-02';
      readonly action: 'ask';
      /** table-superseded: the region's table is confirmed only to `confirmedTo` and was adjusted since, on a day not read. */
      readonly reason: 'tier-unknown' | 'table-unknown' | 'table-superseded';
      readonly confirmedTo?: IsoDate;
    });

/** The finding for one base wage against an already looked-up minimum, or null when it is above the floor. */
export function floorFinding(subject: FloorCheckSubject, lookup: MinimumWageLookup): FloorFinding | null {
  if ('unknown' in lookup) {
    if (lookup.supersededAfter) return { ...subject, rule: 'CNT-02', action: 'ask', reason: 'table-superseded', confirmedTo: lookup.supersededAfter };
    return { ...subject, rule: 'CNT-02', action: 'ask', reason: lookup.unknown === 'tier' ? 'tier-unknown' : 'table-unknown' };
  }
  if (subject.baseWage > lookup.monthly) return null;
  const { table } = lookup;
  const includesSocialInsurance = minimumWageIncludesSocialInsurance(table);
  return {
    ...subject,
    rule: 'CNT-02',
    action: subject.baseWage < lookup.monthly ? 'block' : 'warn',
    status: subject.baseWage < lookup.monthly ? 'below-floor' : 'at-floor',
    floor: lookup.monthly,
    tier: lookup.tier,
    table: {
      basis: table.basis,
      effectiveFrom: table.effectiveFrom,
      effectiveTo: table.effectiveTo,
      verified: table.verified,
      tierVerified: lookup.assignment.verified,
      ...(table.source ? { source: table.source } : {}),
    },
    ...(includesSocialInsurance === null ? {} : { includesSocialInsurance }),
  };
}

/** Looks up the county's minimum on `subject.date` and checks the base wage against it. */
export function floorCheck(subject: FloorCheckSubject, data: MinimumWageData = minimumWageDataDefault): FloorFinding | null {
  return floorFinding(subject, minimumWageFor(subject.regionCode, subject.date, data.tables, data.assignments));
}
