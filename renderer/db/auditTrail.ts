// The audit trail (issue: data safety): every change to the user's data is appended to `audit` with
// what changed, the row before and after, when, and by which side's role. It is one Dexie DBCore
// middleware, so every repository (and every later feature) is audited without remembering to be:
// read-write transactions are widened to include `audit`, and each mutation writes its entries in the
// same transaction as the change, so a change and its audit entry commit or roll back together.
// Entries are hash-chained (shared/audit/chain.ts): each new one links to the head kept in `meta`, and
// the head moves with it in the same transaction, so a rewritten or shortened trail is detected.
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { auditEntryHash, type AuditChained, type AuditHead } from '../../shared/audit/chain';
import { witnessKeyRowRedacted } from './witnessKeyRow';

/** Append-only audit trail (never updated or deleted by the app). */
export interface AuditRow extends AuditChained {
  readonly seq?: number;
  /** ISO instant. */
  readonly at: string;
  readonly table: string;
  readonly key: string;
  readonly enterpriseId: string | null;
  /** 'restore' with table 'backup': a whole-store restore from a backup file (backup.ts). */
  readonly action: 'create' | 'update' | 'delete' | 'restore' | 'import';
  readonly role: string | null;
  readonly before: unknown;
  readonly after: unknown;
  /** 'import' only: the keys of every row the bulk add stored for this enterprise (`key` is the first). */
  readonly keys?: readonly string[];
  /** When a secret the entry once held was removed from it (witnessKeyMigration.ts). */
  readonly redactedAt?: string;
}

/** The `meta` row holding the trail's head (AuditHead): where the chain was last left. */
export const AUDIT_HEAD_KEY = 'auditHead';

/** The head as stored, or null when there is none (a store from before the chain) or it is unreadable. */
export function auditHeadRead(row: { readonly value?: unknown } | undefined): AuditHead | null {
  const v = row?.value as Partial<AuditHead> | undefined;
  return typeof v?.seq === 'number' && typeof v.hash === 'string' ? { seq: v.seq, hash: v.hash } : null;
}

/** `entries` linked one after another onto `prevHash`, each with its own hash. */
export function auditEntriesChained(entries: readonly AuditRow[], prevHash: string | null): AuditRow[] {
  let prev = prevHash;
  return entries.map((entry) => {
    const hash = auditEntryHash(entry as unknown as Record<string, unknown>, prev);
    const chained = { ...entry, prevHash: prev, hash };
    prev = hash;
    return chained;
  });
}

/**
 * Appends `entries` to the trail inside `trans` (which must include `audit` and `meta`): chained onto the
 * stored head, and the head moved to the last of them. Its hash covers no seq, so one read of the head
 * and one write after the add are all the chain costs.
 */
export async function auditAppend(down: DBCore, trans: DBCoreTransaction, entries: readonly AuditRow[]): Promise<void> {
  const head = auditHeadRead(await down.table('meta').get({ trans, key: AUDIT_HEAD_KEY }));
  const chained = auditEntriesChained(entries, head?.hash ?? null);
  const added = await down.table('audit').mutate({ type: 'add', trans, values: chained });
  const seq = Number(added.results?.at(-1) ?? added.lastResult ?? 0);
  const value: AuditHead = { seq, hash: chained.at(-1)!.hash! };
  await down.table('meta').mutate({ type: 'put', trans, values: [{ key: AUDIT_HEAD_KEY, value }] });
}

/**
 * Tables that are not the user's data (or are the trail itself), and `enterpriseKeys` (schema 8): this
 * machine's private signing keys, which no trail entry may copy.
 */
const UNAUDITED: ReadonlySet<string> = new Set(['audit', 'meta', 'enterpriseKeys']);

/**
 * Tables whose rows hold a secret: the trail records that the row changed and its public fields, never
 * the secret (the trail is in every backup, and a CryptoKey could not be written to one anyway).
 */
const REDACTED: Readonly<Record<string, (row: unknown) => unknown>> = { witnessKeys: witnessKeyRowRedacted };

let suspended = 0;
let actorRole: string | null = null;

/** Who is at the keyboard ('workers' | 'employer' | 'federation'), from Settings; null when not set. */
export function auditActorSet(role: string | null): void {
  actorRole = role;
}

/** The role recorded with entries written outside the middleware (a restore's own entry). */
export function auditActor(): string | null {
  return actorRole;
}

/**
 * Runs work without entries: a backup restore replaces every table, the trail included, with exactly
 * what the backup holds; entries for its own writes would make the restored data differ from the saved.
 */
export async function auditSuspended<T>(work: () => Promise<T>): Promise<T> {
  suspended++;
  try {
    return await work();
  } finally {
    suspended--;
  }
}

function rowKeys(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  if (req.keys) return req.keys;
  if (req.type === 'put' && req.updates) return req.updates.keys;
  const extract = table.schema.primaryKey.extractKey;
  return extract ? req.values.map((value) => extract(value)) : [];
}

async function rowsBefore(table: DBCoreTable, trans: DBCoreTransaction, req: DBCoreMutateRequest, keys: unknown[]) {
  if (req.type === 'deleteRange') {
    const found = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
    const extract = table.schema.primaryKey.extractKey;
    return { keys: found.result.map((row) => (extract ? extract(row) : undefined)), rows: found.result as unknown[] };
  }
  const defined = keys.filter((key) => key !== undefined);
  return { keys: defined, rows: defined.length > 0 ? await table.getMany({ trans, keys: defined }) : [] };
}

function auditAction(before: unknown, after: unknown): AuditRow['action'] {
  if (before === undefined) return 'create';
  if (after === undefined) return 'delete';
  const wasDeleted = Boolean((before as { deletedAt?: unknown }).deletedAt);
  const isDeleted = Boolean((after as { deletedAt?: unknown }).deletedAt);
  if (!wasDeleted && isDeleted) return 'delete';
  if (wasDeleted && !isDeleted) return 'restore';
  return 'update';
}

function enterpriseOf(table: string, key: unknown, row: unknown): string | null {
  const owner = (row as { enterpriseId?: unknown } | undefined)?.enterpriseId;
  if (typeof owner === 'string') return owner;
  return table === 'enterprises' && typeof key === 'string' ? key : null;
}

/**
 * Several rows created by one write (an import: a roster, a ledger, a federation's bundles, the sample)
 * are one entry per enterprise listing the keys it stored, not one entry per row; rows the same write
 * replaced still get their own entry with the row before and after. Why: what was stored is the rows
 * themselves, and any later edit or delete of one records that row's before; copying 50,000 imported
 * rows into the trail doubled the import's cost (issue 7's benchmark) and buried a history meant to be
 * read by people under thousands of identical lines.
 */
function importEntries(table: string, created: readonly { readonly key: unknown; readonly row: unknown }[], at: string): AuditRow[] {
  const byEnterprise = new Map<string | null, string[]>();
  for (const { key, row } of created) {
    const owner = enterpriseOf(table, key, row);
    const list = byEnterprise.get(owner);
    if (list) list.push(String(key));
    else byEnterprise.set(owner, [String(key)]);
  }
  return [...byEnterprise].map(([enterpriseId, list]) => ({
    at, table, key: list[0]!, keys: list, enterpriseId, action: 'import', role: actorRole, before: null, after: null,
  }));
}

export function auditMiddleware(clock: () => string = () => new Date().toISOString()): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'wagedesk-audit',
    // Directly on IndexedDB, below Dexie's own middlewares (levels 0–2), which read Dexie's transaction
    // zone: this one awaits native promises between its reads and writes, so it must sit where no
    // zone is needed.
    level: -1,
    create(down) {
      return {
        ...down,
        transaction(stores, mode, options) {
          const audited = mode === 'readwrite' && !stores.includes('audit') && stores.some((name) => !UNAUDITED.has(name));
          const widened = audited ? [...stores, 'audit', ...(stores.includes('meta') ? [] : ['meta'])] : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (UNAUDITED.has(name)) return table;
          return {
            ...table,
            async mutate(req) {
              // Schema upgrades run in 'versionchange' transactions where `audit` may not exist yet.
              const mode = (req.trans as unknown as { mode?: string }).mode;
              if (suspended > 0 || mode !== 'readwrite') return table.mutate(req);
              // An add cannot replace a row (it fails on a held key), so there is nothing before it, and what
              // it stored is its values: bulk imports of new rows skip both reads (issue 7's benchmark).
              const addKeys = req.type === 'add' ? rowKeys(table, req) : [];
              const added = req.type === 'add' && addKeys.length === req.values.length && addKeys.every((k) => k !== undefined);
              const before = added ? { keys: addKeys, rows: [] } : await rowsBefore(table, req.trans, req, rowKeys(table, req));
              const response = await table.mutate(req);
              const keys = before.keys.length > 0 || req.type === 'deleteRange' ? before.keys : rowKeys(table, req).filter((k) => k !== undefined);
              // A row the add refused (held key) is in `failures` and stored nothing: no entry for it.
              // A whole-row put stores exactly its values too (in key order, as `keys` is): no read after it.
              const stored = added || (req.type === 'put' && !req.updates && keys.length === req.values.length);
              const after = stored
                ? req.values.map((value, i) => (response.failures[i] ? undefined : value))
                : req.type === 'delete' || req.type === 'deleteRange' ? keys.map(() => undefined) : await table.getMany({ trans: req.trans, keys });
              const at = clock();
              const redact = REDACTED[name] ?? ((row: unknown) => row);
              const entry = (key: unknown, was: unknown, now: unknown): AuditRow => ({
                at, table: name, key: String(key), enterpriseId: enterpriseOf(name, key, now ?? was),
                action: auditAction(was, now), role: actorRole,
                before: was === undefined ? null : redact(was), after: now === undefined ? null : redact(now),
              });
              const entries: AuditRow[] = [];
              const created: { key: unknown; row: unknown }[] = [];
              keys.forEach((key, i) => {
                const was = req.type === 'add' ? undefined : before.rows[i];
                const now = after[i];
                if (was === undefined && now === undefined) return;
                if (was === undefined) created.push({ key, row: now });
                else if (JSON.stringify(was) !== JSON.stringify(now)) entries.push(entry(key, was, now));
              });
              // One new row is a 'create' with its content; several new rows from one write are an import.
              if (created.length > 1) entries.unshift(...importEntries(name, created, at));
              else if (created.length === 1) entries.unshift(entry(created[0]!.key, undefined, created[0]!.row));
              if (entries.length > 0) await auditAppend(down, req.trans, entries);
              return response;
            },
          };
        },
      };
    },
  };
}
