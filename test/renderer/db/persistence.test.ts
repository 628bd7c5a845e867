import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage, storageEstimate } from '../../../renderer/db/persistence';

describe('requestPersistentStorage', () => {
  it('is unsupported without navigator.storage.persist', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage({ storage: {} })).toBe('unsupported');
  });

  it('reports what persist() answers', async () => {
    expect(await requestPersistentStorage({ storage: { persist: async () => true } })).toBe('granted');
    expect(await requestPersistentStorage({ storage: { persist: async () => false } })).toBe('denied');
  });

  it('does not ask again when the data is already persisted', async () => {
    const persist = vi.fn(async () => false);
    expect(await requestPersistentStorage({ storage: { persist, persisted: async () => true } })).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('treats a failing persist() as unsupported rather than throwing', async () => {
    expect(await requestPersistentStorage({ storage: { persist: () => Promise.reject(new Error('blocked')) } })).toBe('unsupported');
  });
});

describe('storageEstimate', () => {
  it('gives usage and quota in bytes, or null when unknown', async () => {
    expect(await storageEstimate({ storage: { estimate: async () => ({ usage: 1024, quota: 2048 }) } })).toEqual({ usage: 1024, quota: 2048 });
    expect(await storageEstimate({ storage: { estimate: async () => ({}) } })).toBeNull();
    expect(await storageEstimate({ storage: { estimate: () => Promise.reject(new Error('no')) } })).toBeNull();
    expect(await storageEstimate({})).toBeNull();
  });
});
