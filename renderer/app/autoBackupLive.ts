// Wires autoBackup.ts to the real database, platform() and timers. Loaded after the first paint
// (App.tsx), with the rest of the database layer.
import i18next from 'i18next';
import { resultOk } from '../../shared/result';
import { backupChangedAt, backupChangedAtSet, backupLastAt, backupLastAtSet } from '../db/backupMeta';
import { dataChangesSubscribe } from '../db/dataChanges';
import type { WageDeskDb } from '../db/schema';
import { platform, type Platform } from '../platform';
import { autoBackupStart, type AutoBackup, type AutoBackupOutcome } from './autoBackup';
import { backupAutoFailure, backupEventEmit } from './backupEvents';
import { errorText } from './errorText';
import { servicesReady } from './servicesLazy';
import { useAppStore } from './store';

/** One automatic backup, made only where it can be written without asking the user anything. */
export async function backupMakeAutomatic(db: WageDeskDb, target: Platform = platform()): Promise<AutoBackupOutcome> {
  if (!(await target.backupAutomatic())) return resultOk(null);
  // The backup code (every table's shape, the file format) loads when a backup is due, not at start-up.
  const [{ backupCreate }, { backupText }] = await Promise.all([import('../db/backup'), import('../../shared/backup/format')]);
  const created = await backupCreate(db);
  if (!created.ok) return created;
  const { document } = created.value;
  const written = await target.backupWrite(backupText(document), document.createdAt);
  if (!written.ok) return written;
  // The file is out; failing to note when only costs the "last backup" line.
  await backupLastAtSet(db, document.createdAt);
  return resultOk({ at: document.createdAt, where: written.value.where });
}

/** Tells the screen: a made backup updates Settings; the first failure after a success also shows a notice. */
function outcomeReport(outcome: AutoBackupOutcome): void {
  if (outcome.ok) {
    if (outcome.value) backupEventEmit({ kind: 'made', at: outcome.value.at, where: outcome.value.where, automatic: true });
    return;
  }
  const failingAlready = backupAutoFailure() !== null;
  backupEventEmit({ kind: 'failed', error: outcome.error });
  if (!failingAlready) useAppStore.getState().noticeShow({ tone: 'error', text: i18next.t('autoBackup.failedNotice', { reason: errorText(outcome.error) }) });
}

export function autoBackupFor(db: WageDeskDb): AutoBackup {
  return autoBackupStart({
    changesSubscribe: (listener) => dataChangesSubscribe(db.name, listener),
    changedNote: async (at) => {
      await backupChangedAtSet(db, at);
    },
    backupState: async () => {
      const [lastAt, changedAt] = await Promise.all([backupLastAt(db), backupChangedAt(db)]);
      return { lastAt: lastAt.ok ? lastAt.value : null, changedAt: changedAt.ok ? changedAt.value : null };
    },
    backupMake: () => backupMakeAutomatic(db),
    now: () => Date.now(),
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    onOutcome: outcomeReport,
    onChanged: (at) => backupEventEmit({ kind: 'changed', at }),
  });
}

/** One automatic backup now (e.g. right after the user chose a folder), reported like the scheduled ones. */
export async function autoBackupNow(): Promise<AutoBackupOutcome> {
  const outcome = await backupMakeAutomatic((await servicesReady()).db);
  outcomeReport(outcome);
  return outcome;
}

/** Starts automatic backups for the app's database; the returned function stops them. */
export function autoBackupLiveStart(): () => void {
  let stopped = false;
  let running: AutoBackup | undefined;
  void servicesReady()
    // Opened first: Dexie reports a newly created database as a change to every table, which is not one.
    .then(async ({ db }) => {
      await db.open();
      if (!stopped) running = autoBackupFor(db);
    })
    .catch(() => undefined); // a database that cannot open is reported by the screens that use it
  return () => {
    stopped = true;
    running?.stop();
  };
}
