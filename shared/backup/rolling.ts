// Rolling backup files, written automatically (desktop: electron/backups.ts; browser: a folder the user
// chose, renderer/platform/backupFolder.ts): the file name for an instant, and which files to delete.
// Retention rule (docs/backup-format.md, "Automatic backups"): keep the newest `newest` files, plus the
// newest file of each of the `days` most recent calendar days that have a backup, plus the file just
// written; delete the other rolling files. Files whose names do not match are never touched.
// The day is read from the file name (local time when it was written), not from the file's mtime,
// which copying or syncing the folder may change.

export interface RollingBackupRule {
  /** Newest files kept whatever their day. */
  readonly newest: number;
  /** Most recent calendar days (that have a backup) of which the newest file is kept. */
  readonly days: number;
}

export const rollingBackupRuleDefault: RollingBackupRule = { newest: 30, days: 7 };

const namePattern = /^wagedesk-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `wagedesk-backup-YYYYMMDD-HHmmss.json` in the local time of `at`: ASCII, sortable, safe on every file system. */
export function rollingBackupName(at: Date): string {
  const day = `${pad(at.getFullYear(), 4)}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `wagedesk-backup-${day}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}.json`;
}

export interface RollingBackupStamp {
  readonly name: string;
  /** `YYYYMMDD`. */
  readonly day: string;
  /** `YYYYMMDD-HHmmss`: sorts like the instant it names. */
  readonly stamp: string;
}

/** The stamp of a rolling backup's file name, or null for any other name (temporary files included). */
export function rollingBackupParse(name: string): RollingBackupStamp | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1) return null;
  const day = name.slice('wagedesk-backup-'.length, 'wagedesk-backup-'.length + 8);
  return { name, day, stamp: `${day}-${name.slice(-11, -5)}` };
}

/** Rolling backups among `names`, newest first. */
export function rollingBackupsSorted(names: readonly string[]): RollingBackupStamp[] {
  return names
    .map(rollingBackupParse)
    .filter((stamp): stamp is RollingBackupStamp => stamp !== null)
    .sort((a, b) => (a.stamp === b.stamp ? 0 : a.stamp < b.stamp ? 1 : -1));
}

/** The rolling backups among `names` that the retention rule deletes; never `justWritten`. */
export function rollingBackupsToDelete(names: readonly string[], justWritten: string, rule: RollingBackupRule = rollingBackupRuleDefault): string[] {
  const sorted = rollingBackupsSorted(names);
  const keep = new Set<string>([justWritten]);
  for (const backup of sorted.slice(0, Math.max(0, rule.newest))) keep.add(backup.name);
  const daysSeen = new Set<string>();
  for (const backup of sorted) {
    if (daysSeen.has(backup.day)) continue;
    if (daysSeen.size >= rule.days) break;
    daysSeen.add(backup.day);
    keep.add(backup.name); // sorted newest first: the first file of a day is its newest
  }
  return sorted.filter((backup) => !keep.has(backup.name)).map((backup) => backup.name);
}
