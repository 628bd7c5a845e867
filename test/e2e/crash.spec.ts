// Crash safety: kill the whole browser (SIGKILL to its process group, as a power cut or the task
// manager would) at random points while a large backup restore is being written, reopen the same
// profile, and check the store is exactly as before the restore or exactly as after it: the seeded data
// (the sample with its five rounds) is intact and nothing, rounds included, is half restored.
// Playwright's own launchers cannot SIGKILL a persistent context, so Chromium is spawned here and driven
// over CDP.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { backupDocumentBuild, backupText } from '../../shared/backup/format';
import { canonicalJson } from '../../shared/backup/canonicalJson';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';

const SAMPLE = '福建隆祥皮革有限公司';
// Ten kills at seeded fractions of the measured restore: enough to land before, during and after the commit.
const RUNS = 10;
const EXTRA_ENTERPRISES = 1000;
const PEOPLE_EACH = 2;
/** One extra enterprise in this many also gets a round (a copy of the sample's first). */
const ROUND_EVERY = 10;
/**
 * The store's schema (renderer/db/schema.ts, wageDeskDbVersion): the backup says it was written by this
 * schema, so restore takes its `rounds` as they are (a backup from before v5 would be folded instead).
 */
const SCHEMA_VERSION = 9;
/** The tables of that schema, `meta` aside: rounds instead of v4's wageCases, negotiations and terms. */
const TABLES = ['agreements', 'audit', 'enterpriseKeys', 'enterprises', 'ledgerEntries', 'people', 'registry', 'rounds', 'sectorAgreements', 'settings', 'trustedKeys', 'witnessKeys', 'workers'];
/** Fixed, so CI kills at the same fractions of the restore every time. */
const SEED = 20210210;
/** Kills land in [0, KILL_SPAN × the measured restore time]: mostly during it, some after. */
const KILL_SPAN = 1.3;
// A hang guard, not a speed test: two Chromium starts and the sample load take 5 s idle, 25 s on a busy machine.
const RUN_BOUND_MS = 60_000;

type Tables = Record<string, unknown[]>;
type Outcome = 'before' | 'after';

/** mulberry32: a tiny deterministic PRNG in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Launched {
  readonly proc: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
  readonly exited: Promise<void>;
}

/** Chromium on `profile`, in its own process group so one signal reaches every child process. */
async function chromiumLaunch(executablePath: string, args: readonly string[], profile: string): Promise<Launched> {
  const proc = spawn(
    executablePath,
    [...args, '--lang=zh-CN', '--window-size=1280,800', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no DevTools endpoint: ${seen}`)), 10_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    proc.once('exit', () => reject(new Error(`chromium exited: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return { proc, browser, page, exited };
}

async function chromiumKill(launched: Launched): Promise<void> {
  try {
    process.kill(-launched.proc.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await launched.exited;
  await launched.browser.close().catch(() => undefined);
}

/** The part of the page's IndexedDB used here (this file compiles without the DOM library). */
interface PageIdb {
  open(name: string): { result: PageDb; onsuccess: (() => void) | null; onerror: (() => void) | null; readonly error: unknown };
}
interface PageDb {
  readonly objectStoreNames: ArrayLike<string>;
  transaction(names: string[], mode: 'readonly'): { objectStore(name: string): { getAll(): { result: unknown[]; onsuccess: (() => void) | null } } };
  close(): void;
}

/** Every table except `meta` (which describes the store, not the user's data), read in one transaction. */
function storeRead(page: Page): Promise<Tables> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const request = (globalThis as unknown as { indexedDB: PageIdb }).indexedDB.open('wagedesk');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = Array.from(db.objectStoreNames).filter((name) => name !== 'meta');
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          let left = names.length;
          for (const name of names) {
            const read = tx.objectStore(name).getAll();
            read.onsuccess = () => {
              out[name] = read.result;
              if (--left === 0) {
                db.close();
                resolve(out);
              }
            };
          }
        };
      }),
  );
}

/** Order-free, key-order-free fingerprint of a table set, for exact comparison. */
/**
 * Each table's rows as sorted canonical JSON. A finished restore appends its own audit entry (action
 * 'restore') after the file's rows; it is set aside so "after" means exactly the file's data.
 */
function tablesCanonical(tables: Tables): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(tables).sort()) {
    const rows = name === 'audit' ? tables[name]!.filter((row) => (row as { action?: string }).action !== 'restore') : tables[name]!;
    out[name] = rows.map((row) => {
      const text = canonicalJson(row);
      if (!text.ok) throw new Error(text.error.message);
      return text.value;
    }).sort();
  }
  return out;
}

function creditCode(serial: number): string {
  const first17 = `913509820${String(serial).padStart(8, '0')}`;
  return first17 + creditCodeCheckChar(first17)!;
}

/**
 * The seeded store plus EXTRA_ENTERPRISES enterprises with their people, and every ROUND_EVERY-th of them
 * with a round, cloned from the seeded rows.
 */
function tablesGrown(seeded: Tables): Tables {
  const enterprise = seeded.enterprises![0] as Record<string, unknown>;
  const person = seeded.people![0] as Record<string, unknown>;
  const round = seeded.rounds!.find((r) => (r as { id: string }).id === 'ref-2020-1') as { doc: Record<string, unknown> } & Record<string, unknown>;
  const enterprises = [...seeded.enterprises!];
  const people = [...seeded.people!];
  const rounds = [...seeded.rounds!];
  for (let n = 1; n <= EXTRA_ENTERPRISES; n++) {
    const id = `crash-e-${n}`;
    enterprises.push({ ...enterprise, id, name: `压力测试企业${n}号`, creditCode: creditCode(n) });
    for (let k = 1; k <= PEOPLE_EACH; k++) people.push({ ...person, id: `crash-p-${n}-${k}`, enterpriseId: id });
    if (n % ROUND_EVERY === 0) {
      const roundId = `crash-r-${n}`;
      rounds.push({ ...round, id: roundId, enterpriseId: id, doc: { ...round.doc, id: roundId, previousRoundId: null } });
    }
  }
  return { ...seeded, enterprises, people, rounds };
}

async function backupFileWrite(path: string, tables: Tables): Promise<void> {
  // The witness key and the enterprise signing keys are never backed-up tables (docs/backup-format.md).
  const { witnessKeys: _never, enterpriseKeys: _private, ...backedUp } = tables;
  const built = await backupDocumentBuild({ appVersion: '0.0.0-crash', schemaVersion: SCHEMA_VERSION, createdAt: '2021-02-10T00:00:00.000Z' }, backedUp);
  if (!built.ok) throw new Error(built.error.message);
  await writeFile(path, backupText(built.value));
}

async function restoreStart(page: Page, path: string): Promise<void> {
  await page.getByRole('link', { name: '设置' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('从备份恢复？', { timeout: 20_000 });
  await dialog.getByRole('button', { name: '恢复' }).click();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('killing the browser during a large restore leaves the store exactly before or exactly after', async ({ baseURL, launchOptions }, testInfo) => {
  test.setTimeout(RUNS * RUN_BOUND_MS + 60_000);
  const executablePath = launchOptions.executablePath ?? '/usr/bin/chromium';
  const args = launchOptions.args ?? [];
  const random = prng(SEED);
  const outcomes: { run: number; delayMs: number; outcome: Outcome; confirmedBeforeKill: boolean; ms: number }[] = [];
  let restoreMs = 0;

  for (let run = 0; run < RUNS; run++) {
    const started = Date.now();
    const profile = await mkdtemp(join(tmpdir(), 'wagedesk-crash-'));
    const file = testInfo.outputPath(`crash-backup-${run}.json`);
    try {
      const first = await chromiumLaunch(executablePath, args, profile);
      await first.page.goto(baseURL!);
      await first.page.getByRole('button', { name: '载入参考案例' }).click();
      await expect(first.page.getByRole('status').filter({ hasText: '已载入参考案例' })).toContainText(SAMPLE);
      const seeded = await storeRead(first.page);
      expect(Object.keys(seeded).sort()).toEqual(TABLES);
      expect(seeded.enterprises).toHaveLength(1);
      expect(seeded.rounds).toHaveLength(5); // the sample's five rounds
      const grown = tablesGrown(seeded);
      await backupFileWrite(file, grown);

      // The UI's word that the restore is committed; once seen, only "after" is acceptable.
      let confirmedAt = Number.POSITIVE_INFINITY;
      void first.page
        .getByRole('status')
        .filter({ hasText: '已从备份恢复' })
        .waitFor({ timeout: 25_000 })
        .then(() => (confirmedAt = Date.now()), () => undefined);
      await restoreStart(first.page, file);
      const clickedAt = Date.now();
      // Run 0 measures how long the restore takes here; the others kill at seeded fractions of it.
      let delayMs: number;
      if (run === 0) {
        await expect(first.page.getByRole('status').filter({ hasText: '已从备份恢复' })).toBeVisible({ timeout: 25_000 });
        confirmedAt = Date.now();
        restoreMs = confirmedAt - clickedAt;
        delayMs = restoreMs;
      } else {
        delayMs = Math.round(random() * KILL_SPAN * restoreMs);
        await sleep(delayMs);
      }
      const killedAt = Date.now();
      await chromiumKill(first);
      const confirmedBeforeKill = confirmedAt <= killedAt;

      const second = await chromiumLaunch(executablePath, args, profile);
      await second.page.goto(baseURL!);
      const reopened = tablesCanonical(await storeRead(second.page));
      await chromiumKill(second);

      const before = tablesCanonical(seeded);
      const after = tablesCanonical(grown);
      const outcome: Outcome | null =
        JSON.stringify(reopened) === JSON.stringify(before) ? 'before' : JSON.stringify(reopened) === JSON.stringify(after) ? 'after' : null;
      const counts = Object.fromEntries(Object.entries(reopened).map(([name, rows]) => [name, rows.length]));
      expect(outcome, `run ${run}: store is neither before nor after the restore: ${JSON.stringify(counts)}`).not.toBeNull();
      if (confirmedBeforeKill) expect(outcome, `run ${run}: a restore the app reported done was lost`).toBe('after');
      outcomes.push({ run, delayMs, outcome: outcome!, confirmedBeforeKill, ms: Date.now() - started });
      // A guard against a hung run (RUN_BOUND_MS), not a speed test.
      expect(Date.now() - started, `run ${run} is bounded`).toBeLessThan(RUN_BOUND_MS);
    } finally {
      await rm(profile, { recursive: true, force: true });
      await rm(file, { force: true });
    }
  }

  const tally = { before: outcomes.filter((o) => o.outcome === 'before').length, after: outcomes.filter((o) => o.outcome === 'after').length };
  const summary = `crash runs: ${outcomes.length}, restore ≈ ${restoreMs} ms, before: ${tally.before}, after: ${tally.after}`;
  console.log(summary);
  for (const o of outcomes) console.log(`  run ${o.run}: kill at ${o.delayMs} ms → ${o.outcome}${o.confirmedBeforeKill ? ' (reported done)' : ''}, ${o.ms} ms`);
  testInfo.annotations.push({ type: 'crash outcomes', description: summary });
  expect(outcomes).toHaveLength(RUNS);
});
