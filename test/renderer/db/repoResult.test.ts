import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { repoGuard, storageErrorCode } from '../../../renderer/db/repoResult';

describe('storageErrorCode', () => {
  it('recognises a full disk directly, wrapped by Dexie, or inside a bulk failure', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(storageErrorCode(quota)).toBe('storage.quota');
    expect(storageErrorCode(new Dexie.AbortError('aborted', quota))).toBe('storage.quota');
    expect(storageErrorCode(new Dexie.BulkError('bulk', [quota]))).toBe('storage.quota');
  });

  it('calls a closed, blocked or failed-to-open database unavailable', () => {
    expect(storageErrorCode(new Dexie.DatabaseClosedError())).toBe('storage.unavailable');
    expect(storageErrorCode(new Dexie.OpenFailedError('blocked'))).toBe('storage.unavailable');
    expect(storageErrorCode(new DOMException('newer', 'VersionError'))).toBe('storage.unavailable');
  });

  it('falls back to storage.failed for anything else', () => {
    expect(storageErrorCode(new Dexie.ConstraintError('key exists'))).toBe('storage.failed');
    expect(storageErrorCode('a string')).toBe('storage.failed');
    expect(storageErrorCode(null)).toBe('storage.failed');
  });
});

describe('repoGuard', () => {
  it('turns a thrown error into an error value with the detail in the message', async () => {
    const result = await repoGuard(() => Promise.reject(new Dexie.DatabaseClosedError('closed')));
    expect(result).toMatchObject({ ok: false, error: { code: 'storage.unavailable', message: expect.stringContaining('DatabaseClosedError') } });
  });
});
