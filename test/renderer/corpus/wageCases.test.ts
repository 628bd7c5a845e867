// Wage cases through wageCaseRepo.save (what the scenarios screen and an imported case file go
// through): every malformed case that reaches the repository as a value is refused with the same code
// wageCaseParse gives, and the stored case (and every other table) stays exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { wageCaseRepo } from '../../../renderer/db/wageCaseRepo';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import { errorMessage, messageProblems } from '../../corpus/appMessages';
import { type WageCaseCase, wageCaseCases } from '../../corpus/caseFiles';
import { testDbOpen, testDbsDelete, testDeps } from '../db/testDb';
import { type CorpusStore, corpusRefusal, corpusSnapshot, corpusStoreFill } from './corpusDb';

let db: WageDeskDb;
let store: CorpusStore;

beforeAll(async () => {
  db = testDbOpen();
  store = await corpusStoreFill(db);
});
afterAll(() => testDbsDelete(db));

/** The case as the repository receives it: the parsed file, or null when the text is not JSON (it never gets that far). */
function valueOf(c: WageCaseCase): { value: unknown } | null {
  if ('value' in c.input) return { value: c.input.value };
  try {
    return { value: JSON.parse(c.input.text) as unknown };
  } catch {
    return null;
  }
}

const reachable = wageCaseCases.filter((c) => valueOf(c) !== null);

describe('wage cases saved through the repository', () => {
  it('every case that is JSON reaches the repository', () => {
    expect(reachable.length).toBeGreaterThan(50);
  });

  it.each(reachable.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await corpusSnapshot(db);
    const error = await corpusRefusal(() => wageCaseRepo(db, testDeps()).save(store.targetId, valueOf(c)!.value as WageCaseFile));
    expect(await corpusSnapshot(db)).toEqual(before);
    expect(error.code).toBe(c.code);
    expect(messageProblems(errorMessage(error.code), error.params)).toEqual([]);
  });
});
