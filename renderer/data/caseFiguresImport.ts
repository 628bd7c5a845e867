// A case file's reference figures into this store's settings, inside the case import's transaction: the
// minimum-wage tables and county tiers and the economy figures this store does not know yet are added to
// the user's entries (shared/case/caseFigures.ts says which), read and written through the settings
// handlers, and the rows as they were are kept for undo.
import type { CaseFile } from '../../shared/case/caseFile';
import { economyFiguresAdopt, minimumWageFiguresAdopt } from '../../shared/case/caseFigures';
import { ECONOMY_SETTINGS_KEY, economyDataMerge, economyFileParse } from '../../shared/economy/economyFile';
import { economyShipped } from '../../shared/economy/economyShipped';
import { MINIMUM_WAGE_SETTINGS_KEY, minimumWageDataMerge, minimumWageFileParse } from '../../shared/regions/minimumWageFile';
import { minimumWageDataDefault } from '../../shared/wage/floor';
import { repoOk, type RepoResult } from '../db/repoResult';
import type { DataContext } from './context';
import { economyHandlers } from './economyHandlers';
import { settingsHandlers } from './settingsHandlers';

/** A settings row as it was before the import; `value` null when there was none (undo deletes it). */
export interface SettingBefore {
  readonly key: string;
  readonly value: unknown;
}

export interface CaseFiguresTaken {
  readonly added: number;
  readonly differing: number;
  /** The settings rows the import changed, as they were. */
  readonly before: readonly SettingBefore[];
}

/** The settings row of `key` as stored now, for undo. */
async function rowBefore(ctx: DataContext, key: string): Promise<SettingBefore> {
  return { key, value: (await ctx.db.settings.get(key))?.value ?? null };
}

export async function caseFiguresTake(ctx: DataContext, file: CaseFile): Promise<RepoResult<CaseFiguresTaken>> {
  const before: SettingBefore[] = [];
  let added = 0;
  let differing = 0;

  const wages = file.minimumWage ? minimumWageFileParse(file.minimumWage) : null;
  if (wages?.ok) {
    const user = await settingsHandlers.minimumWageUserRead(ctx);
    if (!user.ok) return user;
    const taken = minimumWageFiguresAdopt(minimumWageDataMerge(minimumWageDataDefault, user.value), user.value, wages.value);
    added += taken.added;
    differing += taken.differing;
    if (taken.added > 0) {
      before.push(await rowBefore(ctx, MINIMUM_WAGE_SETTINGS_KEY));
      const written = await settingsHandlers.minimumWageUserWrite(ctx, { data: taken.user });
      if (!written.ok) return written;
    }
  }

  const economy = file.economy ? economyFileParse(file.economy) : null;
  if (economy?.ok) {
    const user = await economyHandlers.economyUserRead(ctx);
    if (!user.ok) return user;
    const taken = economyFiguresAdopt(economyDataMerge(economyShipped(), user.value), user.value, economy.value);
    added += taken.added;
    differing += taken.differing;
    if (taken.added > 0) {
      before.push(await rowBefore(ctx, ECONOMY_SETTINGS_KEY));
      const written = await economyHandlers.economyUserWrite(ctx, { data: taken.user });
      if (!written.ok) return written;
    }
  }
  return repoOk({ added, differing, before });
}

/** Puts the settings rows back as they were before the import. */
export async function caseFiguresUndo(ctx: DataContext, before: readonly SettingBefore[]): Promise<void> {
  for (const { key, value } of before) {
    if (value === null) await ctx.db.settings.delete(key);
    else await ctx.db.settings.put({ key, value });
  }
}
