// Wage models saved in a round through roundSave (what the scenarios screen goes through): a model whose
// shape is wrong is refused with round.invalid naming a field of the model, and every table stays exactly
// as it was. A model of the right shape that fails the model's own checks (a scenario named twice, a
// quarter without headcount) is a draft the round may hold: it is stored, and the model answers the
// same code wageCaseParse gives when it is checked (the scenarios screen, the documents, the command line). The model's county is always the
// enterprise's (roundWithEnterprise), so a bad region code in it is replaced, not refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataHandlers } from '../../../renderer/data/handlers';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';
import type { Round } from '../../../shared/case/round';
import { wageCaseFileSchema, wageCaseParse } from '../../../shared/wage/caseFile';
import { type WageCaseCase, wageCaseCases } from '../../corpus/caseFiles';
import { okValue, testDbOpen, testDbsDelete, testDeps } from '../db/testDb';
import { type CorpusStore, corpusRefusal, corpusSnapshot, corpusStoreFill } from './corpusDb';

let db: WageDeskDb;
let store: CorpusStore;

beforeAll(async () => {
  db = testDbOpen();
  store = await corpusStoreFill(db);
});
afterAll(() => testDbsDelete(db));

/** The model as the round receives it: the parsed file, or null when the text is not JSON (it never gets that far). */
function valueOf(c: WageCaseCase): { value: unknown } | null {
  if ('value' in c.input) return { value: c.input.value };
  try {
    return { value: JSON.parse(c.input.text) as unknown };
  } catch {
    return null;
  }
}

const reachable = wageCaseCases.filter((c) => valueOf(c) !== null);
const county = () => store.round.procedure.regionCode;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What roundSave does with the case: refuse it, keep it as a draft, or keep it with the enterprise's county. */
function fate(c: WageCaseCase): 'refused' | 'draft' | 'county' | 'noModel' {
  const value = valueOf(c)!.value;
  if (value === null) return 'noModel';
  if (wageCaseFileSchema.safeParse(value).success) return 'draft';
  return isObject(value) && wageCaseFileSchema.safeParse({ ...value, regionCode: '350982' }).success ? 'county' : 'refused';
}
// The fill's enterprise is in 350982 (福鼎市); fate() reads the cases before the store exists.
const misshapen = reachable.filter((c) => fate(c) === 'refused');
const drafts = reachable.filter((c) => fate(c) === 'draft');
const recounted = reachable.filter((c) => fate(c) === 'county');
const unset = reachable.filter((c) => fate(c) === 'noModel');
const save = (wage: unknown) => dataHandlers.roundSave({ db, deps: testDeps() }, { enterpriseId: store.targetId, round: { ...store.round, wage } as Round });

describe('wage models saved with the round', () => {
  it('every case that is JSON reaches the round, both kinds well represented', () => {
    expect(reachable.length).toBeGreaterThan(50);
    expect(misshapen.length).toBeGreaterThan(20);
    expect(drafts.length).toBeGreaterThan(5);
    expect(county()).toBe('350982');
  });

  it.each(misshapen.map((c) => [c.name, c] as const))('refused: %s', async (_name, c) => {
    const before = await corpusSnapshot(db);
    const error = await corpusRefusal(() => save(valueOf(c)!.value));
    expect(await corpusSnapshot(db)).toEqual(before);
    expect(error.code).toBe('round.invalid');
    expect(String(error.params?.field)).toMatch(/^wage(\.|$)/);
  });

  it.each(drafts.map((c) => [c.name, c] as const))('kept as a draft the model refuses: %s', async (_name, c) => {
    const stored = okValue(await save(valueOf(c)!.value)).round;
    const checked = wageCaseParse(stored.wage);
    expect(checked.ok ? null : checked.error.code).toBe(c.code);
    okValue(await save(store.round.wage)); // the next case starts from the good model
  });

  it.each(recounted.map((c) => [c.name, c] as const))('kept in the enterprise’s county: %s', async (_name, c) => {
    const stored = okValue(await save(valueOf(c)!.value)).round;
    expect(stored.wage?.regionCode).toBe(county());
    expect(caseModelRun(stored.wage!).ok).toBe(true);
    okValue(await save(store.round.wage));
  });

  it.each(unset.map((c) => [c.name, c] as const))('a round without a model: %s', async (_name, c) => {
    expect(okValue(await save(valueOf(c)!.value)).round.wage).toBeNull();
    okValue(await save(store.round.wage));
  });
});
