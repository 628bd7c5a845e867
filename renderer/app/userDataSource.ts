// Shipped reference data with the user's own entries over it (holiday calendar, minimum-wage tables):
// read from storage once per session, merged, and handed to screens that re-render when it changes.
// A restore from backup reloads every source (userDataSourcesReload), so screens never keep stale data.
import { useEffect, useSyncExternalStore } from 'react';
import type { Result } from '../../shared/result';

export interface UserDataSource<U, M> {
  /** The merged data in use now (the shipped data until `load` has read the user's). */
  readonly current: () => M;
  /** The user's own entries in use now. */
  readonly userCurrent: () => U;
  /** Replaces the user's entries in use (after a change was stored) and tells the screens. */
  readonly userSet: (user: U) => void;
  /** Reads the stored entries once per session; again with `force`. Unreadable storage keeps the shipped data. */
  readonly load: (force?: boolean) => Promise<M>;
  /** The merged data, kept current; loads on first use. */
  readonly useMerged: () => M;
  /** The user's entries, kept current (for settings cards). */
  readonly useUser: () => U;
}

const sources = new Set<UserDataSource<unknown, unknown>>();

/** `read` fetches the stored entries (through the data facade); an error keeps the entries in use. */
export function userDataSource<U, M>(spec: { readonly empty: U; readonly merge: (user: U) => M; readonly read: () => Promise<Result<U>> }): UserDataSource<U, M> {
  let user = spec.empty;
  let merged = spec.merge(spec.empty);
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const source: UserDataSource<U, M> = {
    current: () => merged,
    userCurrent: () => user,
    userSet(next) {
      user = next;
      merged = spec.merge(next);
      for (const listener of listeners) listener();
    },
    load(force = false) {
      if (!loading || force) {
        loading = spec
          .read()
          .then((stored) => {
            if (stored.ok) source.userSet(stored.value);
          })
          .catch(() => undefined);
      }
      // The data as it is when asked, not as first read: entries added since (userSet) are in it.
      return loading.then(() => merged);
    },
    useMerged() {
      useEffect(() => {
        void source.load();
      }, []);
      return useSyncExternalStore(subscribe, source.current, source.current);
    },
    useUser() {
      useEffect(() => {
        void source.load();
      }, []);
      return useSyncExternalStore(subscribe, source.userCurrent, source.userCurrent);
    },
  };
  sources.add(source as UserDataSource<unknown, unknown>);
  return source;
}

/** After a restore from backup: every source reads its entries again. */
export async function userDataSourcesReload(): Promise<void> {
  await Promise.all([...sources].map((s) => s.load(true)));
}
