import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../templates/case/caseData';
import { yearLabelFor } from '../../templates/case/wageView';

/** Only the fields yearLabelFor reads. */
function data(from: string | null, yearLabel = ''): CaseData {
  return { round: { details: { yearLabel }, procedure: { term: from === null ? null : { from, to: '2099-12-31' } } } } as unknown as CaseData;
}

describe('the agreement’s year (XXXX年度)', () => {
  it('is the year holding most of the first twelve months of the term', () => {
    expect(yearLabelFor(data('2021-02-01'))).toBe('2021年度');
    expect(yearLabelFor(data('2020-07-01'))).toBe('2020年度');
    expect(yearLabelFor(data('2020-07-02'))).toBe('2021年度');
    expect(yearLabelFor(data('2026-12-01'))).toBe('2027年度');
  });

  it('is the parties’ own label when they wrote one, and empty without a term', () => {
    expect(yearLabelFor(data('2026-12-01', '2026—2028年度'))).toBe('2026—2028年度');
    expect(yearLabelFor(data(null))).toBe('');
  });
});
