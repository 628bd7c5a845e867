import { describe, expect, it } from 'vitest';
import { backupReminderFor } from '../../../renderer/features/settings/backupReminder';

const NOW = Date.UTC(2021, 0, 20, 8);
const daysAgo = (days: number, extraMs = 0) => new Date(NOW - days * 24 * 3600_000 - extraMs).toISOString();

describe('backupReminderFor', () => {
  it('reminds nowhere while the store is empty', () => {
    expect(backupReminderFor({ lastAt: null, changedAt: daysAgo(1), hasData: false, now: NOW })).toMatchObject({ due: false, banner: false });
    expect(backupReminderFor({ lastAt: daysAgo(30), changedAt: null, hasData: false, now: NOW })).toMatchObject({ due: false, banner: false });
  });

  it('with data and never a backup: Settings and the home banner both remind ("never")', () => {
    expect(backupReminderFor({ lastAt: null, changedAt: daysAgo(0), hasData: true, now: NOW })).toEqual({ due: true, banner: true, days: null, changedSince: true });
    // Data from before changes were noted counts as not backed up.
    expect(backupReminderFor({ lastAt: null, changedAt: null, hasData: true, now: NOW })).toEqual({ due: true, banner: true, days: null, changedSince: true });
  });

  it('a change after a recent backup: Settings reminds, the home screen does not', () => {
    expect(backupReminderFor({ lastAt: daysAgo(2), changedAt: daysAgo(1), hasData: true, now: NOW })).toEqual({ due: true, banner: false, days: 2, changedSince: true });
  });

  it('a recent backup and no change since: no reminder', () => {
    expect(backupReminderFor({ lastAt: daysAgo(6, -1), changedAt: daysAgo(8), hasData: true, now: NOW })).toEqual({ due: false, banner: false, days: 5, changedSince: false });
  });

  it('a backup 7 days old or older: both remind, with the whole days counted', () => {
    expect(backupReminderFor({ lastAt: daysAgo(7), changedAt: daysAgo(9), hasData: true, now: NOW })).toEqual({ due: true, banner: true, days: 7, changedSince: false });
    expect(backupReminderFor({ lastAt: daysAgo(12, 3600_000), changedAt: daysAgo(1), hasData: true, now: NOW })).toMatchObject({ banner: true, days: 12 });
  });

  it('6 days and 23 hours is not yet a week', () => {
    expect(backupReminderFor({ lastAt: daysAgo(7, -3600_000), changedAt: null, hasData: true, now: NOW })).toMatchObject({ due: false, banner: false, days: 6 });
  });

  it('a last backup in the future (clock changed) counts as 0 days, not negative', () => {
    expect(backupReminderFor({ lastAt: daysAgo(-3), changedAt: null, hasData: true, now: NOW }).days).toBe(0);
  });

  it('an unreadable instant reads as none', () => {
    expect(backupReminderFor({ lastAt: 'garbage', changedAt: null, hasData: true, now: NOW })).toMatchObject({ days: null, banner: true });
  });
});
