// Helpers for database tests: a fresh, uniquely named database per test, a stepping clock, valid inputs.
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import { creditCodeCheckChar } from '../../../shared/enterprise/creditCode';
import type { EnterpriseInput, PersonInput } from '../../../shared/enterprise/model';
import type { RepoDeps } from '../../../renderer/db/repoResult';
import { openWageDeskDb, type WageDeskDb } from '../../../renderer/db/schema';

let seq = 0;

export function testDbName(): string {
  return `wagedesk-test-${++seq}-${crypto.randomUUID()}`;
}

const opened: string[] = [];

/** A fresh database; `testDbsDelete()` in afterEach removes it. */
export function testDbOpen(name: string = testDbName()): WageDeskDb {
  opened.push(name);
  return openWageDeskDb(name);
}

export async function testDbsDelete(...dbs: Dexie[]): Promise<void> {
  for (const db of dbs) db.close();
  for (const name of opened.splice(0)) await Dexie.delete(name);
}

/** Each call one second after the last, from 2021-01-10T08:00:00Z: deterministic ordering. */
/** An opener for stores that are deleted after each test of the file that calls this (at its top level). */
export function testDbsPerTest(): () => WageDeskDb {
  const dbs: WageDeskDb[] = [];
  afterEach(async () => {
    await testDbsDelete(...dbs.splice(0));
  });
  return () => {
    const db = testDbOpen();
    dbs.push(db);
    return db;
  };
}

export function testDeps(): RepoDeps & { readonly now: () => string } {
  let tick = 0;
  const at = (n: number) => new Date(Date.UTC(2021, 0, 10, 8, 0, n)).toISOString();
  return {
    clock: () => at(tick++),
    now: () => at(tick),
    newId: () => crypto.randomUUID(),
  };
}

/** A valid credit code for a region, varied by a one-digit serial. */
export function testCreditCode(region = '350982', serial = 1): string {
  const first17 = `91${region}00000000${serial % 10}`;
  return first17 + creditCodeCheckChar(first17)!;
}

export function testEnterpriseInput(overrides: Partial<EnterpriseInput> = {}): EnterpriseInput {
  return {
    name: '福鼎市测试皮革厂',
    creditCode: testCreditCode(),
    regionCode: '350982',
    headcount: 50,
    legalRepresentative: '李四',
    ...overrides,
  };
}

export function testPersonInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return { name: '张三', side: 'workers', role: 'member', ...overrides };
}

/** Unwraps an ok result or fails the test with the error. */
export function okValue<T>(result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * Declares on `old` the stores of versions 1..`upTo` exactly as schema.ts shipped them, so an upgrade test
 * starts from a database an earlier release wrote.
 */
export function shippedVersionsDeclare(old: Dexie, upTo: 6 | 7): void {
  old.version(1).stores({ enterprises: 'id, name, creditCode, regionCode, updatedAt', people: 'id, enterpriseId, [enterpriseId+side]', settings: 'key', meta: 'key' });
  old.version(2).stores({ enterprises: 'id, name, creditCode, regionCode, updatedAt, deletedAt', people: 'id, enterpriseId, [enterpriseId+side], deletedAt' });
  old.version(3).stores({ wageCases: 'enterpriseId, updatedAt' });
  old.version(4).stores({
    negotiations: 'id, enterpriseId, updatedAt', terms: 'id, enterpriseId, updatedAt', workers: 'id, enterpriseId, updatedAt',
    ledgerEntries: 'id, enterpriseId, updatedAt', agreements: 'id, enterpriseId, updatedAt', registry: 'creditCode, updatedAt',
    witnessKeys: 'key', audit: '++seq, at, [table+key], enterpriseId',
  });
  old.version(5).stores({ rounds: 'id, enterpriseId, updatedAt' });
  old.version(6).stores({ wageCases: null, negotiations: null, terms: null });
  if (upTo >= 7) old.version(7).stores({});
}
