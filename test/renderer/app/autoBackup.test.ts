import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { autoBackupOwed, autoBackupStart, type AutoBackupDeps, type AutoBackupOutcome, type AutoBackupState } from '../../../renderer/app/autoBackup';
import { resultOk } from '../../../shared/result';

const START = Date.UTC(2021, 0, 10, 8, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** A scheduler over fake timers whose backups are recorded; `change()` plays a committed data change. */
function harness(state: AutoBackupState, overrides: Partial<AutoBackupDeps> = {}) {
  let listener: (() => void) | null = null;
  const unsubscribe = vi.fn();
  const made: string[] = [];
  const noted: string[] = [];
  const outcomes: AutoBackupOutcome[] = [];
  const current = { ...state };
  const backupMake = vi.fn(async (): Promise<AutoBackupOutcome> => {
    const at = iso(Date.now());
    made.push(at);
    current.lastAt = at;
    return resultOk({ at, where: '/backups' });
  });
  const auto = autoBackupStart({
    changesSubscribe: (l) => {
      listener = l;
      return unsubscribe;
    },
    changedNote: async (at) => {
      noted.push(at);
      current.changedAt = at;
    },
    backupState: async () => ({ ...current }),
    backupMake,
    now: () => Date.now(),
    timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>) },
    onOutcome: (outcome) => outcomes.push(outcome),
    ...overrides,
  });
  return { auto, made, noted, outcomes, unsubscribe, backupMake, change: () => listener?.() };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

const fresh: AutoBackupState = { lastAt: iso(START - HOUR), changedAt: iso(START - 2 * HOUR) };

describe('autoBackupOwed', () => {
  it.each([
    ['no backup yet', { lastAt: null, changedAt: null }, true],
    ['a backup an hour old, nothing changed since', fresh, false],
    ['a change after the last backup', { lastAt: iso(START - HOUR), changedAt: iso(START - MINUTE) }, true],
    ['a backup a day old', { lastAt: iso(START - 24 * HOUR), changedAt: null }, true],
    ['an unreadable last backup', { lastAt: 'garbage', changedAt: null }, true],
    ['a last backup in the future (clock went back)', { lastAt: iso(START + HOUR), changedAt: null }, false],
  ] as const)('%s → %s', (_label, state, owed) => {
    expect(autoBackupOwed(state, START)).toBe(owed);
  });
});

describe('autoBackupStart at start', () => {
  it('backs up at once when there has never been a backup', async () => {
    const h = harness({ lastAt: null, changedAt: null });
    await h.auto.settled();
    expect(h.made).toEqual([iso(START)]);
    h.auto.stop();
  });

  it('backs up at once when the data changed after the last backup (the app closed before the debounce)', async () => {
    const h = harness({ lastAt: iso(START - HOUR), changedAt: iso(START - HOUR + 10 * SECOND) });
    await h.auto.settled();
    expect(h.made).toHaveLength(1);
    h.auto.stop();
  });

  it('does nothing at start when the last backup is recent and nothing changed since', async () => {
    const h = harness(fresh);
    await h.auto.settled();
    expect(h.made).toEqual([]);
    h.auto.stop();
  });
});

describe('autoBackupStart after changes (debounced 30 s)', () => {
  it('makes one backup 30 s after the last of a burst of changes, none before', async () => {
    const h = harness(fresh);
    await h.auto.settled();
    h.change();
    await vi.advanceTimersByTimeAsync(10 * SECOND);
    h.change();
    await vi.advanceTimersByTimeAsync(10 * SECOND);
    h.change();
    await vi.advanceTimersByTimeAsync(29 * SECOND);
    expect(h.made).toEqual([]);
    await vi.advanceTimersByTimeAsync(1 * SECOND);
    expect(h.made).toEqual([iso(START + 50 * SECOND)]);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(h.made).toHaveLength(1);
    h.auto.stop();
  });

  it('notes when each change happened, so a restart knows a backup is owed', async () => {
    const h = harness(fresh);
    await h.auto.settled();
    h.change();
    await vi.advanceTimersByTimeAsync(5 * SECOND);
    h.change();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.noted).toEqual([iso(START), iso(START + 5 * SECOND)]);
    h.auto.stop();
  });

  it('does not wait longer than 5 minutes during continuous editing', async () => {
    const h = harness(fresh);
    await h.auto.settled();
    for (let i = 0; i < 30; i++) {
      h.change();
      await vi.advanceTimersByTimeAsync(20 * SECOND);
    }
    expect(h.made[0]).toBe(iso(START + 5 * MINUTE));
    expect(h.made.length).toBeGreaterThanOrEqual(2);
    h.auto.stop();
  });

  it('makes another backup when a change arrives while one is being made', async () => {
    let release: (() => void) | null = null;
    const made: number[] = [];
    const h = harness(fresh, {
      backupMake: async () => {
        made.push(Date.now());
        if (made.length === 1) await new Promise<void>((resolve) => (release = resolve));
        return resultOk({ at: iso(Date.now()), where: '/b' });
      },
    });
    await h.auto.settled();
    h.change();
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    expect(made).toHaveLength(1);
    h.change(); // during the slow first backup
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    expect(made).toHaveLength(1); // never two at once
    release!();
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    expect(made).toHaveLength(2);
    h.auto.stop();
  });

  it('reports a thrown failure as backup.autoFailed and keeps going', async () => {
    const backupMake = vi.fn<() => Promise<AutoBackupOutcome>>().mockRejectedValueOnce(new Error('boom')).mockResolvedValue(resultOk({ at: iso(START), where: '/b' }));
    const h = harness(fresh, { backupMake });
    await h.auto.settled();
    h.change();
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    expect(h.outcomes[0]).toMatchObject({ ok: false, error: { code: 'backup.autoFailed' } });
    h.change();
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    expect(h.outcomes[1]).toMatchObject({ ok: true });
    h.auto.stop();
  });
});

describe('autoBackupStart daily', () => {
  it('makes the daily backup while the app stays open, checking hourly', async () => {
    const h = harness({ lastAt: iso(START - 23 * HOUR), changedAt: iso(START - 24 * HOUR) });
    await h.auto.settled();
    expect(h.made).toEqual([]);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(h.made).toEqual([iso(START + HOUR)]);
    await vi.advanceTimersByTimeAsync(23 * HOUR);
    expect(h.made).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(HOUR);
    expect(h.made).toHaveLength(2);
    h.auto.stop();
  });
});

describe('stop', () => {
  it('unsubscribes and cancels what was scheduled', async () => {
    const h = harness(fresh);
    await h.auto.settled();
    h.change();
    h.auto.stop();
    expect(h.unsubscribe).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(48 * HOUR);
    expect(h.made).toEqual([]);
  });
});
