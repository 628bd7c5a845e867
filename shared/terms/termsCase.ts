// The terms file the CLI reads (and the app will import and export): an enterprise's negotiated terms,
// its roster and the fulfilment ledger, with the assumptions behind any placeholder. Reading = zod shape
// check and restore, then the cross-record checks; every error is a Result naming the field.
import { z } from 'zod';
import { type Result, resultErr, resultOk } from '../result';
import { workerSchema } from '../roster/worker';
import { ledgerSchema } from './ledger';
import { termSchema } from './term';

/** The file format and its version; a later incompatible shape gets a new number. */
export const TERMS_CASE_FORMAT = 'wagedesk-terms/1';

export const termsCaseSchema = z.strictObject({
  format: z.literal(TERMS_CASE_FORMAT),
  title: z.string().max(200).default(''),
  terms: z.array(termSchema).max(500),
  roster: z.array(workerSchema).max(100_000).default([]),
  ledger: ledgerSchema.prefault({}),
  assumptions: z.array(z.strictObject({ field: z.string(), note: z.string() })).default([]),
});

export type TermsCase = z.output<typeof termsCaseSchema>;
export type TermsCaseInput = z.input<typeof termsCaseSchema>;

/** Index of the first item whose key an earlier item already had, or -1. */
function firstRepeat<T>(items: readonly T[], key: (t: T) => string): number {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    if (seen.has(key(item))) return i;
    seen.add(key(item));
  }
  return -1;
}

/**
 * Error codes (params.field is a dotted path into the file): terms.json, terms.invalid (params.issue),
 * terms.idTwice, roster.workerIdTwice, roster.idNumberTwice, ledger.unknownTerm, ledger.unknownWorker,
 * ledger.notMonetary (a money entry for leave or a commitment), ledger.leaveNotDeferred.
 */
export function termsCaseParse(input: unknown): Result<TermsCase> {
  const parsed = termsCaseSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first ? [...first.path, ...(first.code === 'unrecognized_keys' ? first.keys.slice(0, 1) : [])] : [];
    return resultErr('terms.invalid', first?.message ?? 'invalid terms file', { field: path.map(String).join('.'), issue: first?.code ?? 'unknown' });
  }
  const c = parsed.data;
  const termTwice = firstRepeat(c.terms, (t) => t.id);
  if (termTwice >= 0) return resultErr('terms.idTwice', `term id ${c.terms[termTwice]!.id} is used twice`, { field: `terms.${termTwice}.id` });
  const workerTwice = firstRepeat(c.roster, (w) => w.id);
  if (workerTwice >= 0) return resultErr('roster.workerIdTwice', `worker id ${c.roster[workerTwice]!.id} is used twice`, { field: `roster.${workerTwice}.id` });
  const idNumberTwice = firstRepeat(c.roster, (w) => w.idNumber);
  if (idNumberTwice >= 0) return resultErr('roster.idNumberTwice', 'an ID number is on two workers', { field: `roster.${idNumberTwice}.idNumber` });

  const terms = new Map(c.terms.map((t) => [t.id, t]));
  const workers = new Set(c.roster.map((w) => w.id));
  for (const [i, e] of c.ledger.entries.entries()) {
    const term = terms.get(e.termId);
    if (!term) return resultErr('ledger.unknownTerm', `no term ${e.termId}`, { field: `ledger.entries.${i}.termId` });
    if (term.kind === 'deferred_leave' || term.kind === 'commitment') {
      return resultErr('ledger.notMonetary', `${e.termId} pays no money`, { field: `ledger.entries.${i}.termId` });
    }
    if (!workers.has(e.workerId)) return resultErr('ledger.unknownWorker', `no worker ${e.workerId}`, { field: `ledger.entries.${i}.workerId` });
  }
  for (const [i, l] of c.ledger.leave.entries()) {
    if (terms.get(l.termId)?.kind !== 'deferred_leave') return resultErr('ledger.leaveNotDeferred', `${l.termId} is not a deferred-leave term`, { field: `ledger.leave.${i}.termId` });
    if (!workers.has(l.workerId)) return resultErr('ledger.unknownWorker', `no worker ${l.workerId}`, { field: `ledger.leave.${i}.workerId` });
  }
  return resultOk(c);
}

/** Reads terms-file text: terms.json when it is not JSON, otherwise as termsCaseParse. */
export function termsCaseParseText(text: string): Result<TermsCase> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return resultErr('terms.json', `not JSON: ${error instanceof Error ? error.message : String(error)}`, { field: '' });
  }
  return termsCaseParse(value);
}
