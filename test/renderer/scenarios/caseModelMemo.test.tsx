// useCaseModel costs the round's terms over the roster once per change of what those costs rest on (the
// terms and roster, the county, the calendar, the minimum wage), not at every edit of a wage: a slider
// step on a 5,000-worker roster must not re-cost every term.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';
import * as termCosts from '../../../shared/terms/termCosts';
import { referenceTermsCase } from '../../../shared/sample/referenceTerms';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import type { Fen } from '../../../shared/money/fen';
import { type WageCaseFile, wageCaseFileSchema } from '../../../shared/wage/caseFile';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { caseScenarioWageSet } from '../../../renderer/features/scenarios/caseEdits';
import { useCaseModel } from '../../../renderer/features/scenarios/caseModel';
import type { TermsData } from '../../../renderer/features/scenarios/termCostsLoad';
import { testDbOpen, testDbsDelete } from '../db/testDb';

vi.mock('../../../shared/terms/termCosts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../shared/terms/termCosts')>();
  return { ...original, termCostsFrom: vi.fn(original.termCostsFrom) };
});
const costed = vi.mocked(termCosts.termCostsFrom);

let db: WageDeskDb;
/** The round's terms with the enterprise's roster and ledger, as the case slice hands them over: one object per load. */
let terms: TermsData;

beforeEach(() => {
  // The calendar and minimum-wage hooks read the user's tables from the store.
  db = testDbOpen();
  servicesUse(servicesFor(db));
  const sample = referenceTermsCase();
  terms = { round: { terms: sample.terms }, roster: sample.roster, ledger: sample.ledger };
  costed.mockClear();
});

afterEach(async () => {
  cleanup();
  await testDbsDelete(db);
});

const wageSet = (file: WageCaseFile, amount: number) => caseScenarioWageSet(file, 0, 1, amount as Fen, [157_000, 157_000, 175_000, 200_000] as Fen[]);
const q2Wage = (model: ReturnType<typeof useCaseModel>) => (model.ok ? model.result.scenarios[0]!.quarters[1]!.monthlyBaseWageFen : null);

describe('useCaseModel', () => {
  it('costs the terms once, not again when a wage changes, and again for another county', async () => {
    const first = wageCaseFileSchema.parse(referenceWageCase());
    const { result, rerender } = renderHook(({ file }) => useCaseModel(file, terms), { initialProps: { file: first } });
    expect(result.current.termsCounted).toBe(true);
    // The stored calendar and minimum wages load too (each a new costing); wait until nothing more arrives.
    await new Promise((ok) => setTimeout(ok, 50));
    const loaded = costed.mock.calls.length;
    expect(loaded).toBeGreaterThan(0);

    let file = first;
    for (const amount of [160_000, 161_000, 162_000, 163_000]) {
      file = wageSet(file, amount);
      rerender({ file });
      expect(q2Wage(result.current)).toBe(amount); // the model follows every step…
    }
    expect(costed.mock.calls.length).toBe(loaded); // …without costing the terms again

    rerender({ file: { ...file, regionCode: '350981' } }); // 福安市: another county's floor under guaranteed pay
    expect(costed.mock.calls.length).toBe(loaded + 1);
    expect(result.current.termsCounted).toBe(true);
  });

  it('counts no terms for a round without terms data, and never costs any', () => {
    const { result } = renderHook(() => useCaseModel(wageCaseFileSchema.parse(referenceWageCase()), null));
    expect(result.current.termsCounted).toBe(false);
    expect(costed).not.toHaveBeenCalled();
  });
});
