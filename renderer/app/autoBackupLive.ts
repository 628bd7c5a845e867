// Wires autoBackup.ts to the app's database (through the data facade), platform() and timers. Loaded
// after the first paint (App.tsx).
import i18next from 'i18next';
import { resultOk } from '../../shared/result';
import type { DataChangesSubscribe } from '../data/backupHandlers';
import { send } from '../data/send';
import { platform, type Platform } from '../platform';
import { autoBackupStart, type AutoBackup, type AutoBackupOutcome } from './autoBackup';
import { backupAutoFailure, backupEventEmit } from './backupEvents';
import { errorText } from './errorText';
import { useAppStore } from './store';

/** One automatic backup, made only where it can be written without asking the user anything. */
export async function backupMakeAutomatic(target: Platform = platform()): Promise<AutoBackupOutcome> {
  if (!(await target.backupAutomatic())) return resultOk(null);
  // The backup code (every table's shape, the file format) loads when a backup is due, not at start-up.
  const [created, { backupText }] = await Promise.all([send('backupCreate', {}), import('../../shared/backup/format')]);
  if (!created.ok) return created;
  const { document } = created.value;
  const written = await target.backupWrite(backupText(document), document.createdAt);
  if (!written.ok) return written;
  // The file is out; failing to note when only costs the "last backup" line.
  await send('backupLastAtSet', { at: document.createdAt });
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

/** Automatic backups of the app's database, hearing of its changes through `changesSubscribe`. */
export function autoBackupFor(changesSubscribe: DataChangesSubscribe): AutoBackup {
  return autoBackupStart({
    changesSubscribe,
    changedNote: async (at) => {
      await send('backupChangedAtSet', { at });
    },
    backupState: async () => {
      const [lastAt, changedAt] = await Promise.all([send('backupLastAt'), send('backupChangedAt')]);
      return { lastAt: lastAt.ok ? lastAt.value : null, changedAt: changedAt.ok ? changedAt.value : null };
    },
    backupMake: () => backupMakeAutomatic(),
    now: () => Date.now(),
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    onOutcome: outcomeReport,
    onChanged: (at) => backupEventEmit({ kind: 'changed', at }),
  });
}

/** One automatic backup now (e.g. right after the user chose a folder), reported like the scheduled ones. */
export async function autoBackupNow(): Promise<AutoBackupOutcome> {
  const outcome = await backupMakeAutomatic();
  outcomeReport(outcome);
  return outcome;
}

/** Starts automatic backups for the app's database; the returned function stops them. */
export function autoBackupLiveStart(): () => void {
  let stopped = false;
  let running: AutoBackup | undefined;
  // The handler opens the database first: Dexie reports a newly created database as a change to every table.
  void send('dataChangesOpen')
    .then((opened) => {
      if (opened.ok && !stopped) running = autoBackupFor(opened.value);
    })
    .catch(() => undefined); // a database that cannot open is reported by the screens that use it
  return () => {
    stopped = true;
    running?.stop();
  };
}
