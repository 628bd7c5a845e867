import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backupParse, backupText } from '../../../shared/backup/format';
import { backupCreate, backupRestore } from '../../../renderer/db/backup';
import { backupPlan } from '../../../renderer/db/backupPlan';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testDbOpen, testDbsDelete } from '../db/testDb';
import { storeContentArb } from './arbitraries';

let dbs: WageDeskDb[] = [];
afterEach(async () => {
  await testDbsDelete(...dbs);
  dbs = [];
});

const byKey = <T extends { id?: unknown; key?: unknown; enterpriseId?: unknown }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => (String(a.id ?? a.key ?? a.enterpriseId) < String(b.id ?? b.key ?? b.enterpriseId) ? -1 : 1));

async function rawContent(db: WageDeskDb) {
  return {
    enterprises: await db.enterprises.toArray(),
    people: await db.people.toArray(),
    settings: await db.settings.toArray(),
    rounds: await db.rounds.toArray(),
  };
}

describe('backup round trip', () => {
  it('random data → backup file → restore into an empty store gives back exactly the rows saved', async () => {
    await fc.assert(
      fc.asyncProperty(storeContentArb, async (content) => {
        const source = testDbOpen();
        const target = testDbOpen();
        dbs.push(source, target);
        await source.enterprises.bulkAdd(content.enterprises);
        await source.people.bulkAdd(content.people);
        await source.settings.bulkAdd(content.settings);
        await source.rounds.bulkAdd(content.rounds);
        await source.meta.put({ key: 'backup.lastAt', value: '2021-01-01T00:00:00.000Z' });

        const created = okValue(await backupCreate(source));
        expect(created.unreadable).toBe(0);
        const text = backupText(created.document);
        const document = okValue(await backupParse(text));
        const plan = okValue(await backupPlan(target, document));
        expect(plan.tables.enterprises).toEqual({ added: content.enterprises.length, changed: 0, removed: 0, unchanged: 0 });
        okValue(await backupRestore(target, document));

        const restored = await rawContent(target);
        expect(byKey(restored.enterprises)).toStrictEqual(byKey(content.enterprises));
        expect(byKey(restored.people)).toStrictEqual(byKey(content.people));
        expect(byKey(restored.settings)).toStrictEqual(byKey(content.settings));
        expect(byKey(restored.rounds)).toStrictEqual(byKey(content.rounds));
        // meta describes a store and is not restored; the restore only moves the trail's head to its own entry.
        expect((await target.meta.toArray()).map((row) => row.key)).toEqual(['auditHead']);
        // Restoring the same backup again changes nothing.
        expect(okValue(await backupPlan(target, document)).noChange).toBe(true);

        await testDbsDelete(source, target);
        dbs = [];
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
