import { afterEach, describe, expect, it } from 'vitest';
import { settingsRepo, type Settings } from '../../../renderer/db/settingsRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { okValue, testDbOpen, testDbsDelete } from './testDb';

let db: WageDeskDb;
afterEach(() => testDbsDelete(db));

describe('settingsRepo', () => {
  it('reads Chinese before anything is chosen, and what was chosen afterwards', async () => {
    db = testDbOpen();
    const settings = settingsRepo(db);
    expect(okValue(await settings.get('language'))).toBe('zh-CN');
    expect(okValue(await settings.set('language', 'en'))).toBe('en');
    expect(okValue(await settings.get('language'))).toBe('en');
  });

  it('refuses a value outside the choices and keeps the old one', async () => {
    db = testDbOpen();
    const settings = settingsRepo(db);
    okValue(await settings.set('language', 'en'));
    const result = await settings.set('language', 'fr' as Settings['language']);
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', fields: { language: 'validation.choice' } } });
    expect(okValue(await settings.get('language'))).toBe('en');
  });

  it('reads an unreadable stored value as the default', async () => {
    db = testDbOpen();
    await db.settings.put({ key: 'language', value: 42 });
    expect(okValue(await settingsRepo(db).get('language'))).toBe('zh-CN');
  });
});
