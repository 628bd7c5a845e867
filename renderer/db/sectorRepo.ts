// The federation's sector and regional wage agreements in the local database: one row per agreement,
// `doc` the agreement (shared/sector/sectorAgreement.ts), validated on every read and before every write.
// A bad form writes nothing and answers with the field → message keys.
import { z } from 'zod';
import { fieldErrors } from '../../shared/enterprise/model';
import { sectorAgreementSchema, type SectorAgreement, type SectorAgreementInput } from '../../shared/sector/sectorAgreement';
import { repoDepsDefault, repoErr, repoGuard, repoOk, repoValidationErr, type Listing, type RepoDeps, type RepoResult } from './repoResult';
import type { RestoreOutcome } from './restore';
import type { SectorAgreementRow, WageDeskDb } from './schema';

const rowSchema = z.looseObject({ id: z.string().min(1), doc: z.unknown(), updatedAt: z.string().min(1) });

/** Restore-on-read of a row: the envelope, the agreement, and that its id is the row's. */
export function sectorRowRestore(raw: unknown): RestoreOutcome<SectorAgreementRow & { readonly doc: SectorAgreement }> {
  const id = typeof (raw as { id?: unknown } | null)?.id === 'string' ? (raw as { id: string }).id : null;
  const row = rowSchema.safeParse(raw);
  if (!row.success) return { ok: false, skipped: { id, reason: row.error.issues.map((i) => `${i.path.join('.') || '_'}: ${i.message}`).join('; ') } };
  const doc = sectorAgreementSchema.safeParse(row.data.doc);
  if (!doc.success) return { ok: false, skipped: { id, reason: doc.error.issues.map((i) => `doc.${i.path.join('.')}: ${i.message}`).join('; ') } };
  if (doc.data.id !== row.data.id) return { ok: false, skipped: { id, reason: 'doc.id: not the row key' } };
  return { ok: true, record: { id: row.data.id, updatedAt: row.data.updatedAt, doc: doc.data } };
}

export function sectorRepo(db: WageDeskDb, deps: RepoDeps = repoDepsDefault) {
  return {
    /** Every stored agreement, by start of term; rows that fail to restore are reported, not dropped. */
    async list(): Promise<RepoResult<Listing<SectorAgreement>>> {
      return repoGuard(async () => {
        const rows = await db.sectorAgreements.toArray();
        const items: SectorAgreement[] = [];
        const skipped = [];
        for (const raw of rows) {
          const restored = sectorRowRestore(raw);
          if (restored.ok) items.push(restored.record.doc);
          else skipped.push(restored.skipped);
        }
        items.sort((a, b) => (a.term.from < b.term.from ? -1 : a.term.from > b.term.from ? 1 : a.id < b.id ? -1 : 1));
        return repoOk({ items, skipped });
      });
    },

    /** Creates or replaces the agreement. Errors: validation (fields), sector.signed (a signed agreement is frozen). */
    async save(input: SectorAgreementInput): Promise<RepoResult<SectorAgreement>> {
      const parsed = sectorAgreementSchema.safeParse(input);
      if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
      const agreement = parsed.data;
      return repoGuard(() =>
        db.transaction('rw', db.sectorAgreements, async () => {
          const stored = await db.sectorAgreements.get(agreement.id);
          const before = stored ? sectorRowRestore(stored) : null;
          if (before?.ok && before.record.doc.signedAt !== null) return repoErr('sector.signed', `agreement ${agreement.id} is signed`, { id: agreement.id });
          await db.sectorAgreements.put({ id: agreement.id, doc: agreement, updatedAt: deps.clock() });
          return repoOk(agreement);
        }),
      );
    },

    /** Removes an unsigned agreement. Errors: sector.unknown, sector.signed. */
    async remove(id: string): Promise<RepoResult<null>> {
      return repoGuard(() =>
        db.transaction('rw', db.sectorAgreements, async () => {
          const stored = await db.sectorAgreements.get(id);
          if (!stored) return repoErr('sector.unknown', `no agreement ${id}`, { id });
          const restored = sectorRowRestore(stored);
          if (restored.ok && restored.record.doc.signedAt !== null) return repoErr('sector.signed', `agreement ${id} is signed`, { id });
          await db.sectorAgreements.delete(id);
          return repoOk(null);
        }),
      );
    },
  };
}
