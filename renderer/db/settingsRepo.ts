// Small typed app settings, one row per key. A missing or unreadable value reads as its default:
// settings are cheap to re-choose, so they are never worth an error screen.
import { z } from 'zod';
import type { Language } from '../i18n';
import { repoGuard, repoOk, repoValidationErr, type RepoResult } from './repoResult';
import type { WageDeskDb } from './schema';

/** Whose hands the app is in: recorded with every change in the audit trail. */
export const actorRoles = ['unset', 'workers', 'employer', 'federation'] as const;
export type ActorRole = (typeof actorRoles)[number];

const settingSchemas = {
  language: z.enum(['zh-CN', 'en'] as const satisfies readonly Language[], { message: 'validation.choice' }),
  role: z.enum(actorRoles, { message: 'validation.choice' }),
} as const;

export type Settings = { readonly [K in keyof typeof settingSchemas]: z.output<(typeof settingSchemas)[K]> };
export type SettingKey = keyof Settings;

export const settingDefaults: Settings = { language: 'zh-CN', role: 'unset' };

export interface SettingsRepo {
  get<K extends SettingKey>(key: K): Promise<RepoResult<Settings[K]>>;
  set<K extends SettingKey>(key: K, value: Settings[K]): Promise<RepoResult<Settings[K]>>;
}

export function settingsRepo(db: WageDeskDb): SettingsRepo {
  return {
    get: (key) =>
      repoGuard(async () => {
        const row = await db.settings.get(key);
        const parsed = settingSchemas[key].safeParse(row?.value);
        return repoOk(parsed.success ? (parsed.data as Settings[typeof key]) : settingDefaults[key]);
      }),

    set: (key, value) =>
      repoGuard(async () => {
        const parsed = settingSchemas[key].safeParse(value);
        if (!parsed.success) return repoValidationErr({ [key]: parsed.error.issues[0]?.message ?? 'validation.choice' });
        await db.settings.put({ key, value: parsed.data });
        return repoOk(parsed.data as Settings[typeof key]);
      }),
  };
}
