// An edit typed less than the autosave delay before the page goes away (a reload, the window closed) is
// written synchronously to localStorage as the page hides, because an IndexedDB write started then may be
// cut off with the page. The next load of that round takes it back, but only over the very round it was
// made on: if anything saved the round since (the save started on leaving did finish, or another tab
// saved), the entry is dropped rather than overwrite newer data.
import type { Round } from '../../../shared/case/round';

const KEY = 'wagedesk.roundPending';

/** JSON with every object's keys sorted: a round edited in memory and the same round read back compare equal. */
export function roundJson(round: Round): string {
  return JSON.stringify(round, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

interface PendingEntry {
  readonly enterpriseId: string;
  readonly roundId: string;
  /** The round as last loaded or saved (JSON): the entry applies only over exactly this. */
  readonly base: string;
  /** The round with the unsaved edit (JSON). */
  readonly round: string;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled for this origin: the IndexedDB save is all there is
  }
}

/** Keeps the unsaved round; `base` is roundJson of the round as stored. */
export function pendingRoundKeep(enterpriseId: string, base: string, round: Round): void {
  const entry: PendingEntry = { enterpriseId, roundId: round.id, base, round: JSON.stringify(round) };
  try {
    storage()?.setItem(KEY, JSON.stringify(entry));
  } catch {
    // quota: nothing more can be done as the page goes
  }
}

/** Forgets the entry for `roundId` (its edit reached the database). */
export function pendingRoundForget(roundId: string): void {
  const store = storage();
  const entry = store ? read(store) : null;
  if (entry?.roundId === roundId) store!.removeItem(KEY);
}

function read(store: Storage): PendingEntry | null {
  try {
    const value = JSON.parse(store.getItem(KEY) ?? 'null') as PendingEntry | null;
    return value && typeof value.roundId === 'string' && typeof value.base === 'string' && typeof value.round === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The kept JSON of the unsaved round for the round just loaded (`stored`), taken out of the journal; null
 * when there is none, or when the round was saved since the edit. pendingRoundRead checks it.
 */
export function pendingRoundTake(enterpriseId: string, stored: Round): string | null {
  const store = storage();
  const entry = store ? read(store) : null;
  if (!store || !entry || entry.enterpriseId !== enterpriseId || entry.roundId !== stored.id) return null;
  store.removeItem(KEY);
  return roundJson(stored) === entry.base ? entry.round : null;
}

/** The kept round, checked as any stored round is; null when it no longer reads as one. The schema loads here, not at start-up. */
export async function pendingRoundRead(json: string): Promise<Round | null> {
  const { roundSchema } = await import('../../../shared/case/round');
  try {
    const parsed = roundSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
