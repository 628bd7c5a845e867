import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rollingBackupName, rollingBackupParse, rollingBackupsSorted, rollingBackupsToDelete } from '../../../shared/backup/rolling';

/** A rolling name for a local date and time (month 1-based), independent of the test machine's time zone. */
const nameAt = (y: number, mo: number, d: number, h = 12, mi = 0, s = 0) => rollingBackupName(new Date(y, mo - 1, d, h, mi, s));

describe('rollingBackupName', () => {
  it('writes the local date and time, zero-padded, as wagedesk-backup-YYYYMMDD-HHmmss.json', () => {
    expect(nameAt(2021, 1, 10, 16, 5, 9)).toBe('wagedesk-backup-20210110-160509.json');
    expect(nameAt(2020, 12, 31, 0, 0, 0)).toBe('wagedesk-backup-20201231-000000.json');
  });

  it('reads back what it writes', () => {
    expect(rollingBackupParse(nameAt(2021, 1, 10, 16, 5, 9))).toEqual({
      name: 'wagedesk-backup-20210110-160509.json',
      day: '20210110',
      stamp: '20210110-160509',
    });
  });

  it.each([
    'wagedesk-backup-20210110-1605.json',
    'wagedesk-backup-20211310-160509.json',
    'wagedesk-backup-20210132-160509.json',
    'wagedesk-backup-20210110-246000.json',
    '.wagedesk-backup-20210110-160509.json.1234.tmp',
    'wagedesk-backup-20210110-160509.json.bak',
    '协商台备份-20210110-1605.json',
    'notes.txt',
  ])('does not take %s for a rolling backup', (name) => {
    expect(rollingBackupParse(name)).toBeNull();
  });
});

describe('rollingBackupsToDelete', () => {
  it('keeps the newest 30 (the new one included) and deletes the older ones of the same day', () => {
    const names = Array.from({ length: 35 }, (_, i) => nameAt(2021, 1, 10, 8, i));
    const written = nameAt(2021, 1, 10, 9);
    const doomed = rollingBackupsToDelete([...names, written], written);
    expect(doomed).toEqual(names.slice(0, 6).reverse());
  });

  it('also keeps the newest backup of each of the 7 most recent days, even when today alone has 30', () => {
    const today = Array.from({ length: 35 }, (_, i) => nameAt(2021, 1, 20, 8, i));
    const earlier = Array.from({ length: 10 }, (_, i) => [nameAt(2021, 1, 19 - i, 9), nameAt(2021, 1, 19 - i, 18)]).flat();
    const written = nameAt(2021, 1, 20, 9);
    const doomed = new Set(rollingBackupsToDelete([...today, ...earlier, written], written));
    const kept = [...today, ...earlier, written].filter((name) => !doomed.has(name));
    // 30 newest of today (written included) + the 18:00 file of each of the 6 previous days.
    expect(kept).toHaveLength(36);
    for (let i = 0; i < 6; i++) {
      expect(kept).toContain(nameAt(2021, 1, 19 - i, 18));
      expect(doomed.has(nameAt(2021, 1, 19 - i, 9))).toBe(true);
    }
    expect(doomed.has(nameAt(2021, 1, 13, 18))).toBe(true);
  });

  it('counts days that have backups, so a long break does not empty the history', () => {
    const names = [nameAt(2020, 3, 1), nameAt(2020, 6, 1), nameAt(2020, 9, 1)];
    const written = nameAt(2021, 1, 10);
    expect(rollingBackupsToDelete([...names, written], written, { newest: 1, days: 7 })).toEqual([]);
  });

  it('never deletes the file just written, even when the clock went back', () => {
    const future = Array.from({ length: 40 }, (_, i) => nameAt(2030, 1, 1 + (i % 28), 10, i));
    const written = nameAt(2021, 1, 10);
    expect(rollingBackupsToDelete([...future, written], written)).not.toContain(written);
  });

  it('never deletes files that are not rolling backups', () => {
    const others = ['notes.txt', '协商台备份-20210110-1605.json', '.wagedesk-backup-20200101-000000.json.x.tmp'];
    const written = nameAt(2021, 1, 10);
    expect(rollingBackupsToDelete([...others, written], written, { newest: 0, days: 0 })).toEqual([]);
  });

  it('keeps at most newest + days + 1 files, keeps the newest of each recent day, never the written one (property)', () => {
    const stamp = fc.record({ d: fc.integer({ min: 1, max: 28 }), h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) });
    fc.assert(
      fc.property(fc.array(stamp, { maxLength: 80 }), stamp, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }), (stamps, w, newest, days) => {
        const names = [...new Set(stamps.map((s) => nameAt(2021, 2, s.d, s.h, s.m)))];
        const written = nameAt(2021, 2, w.d, w.h, w.m);
        const all = [...new Set([...names, written])];
        const doomed = new Set(rollingBackupsToDelete(all, written, { newest, days }));
        const kept = rollingBackupsSorted(all.filter((name) => !doomed.has(name)));
        expect(doomed.has(written)).toBe(false);
        expect(kept.length).toBeLessThanOrEqual(Math.max(newest, 0) + days + 1);
        expect(kept.length).toBeGreaterThanOrEqual(Math.min(all.length, newest));
        const recentDays = [...new Set(rollingBackupsSorted(all).map((b) => b.day))].slice(0, days);
        for (const day of recentDays) {
          expect(kept.find((b) => b.day === day)?.name).toBe(rollingBackupsSorted(all).find((b) => b.day === day)?.name);
        }
      }),
    );
  });
});
