// The user's economy figures (wage guidelines, CPI, average wages) kept in the `settings` table under
// 'economy.user' as an economy file (format line included), so export and import read it unchanged.
// Checked as a whole file before anything is stored, and again on every read (restore-on-read).
import { type EconomyData, economyDataEmpty } from '../../shared/economy/economy';
import { ECONOMY_SETTINGS_KEY, economyFileFrom, economyFileParse } from '../../shared/economy/economyFile';
import { repoGuard, repoOk, type RepoResult } from '../db/repoResult';
import type { DataContext } from './context';

const isEmpty = (d: EconomyData) => d.guidelines.length === 0 && d.prices.length === 0 && d.averageWages.length === 0;

export const economyHandlers = {
  /** The stored figures; empty when there are none or they no longer validate. */
  async economyUserRead(ctx: DataContext): Promise<RepoResult<EconomyData>> {
    return repoGuard(async () => {
      const row = await ctx.db.settings.get(ECONOMY_SETTINGS_KEY);
      if (row === undefined) return repoOk(economyDataEmpty);
      const parsed = economyFileParse(row.value);
      return repoOk(parsed.ok ? parsed.value : economyDataEmpty);
    });
  },

  /** Stores the figures after checking them as a whole file (economyFile.* errors: nothing stored); empty removes the row. */
  async economyUserWrite(ctx: DataContext, args: { readonly data: EconomyData }): Promise<RepoResult<EconomyData>> {
    return repoGuard(async () => {
      const checked = economyFileParse(economyFileFrom(args.data));
      if (!checked.ok) return checked;
      if (isEmpty(checked.value)) await ctx.db.settings.delete(ECONOMY_SETTINGS_KEY);
      else await ctx.db.settings.put({ key: ECONOMY_SETTINGS_KEY, value: economyFileFrom(checked.value) });
      return checked;
    });
  },
};
