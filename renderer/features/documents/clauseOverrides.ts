// Per-agreement wording of clauses (issue 6), stored in `settings` — one row per enterprise and template
// under documents.overrides.<enterpriseId>.<templateName> — so the backup and the audit trail carry every
// edit without a table of their own. The value is re-validated on read; an unreadable row is reported and
// left untouched (restore-on-read), and the standard text prints meanwhile.
import { z } from 'zod';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { ClauseOverride } from '../../../templates/overrides';
import { isTemplateName, type TemplateName } from '../../../templates/registry';
import { repoGuard, repoOk, repoValidationErr, type RepoResult } from '../../db/repoResult';
import type { SkippedRecord } from '../../db/restore';
import type { WageDeskDb } from '../../db/schema';

const PREFIX = 'documents.overrides.';

export function clauseOverridesKey(enterpriseId: EnterpriseId, name: TemplateName): string {
  return `${PREFIX}${enterpriseId}.${name}`;
}

const storedOverrides = z
  .array(
    z.object({
      clauseId: z.string().min(1).max(200),
      // The limit of a clause's text in the frozen document (documentSchema.ts).
      text: z.string().min(1).max(20_000),
      editedAt: z.iso.datetime({ offset: true }),
    }),
  )
  .max(500);

export interface StoredClauseOverride extends ClauseOverride {
  /** ISO 8601 instant of the last edit. */
  readonly editedAt: string;
}

export type EnterpriseOverrides = Partial<Record<TemplateName, readonly StoredClauseOverride[]>>;

export interface OverridesRead {
  readonly byTemplate: EnterpriseOverrides;
  /** Rows whose value does not validate, by key: ignored (standard text prints), never rewritten here. */
  readonly skipped: readonly SkippedRecord[];
}

/** Every template's overrides for the enterprise. */
export function clauseOverridesRead(db: WageDeskDb, enterpriseId: EnterpriseId): Promise<RepoResult<OverridesRead>> {
  return repoGuard(async () => {
    const prefix = `${PREFIX}${enterpriseId}.`;
    const rows = await db.settings.where('key').startsWith(prefix).toArray();
    const byTemplate: Partial<Record<TemplateName, StoredClauseOverride[]>> = {};
    const skipped: SkippedRecord[] = [];
    for (const row of rows) {
      const name = row.key.slice(prefix.length);
      const parsed = storedOverrides.safeParse(row.value);
      if (!isTemplateName(name)) skipped.push({ id: row.key, reason: 'unknown template' });
      else if (!parsed.success) skipped.push({ id: row.key, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      else byTemplate[name] = parsed.data;
    }
    return repoOk({ byTemplate, skipped });
  });
}

/** Stores the template's overrides; an empty list removes the row (the standard text throughout). */
export function clauseOverridesWrite(db: WageDeskDb, enterpriseId: EnterpriseId, name: TemplateName, overrides: readonly StoredClauseOverride[]): Promise<RepoResult<null>> {
  return repoGuard(async () => {
    const key = clauseOverridesKey(enterpriseId, name);
    if (overrides.length === 0) {
      await db.settings.delete(key);
      return repoOk(null);
    }
    // Nothing is saved while invalid: an over-long text is refused here, not stored to be dropped on read.
    const parsed = storedOverrides.safeParse(overrides);
    if (!parsed.success) return repoValidationErr({ text: 'validation.tooLong' });
    await db.settings.put({ key, value: parsed.data });
    return repoOk(null);
  });
}

/** The list with the clause's wording set to `text`, or its override removed with null (恢复标准文本). */
export function clauseOverridesWith(overrides: readonly StoredClauseOverride[], clauseId: string, text: string | null, editedAt: string): StoredClauseOverride[] {
  const others = overrides.filter((o) => o.clauseId !== clauseId);
  return text === null || text.trim() === '' ? others : [...others, { clauseId, text, editedAt }];
}
