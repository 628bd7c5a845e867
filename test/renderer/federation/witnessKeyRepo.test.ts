import { afterEach, describe, expect, it } from 'vitest';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { witnessKeyId, witnessKeyRepo } from '../../../renderer/db/witnessKeyRepo';
import { okValue, testDbOpen, testDbsDelete, testDeps } from '../db/testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

describe('witnessKeyRepo', () => {
  it('holds no key until one is made, then the same key on every read', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    expect(okValue(await repo.get())).toBeNull();
    const made = okValue(await repo.create('  福鼎市总工会 '));
    expect(made.name).toBe('福鼎市总工会');
    expect(okValue(await repo.get())).toEqual(made);
  });

  it('refuses a second key (it would orphan every signature made) and an empty name', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    const empty = await repo.create('  ');
    expect(empty.ok ? null : empty.error).toMatchObject({ code: 'validation', fields: { name: 'validation.required' } });
    const first = okValue(await repo.create('福鼎市总工会'));
    const second = await repo.create('另一个总工会');
    expect(second.ok ? null : second.error.code).toBe('witness.exists');
    expect(okValue(await repo.get())).toEqual(first);
  });

  it('reports a stored key whose halves do not match as corrupt', async () => {
    db = testDbOpen();
    const repo = witnessKeyRepo(db, testDeps());
    const made = okValue(await repo.create('福鼎市总工会'));
    await db.witnessKeys.put({ key: witnessKeyId, value: { ...made, publicKeyHex: '0'.repeat(64) } });
    const read = await repo.get();
    expect(read.ok ? null : read.error.code).toBe('storage.corrupt');
  });
});
