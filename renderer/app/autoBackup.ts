// Automatic backups: after the data changes (debounced: 30 s after the last change, at most 5 min after
// the first of a burst) and once a day, at start and while the app stays open. What a backup is and
// where it goes is injected (autoBackupLive.ts wires the database and platform()), and so are the
// clock and the timers, so the schedule is tested with fake timers.
import { resultErr, type Result } from '../../shared/result';

export const autoBackupDebounceMs = 30_000;
export const autoBackupMaxWaitMs = 5 * 60_000;
export const autoBackupDayMs = 24 * 60 * 60_000;
/** How often an open app checks whether the daily backup is due. */
export const autoBackupCheckMs = 60 * 60_000;

export interface AutoBackupTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AutoBackupMade {
  /** The backup's createdAt (ISO instant). */
  readonly at: string;
  readonly where: string;
}

/** ok(null): there is nowhere to write without asking the user (browser without a usable folder). */
export type AutoBackupOutcome = Result<AutoBackupMade | null>;

export interface AutoBackupState {
  /** ISO instant of the last backup made (automatic or downloaded), or null. */
  readonly lastAt: string | null;
  /** ISO instant of the last change to the data, or null if unknown. */
  readonly changedAt: string | null;
}

export interface AutoBackupDeps {
  /** Subscribes to committed changes of the user's data; returns the unsubscribe. */
  readonly changesSubscribe: (listener: () => void) => () => void;
  /** Notes when the data changed, so a restart knows a backup is owed. */
  readonly changedNote: (at: string) => Promise<void>;
  readonly backupState: () => Promise<AutoBackupState>;
  /** Makes one backup, writes it where automatic backups go and notes lastAt. */
  readonly backupMake: () => Promise<AutoBackupOutcome>;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  readonly timers: AutoBackupTimers;
  readonly onOutcome?: (outcome: AutoBackupOutcome) => void;
  readonly onChanged?: (at: string) => void;
  readonly debounceMs?: number;
  readonly maxWaitMs?: number;
  readonly dayMs?: number;
  readonly checkMs?: number;
}

export interface AutoBackup {
  stop(): void;
  /** Resolves once the start-up check and any backup it started are done (tests). */
  settled(): Promise<void>;
}

/** A backup is owed when there is none, the last is a day old, or the data changed after it. */
export function autoBackupOwed(state: AutoBackupState, now: number, dayMs: number = autoBackupDayMs): boolean {
  const last = state.lastAt === null ? Number.NaN : Date.parse(state.lastAt);
  if (Number.isNaN(last)) return true;
  if (now - last >= dayMs) return true;
  return state.changedAt !== null && Date.parse(state.changedAt) > last;
}

export function autoBackupStart(deps: AutoBackupDeps): AutoBackup {
  const debounceMs = deps.debounceMs ?? autoBackupDebounceMs;
  const maxWaitMs = deps.maxWaitMs ?? autoBackupMaxWaitMs;
  const dayMs = deps.dayMs ?? autoBackupDayMs;
  const checkMs = deps.checkMs ?? autoBackupCheckMs;
  let stopped = false;
  let debounce: unknown = null;
  let burstStartedAt: number | null = null;
  let check: unknown = null;
  let running: Promise<void> | null = null;
  let again = false;

  function run(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true; // a change arrived during this backup, which may not hold it
      return running;
    }
    running = (async () => {
      let outcome: AutoBackupOutcome;
      try {
        outcome = await deps.backupMake();
      } catch (error) {
        outcome = resultErr('backup.autoFailed', error instanceof Error ? error.message : String(error));
      }
      running = null;
      if (stopped) return;
      deps.onOutcome?.(outcome);
      if (again) {
        again = false;
        schedule();
      }
    })();
    return running;
  }

  function schedule(): void {
    const now = deps.now();
    burstStartedAt ??= now;
    const wait = Math.max(0, Math.min(debounceMs, burstStartedAt + maxWaitMs - now));
    if (debounce !== null) deps.timers.clearTimeout(debounce);
    debounce = deps.timers.setTimeout(() => {
      debounce = null;
      burstStartedAt = null;
      void run();
    }, wait);
  }

  function onChange(): void {
    if (stopped) return;
    const at = new Date(deps.now()).toISOString();
    deps.changedNote(at).then(
      () => deps.onChanged?.(at),
      () => undefined, // only costs the "owed at restart" fact; the backup is scheduled anyway
    );
    schedule();
  }

  async function dueCheck(): Promise<void> {
    let state: AutoBackupState;
    try {
      state = await deps.backupState();
    } catch {
      return;
    }
    if (!stopped && autoBackupOwed(state, deps.now(), dayMs)) await run();
  }

  function checkArm(): void {
    check = deps.timers.setTimeout(() => {
      void dueCheck().finally(() => {
        if (!stopped) checkArm();
      });
    }, checkMs);
  }

  const unsubscribe = deps.changesSubscribe(onChange);
  const started = dueCheck();
  checkArm();

  return {
    stop() {
      stopped = true;
      unsubscribe();
      if (debounce !== null) deps.timers.clearTimeout(debounce);
      if (check !== null) deps.timers.clearTimeout(check);
      debounce = null;
      check = null;
    },
    async settled() {
      await started;
      await running;
    },
  };
}
