// Shipped data with the user's entries over it: read once, re-read on demand (after a restore).
import { describe, expect, it, vi } from 'vitest';
import { userDataSource, userDataSourcesReload } from '../../../renderer/app/userDataSource';
import { resultErr, resultOk } from '../../../shared/result';

describe('userDataSource', () => {
  it('serves the shipped data until loaded, then the merge; reads once unless forced', async () => {
    let stored = ['2027'];
    const read = vi.fn(async () => resultOk(stored));
    const source = userDataSource<string[], string>({ empty: [], merge: (u) => ['shipped', ...u].join('+'), read });
    expect(source.current()).toBe('shipped');
    expect(await source.load()).toBe('shipped+2027');
    await source.load();
    expect(read).toHaveBeenCalledTimes(1);
    stored = ['2027', '2028'];
    await userDataSourcesReload();
    expect(source.current()).toBe('shipped+2027+2028');
    expect(source.userCurrent()).toEqual(['2027', '2028']);
  });

  it('answers the entries in use when asked, with those added since the first read (a case export after an edit)', async () => {
    const source = userDataSource<number[], string>({ empty: [], merge: (u) => ['shipped', ...u].join('+'), read: async () => resultOk([1]) });
    expect(await source.load()).toBe('shipped+1');
    source.userSet([1, 2]);
    expect(await source.load()).toBe('shipped+1+2');
  });

  it('keeps the shipped data when storage cannot be read', async () => {
    const source = userDataSource<number, number>({ empty: 0, merge: (u) => 100 + u, read: async () => Promise.reject(new Error('closed')) });
    expect(await source.load()).toBe(100);
  });

  it('keeps the entries in use when a re-read comes back as an error', async () => {
    let reply = resultOk<number>(7);
    const source = userDataSource<number, number>({ empty: 0, merge: (u) => 100 + u, read: async () => reply });
    expect(await source.load()).toBe(107);
    reply = resultErr('storage.unavailable', 'closed');
    expect(await source.load(true)).toBe(107);
    expect(source.userCurrent()).toBe(7);
  });
});
