// The round's negotiated terms flow into the scenarios' wage bill, one-off and base-building apart,
// and guaranteed pay during leave counts only above the stoppage pay the model already has.
import { describe, expect, it } from 'vitest';
import { referenceTermsCase } from '../../../shared/sample/referenceTerms';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { wageCaseFileSchema } from '../../../shared/wage/caseFile';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { minimumWageDataDefault } from '../../../shared/wage/floor';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';
import { termCostsFor } from '../../../renderer/features/scenarios/termCostsLoad';

describe('term costs in the scenarios model', () => {
  const terms = referenceTermsCase();
  const data = { round: { terms: terms.terms }, roster: terms.roster, ledger: terms.ledger };
  const reference = wageCaseFileSchema.parse(referenceWageCase());
  const costs = termCostsFor(data, '350982', holidayCalendarCn, minimumWageDataDefault);

  it('adds the job-retention terms to 2020-Q2 above the stoppage pay already counted (942 + 1000 元 × 30)', () => {
    expect(costs).not.toBeNull();
    const without = caseModelRun(reference);
    const withTerms = caseModelRun(reference, undefined, costs);
    if (!without.ok || !withTerms.ok) throw new Error('reference case must model');
    const q2 = (m: typeof withTerms) => m.result.scenarios[0]!.quarters[1]!.wageBillFen;
    expect(q2(withTerms).termOneOff).toBe((942_00 + 1000_00) * 30);
    expect(q2(withTerms).termBaseBuilding).toBe(0);
    expect(q2(withTerms).total - q2(without).total).toBe((942_00 + 1000_00) * 30);
  });

  it('leaves the model alone when the round has no terms', () => {
    expect(termCostsFor({ ...data, round: { terms: [] } }, '350982', holidayCalendarCn, minimumWageDataDefault)).toBeNull();
  });
});
