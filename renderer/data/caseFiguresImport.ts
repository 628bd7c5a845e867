// A case file's reference figures into this store's settings, inside the case import's transaction: the
// minimum-wage tables and county tiers and the economy figures this store does not know yet are added to
// the user's entries (shared/case/caseFigures.ts says which), and the rows as they were are kept for undo.
import type { CaseFile } from '../../shared/case/caseFile';
import { economyFiguresAdopt, minimumWageFiguresAdopt } from '../../shared/case/caseFigures';
import { economyDataEmpty } from '../../shared/economy/economy';
import { ECONOMY_SETTINGS_KEY, economyDataMerge, economyFileFrom, economyFileParse } from '../../shared/economy/economyFile';
import { economyShipped } from '../../shared/economy/economyShipped';
import { MINIMUM_WAGE_SETTINGS_KEY, minimumWageDataMerge, minimumWageFileFrom, minimumWageFileParse, minimumWageUserDataEmpty } from '../../shared/regions/minimumWageFile';
import { minimumWageDataDefault } from '../../shared/wage/floor';
import type { DataContext } from './context';

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

export async function caseFiguresTake(ctx: DataContext, file: CaseFile): Promise<CaseFiguresTaken> {
  const before: SettingBefore[] = [];
  let added = 0;
  let differing = 0;

  const wages = file.minimumWage ? minimumWageFileParse(file.minimumWage) : null;
  if (wages?.ok) {
    const row = await ctx.db.settings.get(MINIMUM_WAGE_SETTINGS_KEY);
    const stored = row ? minimumWageFileParse(row.value) : null;
    const user = stored?.ok ? stored.value : minimumWageUserDataEmpty;
    const taken = minimumWageFiguresAdopt(minimumWageDataMerge(minimumWageDataDefault, user), user, wages.value);
    added += taken.added;
    differing += taken.differing;
    if (taken.added > 0) {
      before.push({ key: MINIMUM_WAGE_SETTINGS_KEY, value: row?.value ?? null });
      await ctx.db.settings.put({ key: MINIMUM_WAGE_SETTINGS_KEY, value: minimumWageFileFrom(taken.user) });
    }
  }

  const economy = file.economy ? economyFileParse(file.economy) : null;
  if (economy?.ok) {
    const row = await ctx.db.settings.get(ECONOMY_SETTINGS_KEY);
    const stored = row ? economyFileParse(row.value) : null;
    const user = stored?.ok ? stored.value : economyDataEmpty;
    const taken = economyFiguresAdopt(economyDataMerge(economyShipped(), user), user, economy.value);
    added += taken.added;
    differing += taken.differing;
    if (taken.added > 0) {
      before.push({ key: ECONOMY_SETTINGS_KEY, value: row?.value ?? null });
      await ctx.db.settings.put({ key: ECONOMY_SETTINGS_KEY, value: economyFileFrom(taken.user) });
    }
  }
  return { added, differing, before };
}

/** Puts the settings rows back as they were before the import. */
export async function caseFiguresUndo(ctx: DataContext, before: readonly SettingBefore[]): Promise<void> {
  for (const { key, value } of before) {
    if (value === null) await ctx.db.settings.delete(key);
    else await ctx.db.settings.put({ key, value });
  }
}
