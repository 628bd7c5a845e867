// Asking the browser to keep our IndexedDB data when space runs low (StorageManager.persist()).
// Without it, a browser may evict the whole store; the settings screen says which case applies.

export type PersistenceOutcome = 'granted' | 'denied' | 'unsupported';

/** The part of `navigator` used here, so tests can pass a stand-in. */
export interface StorageNavigator {
  readonly storage?: Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;
}

export async function requestPersistentStorage(
  nav: StorageNavigator | undefined = globalThis.navigator,
): Promise<PersistenceOutcome> {
  const storage = nav?.storage;
  if (typeof storage?.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

export interface StorageUse {
  /** Bytes. */
  readonly usage: number;
  readonly quota: number;
}

/** Usage and quota in bytes, or null where the browser does not say. */
export async function storageEstimate(nav: StorageNavigator | undefined = globalThis.navigator): Promise<StorageUse | null> {
  const storage = nav?.storage;
  if (typeof storage?.estimate !== 'function') return null;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
  } catch {
    return null;
  }
}
