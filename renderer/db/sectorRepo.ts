// The federation's sector and regional wage agreements in the local database: one row per agreement,
// `doc` the agreement (shared/sector/sectorAgreement.ts), validated on every read and before every write.
// A bad form writes nothing and answers with the field → message keys.
import { z } from 'zod';
import { canonicalJson } from '../../shared/backup/canonicalJson';
import { fieldErrors } from '../../shared/enterprise/model';
import { sectorAgreementSchema, type SectorAgreement, type SectorAgreementInput, type SectorPersonInput } from '../../shared/sector/sectorAgreement';
import type { ProcedureRecordInput } from '../../shared/procedure/record';
import { sectorFingerprint } from '../../shared/sector/sectorFingerprint';
import { witnessSign } from '../../shared/witness/identity';
import type { WitnessSigner } from '../../shared/witness/signer';
import { repoDepsDefault, repoErr, repoGuard, repoOk, repoValidationErr, type Listing, type RepoDeps, type RepoResult } from './repoResult';
import type { RestoreOutcome } from './restore';
import type { SectorAgreementRow, WageDeskDb } from './schema';

/** What the round's representatives and procedure record are saved as (sectorRepo.saveProcedure). */
export interface SectorProcedureInput {
  readonly people: readonly SectorPersonInput[];
  readonly procedure: ProcedureRecordInput | null;
}

/** What importing a signed agreement did: added it, added witness signatures to the one held, or nothing. */
export interface SectorImported {
  readonly agreement: SectorAgreement;
  readonly outcome: 'added' | 'merged' | 'same';
}

/**
 * The agreement part's canonical text, to tell two versions apart (null when it does not parse). The
 * representatives and procedure record are saved on their own (saveProcedure) and left out here.
 */
function sameText(input: SectorAgreementInput): string | null {
  const parsed = sectorAgreementSchema.safeParse(input);
  if (!parsed.success) return null;
  const { people: _people, procedure: _procedure, ...agreement } = parsed.data;
  const text = canonicalJson(agreement);
  return text.ok ? text.value : null;
}

/** The representatives and procedure `part` gives the agreement, as canonical text (null when they do not parse). */
function procedureText(agreement: SectorAgreement, part: SectorProcedureInput): string | null {
  const parsed = sectorAgreementSchema.safeParse({ ...agreement, people: part.people, procedure: part.procedure });
  if (!parsed.success) return null;
  const text = canonicalJson({ people: parsed.data.people, procedure: parsed.data.procedure });
  return text.ok ? text.value : null;
}

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

    /**
     * Creates or replaces the agreement. A stored agreement keeps its representatives and procedure record
     * (saveProcedure writes those), so a form opened before they changed never undoes them. `base`: the
     * agreement as the form read it (null: a new one); when given, a save over a version whose agreement part
     * was stored since then (another window) is refused. Errors: validation (fields), sector.signed (a signed
     * agreement is frozen), sector.conflict (params.title).
     */
    async save(input: SectorAgreementInput, base?: SectorAgreementInput | null): Promise<RepoResult<SectorAgreement>> {
      const parsed = sectorAgreementSchema.safeParse(input);
      if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
      const baseText = base === undefined ? undefined : base === null ? null : sameText(base);
      return repoGuard(() =>
        db.transaction('rw', db.sectorAgreements, async () => {
          const stored = await db.sectorAgreements.get(parsed.data.id);
          const before = stored ? sectorRowRestore(stored) : null;
          if (before?.ok && before.record.doc.signedAt !== null) return repoErr('sector.signed', `agreement ${parsed.data.id} is signed`, { id: parsed.data.id });
          // Saved elsewhere (another window) since the form was filled: nothing is written, the form keeps its edits.
          if (baseText !== undefined && (before?.ok ? sameText(before.record.doc) : null) !== baseText) {
            return repoErr('sector.conflict', `agreement ${parsed.data.id} changed since it was read`, { id: parsed.data.id, title: before?.ok ? before.record.doc.title : parsed.data.title });
          }
          const agreement = before?.ok ? { ...parsed.data, people: before.record.doc.people, procedure: before.record.doc.procedure } : parsed.data;
          await db.sectorAgreements.put({ id: agreement.id, doc: agreement, updatedAt: deps.clock() });
          return repoOk(agreement);
        }),
      );
    },

    /**
     * Replaces only the representatives and the procedure record of a stored agreement, signed or not: they
     * go on after the signature and are not covered by its fingerprint. The rest of the agreement is kept
     * as stored. Errors: validation (fields, e.g. people.0.name, procedure.reply.date), sector.unknown.
     */
    async saveProcedure(id: string, input: SectorProcedureInput, base?: SectorProcedureInput): Promise<RepoResult<SectorAgreement>> {
      return repoGuard(() =>
        db.transaction('rw', db.sectorAgreements, async () => {
          const stored = await db.sectorAgreements.get(id);
          const before = stored ? sectorRowRestore(stored) : null;
          if (!before?.ok) return repoErr('sector.unknown', `no agreement ${id}`, { id });
          // Saved in another window since this one read it: nothing is written.
          if (base !== undefined && procedureText(before.record.doc, base) !== procedureText(before.record.doc, before.record.doc)) {
            return repoErr('sector.conflict', `the representatives or procedure of ${id} changed since they were read`, { id, title: before.record.doc.title });
          }
          const parsed = sectorAgreementSchema.safeParse({ ...before.record.doc, people: input.people, procedure: input.procedure });
          if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
          await db.sectorAgreements.put({ id, doc: parsed.data, updatedAt: deps.clock() });
          return repoOk(parsed.data);
        }),
      );
    },

    /**
     * Adds the witness's Ed25519 signature over a signed agreement's fingerprint; nothing else changes.
     * Errors: sector.unknown, sector.unsigned, sector.alreadyWitnessed, sector.changed (edited while signing).
     */
    async witnessSign(signer: WitnessSigner, id: string): Promise<RepoResult<SectorAgreement>> {
      return repoGuard(async () => {
        const stored = await db.sectorAgreements.get(id);
        const before = stored ? sectorRowRestore(stored) : null;
        if (!before?.ok) return repoErr('sector.unknown', `no agreement ${id}`, { id });
        const agreement = before.record.doc;
        if (agreement.signedAt === null || agreement.fingerprint === null) return repoErr('sector.unsigned', `agreement ${id} is not signed`, { id });
        if (agreement.signatures.some((s) => s.publicKey === signer.publicKeyHex)) return repoErr('sector.alreadyWitnessed', `agreement ${id} is already signed with this key`, { id });
        // Signed outside the transaction (WebCrypto); written only if the row is still the one signed.
        const signature = await witnessSign(signer, agreement.fingerprint, deps.clock());
        const next = { ...agreement, signatures: [...agreement.signatures, signature] };
        return db.transaction('rw', db.sectorAgreements, async () => {
          if ((await db.sectorAgreements.get(id))?.updatedAt !== before.record.updatedAt) return repoErr('sector.changed', 'the agreement changed while signing; try again', { id });
          await db.sectorAgreements.put({ id, doc: next, updatedAt: deps.clock() });
          return repoOk(next);
        });
      });
    },

    /**
     * Takes a signed agreement read from a sector bundle (already checked by its reader): added when its id
     * is new, its new witness signatures added when the same signed agreement is held, refused otherwise.
     * Errors: validation, sector.unsigned, sector.fingerprintMismatch, sector.importConflict (params.title).
     */
    async importSigned(input: SectorAgreementInput): Promise<RepoResult<SectorImported>> {
      const parsed = sectorAgreementSchema.safeParse(input);
      if (!parsed.success) return repoValidationErr(fieldErrors(parsed.error));
      const incoming = parsed.data;
      if (incoming.signedAt === null || incoming.fingerprint === null) return repoErr('sector.unsigned', `agreement ${incoming.id} is not signed`, { id: incoming.id });
      if ((await sectorFingerprint(incoming)) !== incoming.fingerprint) return repoErr('sector.fingerprintMismatch', `agreement ${incoming.id}: the fingerprint does not match`, { id: incoming.id });
      return repoGuard(() =>
        db.transaction('rw', db.sectorAgreements, async (): Promise<RepoResult<SectorImported>> => {
          const stored = await db.sectorAgreements.get(incoming.id);
          const held = stored ? sectorRowRestore(stored) : null;
          if (!held?.ok) {
            await db.sectorAgreements.put({ id: incoming.id, doc: incoming, updatedAt: deps.clock() });
            return repoOk({ agreement: incoming, outcome: 'added' as const });
          }
          const mine = held.record.doc;
          if (mine.fingerprint !== incoming.fingerprint) return repoErr('sector.importConflict', `another agreement ${incoming.id} is held`, { id: incoming.id, title: mine.title });
          const known = new Set(mine.signatures.map((s) => `${s.publicKey}|${s.signature}`));
          const added = incoming.signatures.filter((s) => !known.has(`${s.publicKey}|${s.signature}`));
          if (added.length === 0) return repoOk({ agreement: mine, outcome: 'same' as const });
          const merged = { ...mine, signatures: [...mine.signatures, ...added].slice(0, 20) };
          await db.sectorAgreements.put({ id: mine.id, doc: merged, updatedAt: deps.clock() });
          return repoOk({ agreement: merged, outcome: 'merged' as const });
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
