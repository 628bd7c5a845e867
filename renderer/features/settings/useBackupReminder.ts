// The backup reminder for the current store, or null where none applies (backups are written
// automatically) or while loading. Re-read whenever a backup is made or the data changes.
import { useEffect, useState } from 'react';
import { useAppStore } from '../../app/store';
import { backupEventsSubscribe } from '../../app/backupEvents';
import { send } from '../../data/send';
import { platform } from '../../platform';
import { backupReminderFor, type BackupReminder } from './backupReminder';

interface ReminderFacts {
  readonly automatic: boolean;
  readonly lastAt: string | null;
  readonly changedAt: string | null;
}

async function reminderFacts(): Promise<ReminderFacts> {
  const [automatic, lastAt, changedAt] = await Promise.all([platform().backupAutomatic(), send('backupLastAt'), send('backupChangedAt')]);
  return { automatic, lastAt: lastAt.ok ? lastAt.value : null, changedAt: changedAt.ok ? changedAt.value : null };
}

export function useBackupReminder(now: () => number = Date.now): BackupReminder | null {
  const hasData = useAppStore((s) => s.enterprises.length > 0);
  const [facts, setFacts] = useState<ReminderFacts | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => backupEventsSubscribe(() => setVersion((v) => v + 1)), []);
  useEffect(() => {
    let live = true;
    void reminderFacts().then((read) => live && setFacts(read));
    return () => {
      live = false;
    };
  }, [version]);

  if (!facts || facts.automatic) return null;
  return backupReminderFor({ lastAt: facts.lastAt, changedAt: facts.changedAt, hasData, now: now() });
}
