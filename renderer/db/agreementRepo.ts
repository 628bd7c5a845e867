// Agreement versions (协议文书): one row per version in `agreements`, doc = AgreementVersion
// (shared/bundle/agreement.ts). A version is never changed after it is written except to add signatures
// or, when a later version replaces it, to mark it voided; both happen through `save`, which writes a
// whole set of versions in one transaction so a new version and the voiding of the old one commit together.
import { z } from 'zod';
import { agreementVersionSchema, type AgreementVersion } from '../../shared/bundle/agreement';
import type { EnterpriseId } from '../../shared/enterprise/model';
import { rowLive } from './records';
import { repoDepsDefault, repoErr, repoGuard, repoOk, type Listing, type RepoDeps, type RepoResult } from './repoResult';
import { restoredAll, type RestoreOutcome } from './restore';
import type { DocRow, WageDeskDb } from './schema';

export interface StoredAgreement {
  readonly id: string;
  readonly enterpriseId: EnterpriseId;
  readonly version: AgreementVersion;
  readonly updatedAt: string;
}

/** The row key of a version: agreement ids have no dots, so `<agreementId>.v<n>` cannot collide. */
export function agreementRowId(version: Pick<AgreementVersion, 'agreementId' | 'version'>): string {
  return `${version.agreementId}.v${version.version}`;
}

const agreementRow = z.looseObject({
  id: z.string().min(1),
  enterpriseId: z.string().min(1),
  doc: agreementVersionSchema,
  updatedAt: z.string().min(1),
  deletedAt: z.string().nullable().optional(),
});

/** Restore-on-read: the envelope and the version's own schema; a bad row is skipped and reported. */
export function agreementRowRestore(raw: unknown): RestoreOutcome<StoredAgreement> {
  const parsed = agreementRow.safeParse(raw);
  if (!parsed.success) {
    const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : null;
    const reason = parsed.error.issues.map((issue) => `${issue.path.join('.') || '_'}: ${issue.message}`).join('; ');
    return { ok: false, skipped: { id, reason } };
  }
  const row = parsed.data;
  return { ok: true, record: { id: row.id, enterpriseId: row.enterpriseId as EnterpriseId, version: row.doc, updatedAt: row.updatedAt } };
}

/** Newest version first within an agreement, agreements by id. */
function versionOrder(a: StoredAgreement, b: StoredAgreement): number {
  return a.version.agreementId === b.version.agreementId ? b.version.version - a.version.version : a.version.agreementId < b.version.agreementId ? -1 : 1;
}

export interface AgreementRepo {
  /** Every readable version of the enterprise's agreements. */
  listByEnterprise(enterpriseId: EnterpriseId): Promise<RepoResult<Listing<StoredAgreement>>>;
  /** Every readable version in this store (the verify screen searches them all). */
  listAll(): Promise<RepoResult<Listing<StoredAgreement>>>;
  /**
   * Writes the versions (new ones, or existing ones with signatures added or voided). Each is checked
   * against the schema; the enterprise must be live. Errors: notFound, agreement.invalid, storage.*.
   */
  save(enterpriseId: EnterpriseId, versions: readonly AgreementVersion[]): Promise<RepoResult<readonly StoredAgreement[]>>;
}

export function agreementRepo(db: WageDeskDb, deps: Pick<RepoDeps, 'clock'> = repoDepsDefault): AgreementRepo {
  const listing = (rows: readonly unknown[]): Listing<StoredAgreement> => {
    const live = rows.filter((r) => rowLive(r as Record<string, unknown>));
    const { records, skipped } = restoredAll(live, agreementRowRestore);
    return { items: [...records].sort(versionOrder), skipped };
  };
  return {
    listByEnterprise: (enterpriseId) => repoGuard(async () => repoOk(listing(await db.agreements.where('enterpriseId').equals(enterpriseId).toArray()))),

    listAll: () => repoGuard(async () => repoOk(listing(await db.agreements.toArray()))),

    save: (enterpriseId, versions) =>
      repoGuard(async () => {
        const checked: AgreementVersion[] = [];
        for (const v of versions) {
          const parsed = agreementVersionSchema.safeParse(v);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            return repoErr('agreement.invalid', issue.message, { field: issue.path.join('.') });
          }
          checked.push(parsed.data);
        }
        return db.transaction('rw', db.enterprises, db.agreements, async () => {
          if (!rowLive(await db.enterprises.get(enterpriseId))) return repoErr('notFound', `enterprise ${enterpriseId} not found`, { id: enterpriseId });
          const updatedAt = deps.clock();
          const rows: DocRow[] = checked.map((version) => ({ id: agreementRowId(version), enterpriseId, doc: version, updatedAt, deletedAt: null }));
          await db.agreements.bulkPut(rows);
          return repoOk(rows.map((r) => ({ id: r.id, enterpriseId, version: r.doc as AgreementVersion, updatedAt })));
        });
      }),
  };
}
