// The audit trail as a hash chain: each entry stores the hash of the one before it (`prevHash`) and its
// own `hash`, SHA-256 over the canonical JSON of the entry (all of it but `seq` and `hash`) with that
// prevHash in it. The store keeps the last entry's hash apart (the head), so a trail cut short is told
// from a whole one. What this does and does not promise: docs/security.md, "The audit trail".
//
// SHA-256 here is synchronous (@noble/hashes), not WebCrypto: entries are chained inside the IndexedDB
// transaction of the change they record, and awaiting WebCrypto there would let the transaction commit.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../backup/canonicalJson';

/** The chain's fields of an entry; absent on entries written before the chain. */
export interface AuditChained {
  readonly prevHash?: string | null;
  readonly hash?: string;
}

/** An entry as the chain sees it: its fields, the auto-numbered `seq` and the chain's own. */
export type AuditChainRow = Readonly<Record<string, unknown>> & AuditChained & { readonly seq?: number; readonly at?: unknown };

/** Where the trail ends as last written: kept apart from the trail (the store's meta), so truncation shows. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** The entry's hash given the hash before it. An entry JSON cannot carry hashes as its fields' text. */
export function auditEntryHash(entry: Readonly<Record<string, unknown>>, prevHash: string | null): string {
  const { seq: _seq, hash: _hash, prevHash: _prev, ...fields } = entry;
  const text = canonicalJson({ ...fields, prevHash });
  return bytesToHex(sha256(utf8ToBytes(text.ok ? text.value : JSON.stringify({ ...fields, prevHash }))));
}

export type AuditBreak =
  /** The entry's content no longer gives its hash: edited after it was written. */
  | 'rewritten'
  /** The entry does not follow the one before it: an entry removed or put in between. */
  | 'unlinked'
  /** An entry without a hash after the chain began: its hash was taken away. */
  | 'unhashed'
  /** The trail ends before the head the store kept: entries at the end were removed. */
  | 'truncated'
  /** The trail has chained entries but the store has no head for it. */
  | 'headMissing';

export type AuditCheck =
  | {
      readonly intact: true;
      /** Entries checked along the chain. */
      readonly chained: number;
      /** Entries written before the chain existed (not checked), all before the first chained one. */
      readonly unchained: number;
    }
  | {
      readonly intact: false;
      readonly reason: AuditBreak;
      /** The first entry that fails (null when the trail's end is missing). */
      readonly seq: number | null;
      readonly at: string | null;
      readonly chained: number;
      readonly unchained: number;
    };

/**
 * Walks the trail in `seq` order and reports the first break: an entry rewritten, one missing or put in
 * between, a hash removed, or the trail shorter than its head. Entries without a hash are accepted only
 * before the first hashed one (a trail begun before the chain): the chain starts there.
 */
export function auditChainCheck(rows: readonly AuditChainRow[], head: AuditHead | null): AuditCheck {
  const sorted = [...rows].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  let unchained = 0;
  let chained = 0;
  let previous: AuditChainRow | null = null;
  const broken = (reason: AuditBreak, row: AuditChainRow | null): AuditCheck => ({
    intact: false, reason, seq: row?.seq ?? null, at: typeof row?.at === 'string' ? row.at : null, chained, unchained,
  });
  for (const row of sorted) {
    if (typeof row.hash !== 'string') {
      if (previous !== null) return broken('unhashed', row);
      unchained++;
      continue;
    }
    const prevHash = row.prevHash ?? null;
    if (prevHash !== (previous?.hash ?? null)) return broken('unlinked', row);
    if (auditEntryHash(row, prevHash) !== row.hash) return broken('rewritten', row);
    previous = row;
    chained++;
  }
  if (previous === null) return head === null ? { intact: true, chained, unchained } : broken('truncated', null);
  if (head === null) return broken('headMissing', null);
  if (head.hash !== previous.hash) return broken(head.seq > (previous.seq ?? 0) ? 'truncated' : 'unlinked', head.seq > (previous.seq ?? 0) ? null : previous);
  return { intact: true, chained, unchained };
}
