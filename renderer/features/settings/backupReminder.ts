// When to remind the user to back up, where nothing is written automatically (the browser edition
// without a usable folder). Settings reminds when the data changed after the last backup or that backup
// is a week old; the home screen's banner only for a week-old backup, or data never backed up at all.

export const backupReminderDays = 7;
const dayMs = 24 * 60 * 60_000;

export interface BackupReminderInput {
  /** ISO instant of the last backup (backupMeta), or null. */
  readonly lastAt: string | null;
  /** ISO instant of the last change to the data, or null when unknown (data from before it was noted). */
  readonly changedAt: string | null;
  /** The store holds data worth backing up. */
  readonly hasData: boolean;
  /** Milliseconds since the epoch. */
  readonly now: number;
}

export interface BackupReminder {
  /** Settings shows a reminder. */
  readonly due: boolean;
  /** The home screen shows the banner. */
  readonly banner: boolean;
  /** Whole days since the last backup; null when there has been none. */
  readonly days: number | null;
  /** The data changed after the last backup (or there is data and never was a backup). */
  readonly changedSince: boolean;
}

function instant(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

export function backupReminderFor(input: BackupReminderInput): BackupReminder {
  const last = instant(input.lastAt);
  const changed = instant(input.changedAt);
  const changedSince = changed !== null ? last === null || changed > last : last === null && input.hasData;
  const days = last === null ? null : Math.max(0, Math.floor((input.now - last) / dayMs));
  const old = days !== null && days >= backupReminderDays;
  if (!input.hasData) return { due: false, banner: false, days, changedSince };
  return { due: changedSince || old, banner: old || (last === null && changedSince), days, changedSince };
}
