// Whole-store backups (docs/backup-format.md): making one, the preview before a restore, the restore, and
// the facts that say whether a backup is owed (when the last was made, when the data last changed, and
// news of each change). The backup code (every table's shape, the file format) loads with the first
// backup or restore, not with the handler map.
import type { BackupDocument } from '../../shared/backup/format';
import { backupPersonalData, type BackupPersonalData } from '../../shared/privacy/personalData';
import type { BackupCreated, BackupOptions, BackupRowCounts } from '../db/backup';
import { backupChangedAt, backupChangedAtSet, backupLastAt, backupLastAtSet } from '../db/backupMeta';
import type { BackupPlan } from '../db/backupPlan';
import { dataChangesSubscribe } from '../db/dataChanges';
import { repoGuard, repoOk, type RepoResult } from '../db/repoResult';
import type { DataContext } from './context';

/** Calls `listener` after each committed change to the user's data; returns the unsubscribe. */
export type DataChangesSubscribe = (listener: () => void) => () => void;

export const backupHandlers = {
  /**
   * Every row of every backed-up table as one backup document (not yet written anywhere). The witness
   * key only when asked, sealed with its passphrase (BackupOptions).
   */
  async backupCreate(ctx: DataContext, args: BackupOptions): Promise<RepoResult<BackupCreated>> {
    const { backupCreate, backupDepsDefault } = await import('../db/backup');
    return backupCreate(ctx.db, backupDepsDefault, args);
  },

  /** How many people, phone numbers and ID numbers a backup would hold now (the backup card says so). */
  async backupPersonalData(ctx: DataContext): Promise<RepoResult<BackupPersonalData>> {
    return repoGuard(async () => {
      const [people, workers] = await ctx.db.transaction('r', ctx.db.people, ctx.db.workers, () => Promise.all([ctx.db.people.toArray(), ctx.db.workers.toArray()]));
      return repoOk(backupPersonalData(people, workers));
    });
  },

  /** What restoring `document` would change; refuses, like the restore, a backup it could not restore. */
  async backupPlan(ctx: DataContext, args: { readonly document: BackupDocument }): Promise<RepoResult<BackupPlan>> {
    const { backupPlan } = await import('../db/backupPlan');
    return backupPlan(ctx.db, args.document);
  },

  /**
   * Replaces every backed-up table with the backup's rows in one transaction (all or nothing), and records
   * the restore in the trail (which file: `fileName`, the name the user chose, no path).
   */
  async backupRestore(ctx: DataContext, args: { readonly document: BackupDocument; readonly fileName?: string | null }): Promise<RepoResult<BackupRowCounts>> {
    const { backupRestore } = await import('../db/backup');
    return backupRestore(ctx.db, args.document, { fileName: args.fileName ?? null }, ctx.deps.clock);
  },

  /** ISO instant of the last backup saved from this store, or null. */
  async backupLastAt(ctx: DataContext): Promise<RepoResult<string | null>> {
    return backupLastAt(ctx.db);
  },

  async backupLastAtSet(ctx: DataContext, args: { readonly at: string }): Promise<RepoResult<string>> {
    return backupLastAtSet(ctx.db, args.at);
  },

  /** ISO instant of the last change to backed-up data, or null if unknown. */
  async backupChangedAt(ctx: DataContext): Promise<RepoResult<string | null>> {
    return backupChangedAt(ctx.db);
  },

  async backupChangedAtSet(ctx: DataContext, args: { readonly at: string }): Promise<RepoResult<string>> {
    return backupChangedAtSet(ctx.db, args.at);
  },

  /**
   * Opens the database, then hands back a way to hear of every committed change to its data (any table
   * but `meta`, from any screen or tab). Opened first: Dexie reports a newly created database as a change
   * to every table, which is not one.
   */
  async dataChangesOpen(ctx: DataContext): Promise<RepoResult<DataChangesSubscribe>> {
    return repoGuard(async () => {
      await ctx.db.open();
      const name = ctx.db.name;
      return repoOk((listener: () => void) => dataChangesSubscribe(name, listener));
    });
  },
};
