// Where a case starts: the reference case's figures, or a blank case for the enterprise (this quarter
// and the three after it, the last finished quarter as base, everyone working, output flat, the base
// wage at the county's minimum wage where it is known). Either is an ordinary edit: undo takes it back.
import type { Enterprise } from '../../../shared/enterprise/model';
import { type IsoDate } from '../../../shared/dates/isoDate';
import { quarterOf, quarterPrevious, quarterStart } from '../../../shared/dates/quarter';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { type WageCaseFile } from '../../../shared/wage/caseFile';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { minimumWageDataDefault } from '../../../shared/wage/floor';
import { caseQuarters } from './caseQuarters';

const QUARTERS = 4;
/** Placeholder base wage where the county's minimum wage is not known: 2000 元 a month. */
const PLACEHOLDER_WAGE_FEN = 200_000;

const regionCodeUsable = (code: string) => /^\d{6}$/.test(code);

/**
 * The reference case (福鼎, 2020) for this enterprise: its figures as they are, checked against the
 * minimum wage of the enterprise's own county (the same county for the reference enterprise).
 */
export function wageCaseReference(enterprise: Enterprise): WageCaseFile {
  const file = referenceWageCase();
  return regionCodeUsable(enterprise.regionCode) ? { ...file, regionCode: enterprise.regionCode } : file;
}

export function wageCaseBlank(enterprise: Enterprise, today: IsoDate, scenarioName: string): WageCaseFile {
  const baseQuarter = quarterPrevious(quarterOf(today));
  const regionCode = regionCodeUsable(enterprise.regionCode) ? enterprise.regionCode : '000000';
  const draft: WageCaseFile = {
    regionCode,
    baseQuarter,
    output: { kind: 'qoq', changesBp: Array.from({ length: QUARTERS }, () => 0) },
    headcount: [],
    scenarios: [],
  };
  const quarters = caseQuarters(draft);
  const floor = minimumWageFor(regionCode, quarterStart(quarters[0]!), minimumWageDataDefault.tables, minimumWageDataDefault.assignments);
  const wage = 'unknown' in floor ? PLACEHOLDER_WAGE_FEN : floor.monthly;
  return {
    ...draft,
    title: enterprise.name,
    headcount: quarters.map((quarter) => ({ quarter, working: enterprise.headcount, onLeave: 0, stopped: 0 })),
    scenarios: [{ name: scenarioName, wages: [{ quarter: quarters[0]!, kind: 'amount', amountFen: wage }] }],
    assumptions: [
      { field: 'output.baseValueFen', note: 'Not entered yet: without the base quarter output, labour-cost shares are unknown.' },
      { field: 'scenarios.0.wages', note: 'Starting value: the county minimum wage where known, otherwise 2000 yuan a month.' },
    ],
  };
}
