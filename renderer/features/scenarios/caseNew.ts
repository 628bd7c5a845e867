// Where a round's model starts when the parties have none: this quarter and the three after it, the last
// finished quarter as base, everyone working, output flat, the base wage at the county's minimum wage
// where it is known (else 2000 元, said in the model's assumptions). An ordinary edit: undo takes it back.
import type { Enterprise } from '../../../shared/enterprise/model';
import { type IsoDate } from '../../../shared/dates/isoDate';
import { quarterNext, quarterOf, quarterPrevious, quarterStart } from '../../../shared/dates/quarter';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { type WageCaseFile, wageCaseFileSchema } from '../../../shared/wage/caseFile';
import type { MinimumWageData } from '../../../shared/wage/floor';

const QUARTERS = 4;
/** Placeholder base wage where the county's minimum wage is not known: 2000 元 a month. */
const PLACEHOLDER_WAGE_FEN = 200_000;

export function wageCaseBlank(enterprise: Enterprise, today: IsoDate, scenarioName: string, minimumWage: MinimumWageData): WageCaseFile {
  const baseQuarter = quarterPrevious(quarterOf(today));
  const quarters = [quarterNext(baseQuarter)];
  while (quarters.length < QUARTERS) quarters.push(quarterNext(quarters.at(-1)!));
  const first = quarters[0]!;
  const floor = minimumWageFor(enterprise.regionCode, quarterStart(first), minimumWage.tables, minimumWage.assignments);
  return wageCaseFileSchema.parse({
    title: enterprise.name,
    regionCode: enterprise.regionCode,
    baseQuarter,
    output: { kind: 'qoq', changesBp: quarters.map(() => 0) },
    headcount: quarters.map((quarter) => ({ quarter, working: enterprise.headcount })),
    scenarios: [{ name: scenarioName, wages: [{ quarter: first, kind: 'amount', amountFen: 'unknown' in floor ? PLACEHOLDER_WAGE_FEN : floor.monthly }] }],
    assumptions: [
      { field: 'output.baseValueFen', note: 'Not entered yet: without the base quarter output, labour-cost shares are unknown.' },
      { field: 'scenarios.0.wages', note: 'Starting value: the county minimum wage where known, otherwise 2000 yuan a month.' },
    ],
  });
}
