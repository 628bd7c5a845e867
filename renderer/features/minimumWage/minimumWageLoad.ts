// The one place the app gets its minimum-wage data: the shipped Fujian tables and tiers with the user's
// entries over them. The scenario check calls useMinimumWage(); until the stored data has been read it
// gets the shipped data, then re-renders with the merged data.
import { useEffect, useSyncExternalStore } from 'react';
import { type MinimumWageUserData, minimumWageDataMerge, minimumWageUserDataEmpty } from '../../../shared/regions/minimumWageFile';
import { type MinimumWageData, minimumWageDataDefault } from '../../../shared/wage/floor';
import { servicesReady } from '../../app/servicesLazy';
import { minimumWageUserRead } from './minimumWageUser';

let user: MinimumWageUserData = minimumWageUserDataEmpty;
let merged: MinimumWageData = minimumWageDataDefault;
let loading: Promise<MinimumWageData> | null = null;
const listeners = new Set<() => void>();

/** The data in use now (the shipped data until minimumWageLoad has read the user's). */
export function minimumWageCurrent(): MinimumWageData {
  return merged;
}

/** The user's own entries (empty when none). */
export function minimumWageUserCurrent(): MinimumWageUserData {
  return user;
}

/** Replaces the user's entries in use (after a change was stored, or a restore) and tells the screens. */
export function minimumWageUserSet(data: MinimumWageUserData): void {
  user = data;
  merged = data.tables.length === 0 && data.assignments.length === 0 ? minimumWageDataDefault : minimumWageDataMerge(minimumWageDataDefault, data);
  for (const listener of listeners) listener();
}

/** Reads the stored data once per session (again with force, e.g. after a backup restore). */
export function minimumWageLoad(force = false): Promise<MinimumWageData> {
  if (!loading || force) {
    loading = servicesReady()
      .then(({ db }) => minimumWageUserRead(db))
      .then((stored) => {
        minimumWageUserSet(stored);
        return merged;
      })
      // Unreadable storage: the shipped data still answers what it knows; the rest is asked.
      .catch(() => merged);
  }
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The merged data, kept current: loads the stored entries on first use. */
export function useMinimumWage(): MinimumWageData {
  useEffect(() => {
    void minimumWageLoad();
  }, []);
  return useSyncExternalStore(subscribe, minimumWageCurrent, minimumWageCurrent);
}

/** The user's entries, kept current (for the settings card). */
export function useMinimumWageUser(): MinimumWageUserData {
  useEffect(() => {
    void minimumWageLoad();
  }, []);
  return useSyncExternalStore(subscribe, minimumWageUserCurrent, minimumWageUserCurrent);
}
