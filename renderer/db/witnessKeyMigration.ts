// One-time move of the witness key out of clear text (schema ≤ 6 stored the Ed25519 seed as hex in
// `witnessKeys` and the audit trail copied it into its 'create' entry). Runs as the database opens (the
// `ready` hook in schema.ts), before any other query, because turning the seed into a CryptoKey awaits
// WebCrypto, which an IndexedDB upgrade transaction cannot wait for. Idempotent: with nothing in clear
// text it only looks.
//
// After it: the row holds a non-extractable CryptoKey and no sealed copy (no passphrase was ever chosen,
// so the key cannot be exported; the screen says so); every audit entry of the row is rewritten to its
// public fields with `redactedAt` set, so the trail says it was changed and when.
import { bytesFromHex } from '../../shared/bundle/bytes';
import { witnessIdentityParse } from '../../shared/witness/identity';
import { witnessSigningKeyFromSeed } from '../../shared/witness/signer';
import { witnessKeyId, witnessKeyRowRedacted, witnessKeyValueIsClear, witnessSecretRedacted, type WitnessKeyValue } from './witnessKeyRow';
import type { WageDeskDb } from './schema';

function auditCopyIsClear(copy: unknown): boolean {
  const value = (copy as { value?: unknown } | null)?.value;
  return typeof value === 'object' && value !== null && (value as { secret?: unknown }).secret !== witnessSecretRedacted;
}

export async function witnessKeyProtect(db: WageDeskDb, clock: () => string = () => new Date().toISOString()): Promise<void> {
  const row = await db.witnessKeys.get(witnessKeyId);
  if (row && witnessKeyValueIsClear(row.value)) {
    const identity = await witnessIdentityParse(row.value);
    // A damaged clear key cannot sign anyway; it is still a secret on disk, so it goes too (its public
    // half, if any, stays in the audit entry's copy).
    const signingKey = identity.ok ? await witnessSigningKeyFromSeed(bytesFromHex(identity.value.privateKeyHex)!) : null;
    await db.transaction('rw', db.witnessKeys, async () => {
      const still = await db.witnessKeys.get(witnessKeyId);
      if (!still || !witnessKeyValueIsClear(still.value)) return;
      if (!identity.ok || !signingKey) {
        await db.witnessKeys.delete(witnessKeyId);
        return;
      }
      const { name, publicKeyHex, createdAt } = identity.value;
      const value: WitnessKeyValue = { name, publicKeyHex, createdAt, signingKey, sealed: null, origin: 'migrated' };
      await db.witnessKeys.put({ key: witnessKeyId, value });
    });
  }
  await witnessAuditRedact(db, clock());
}

/** Rewrites every audit entry of the witness key row that still holds more than its public fields. */
export async function witnessAuditRedact(db: WageDeskDb, at: string): Promise<number> {
  const entriesOfKey = () => db.audit.where('[table+key]').equals(['witnessKeys', witnessKeyId]).toArray();
  const isClear = (e: { readonly before: unknown; readonly after: unknown }) => auditCopyIsClear(e.before) || auditCopyIsClear(e.after);
  // Every open comes here: a read answers "nothing to do" without taking the trail for writing.
  if (!(await entriesOfKey()).some(isClear)) return 0;
  return db.transaction('rw', db.audit, async () => {
    const clear = (await entriesOfKey()).filter(isClear);
    for (const e of clear) {
      await db.audit.put({
        ...e,
        before: e.before === null ? null : witnessKeyRowRedacted(e.before),
        after: e.after === null ? null : witnessKeyRowRedacted(e.after),
        redactedAt: at,
      } as typeof e);
    }
    return clear.length;
  });
}
