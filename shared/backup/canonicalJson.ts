// Canonical JSON: one byte-exact text for one value, so a hash of it means "this data" and nothing
// about how it was written. Used for backup checksums and, later, for hashing signed agreements.
//
// The rules (compatible with RFC 8785 "JSON Canonicalization Scheme" for the values accepted here):
// - object keys sorted by UTF-16 code units (JavaScript's default sort), recursively;
// - arrays keep their order;
// - no whitespace;
// - strings and numbers written as JSON.stringify writes them (ECMAScript number-to-string, so 1.0 is "1"
//   and -0 is "0");
// - an object property whose value is undefined is dropped (JSON has no undefined);
// - refused, never silently changed: NaN and ±Infinity, undefined inside an array, bigint, functions,
//   symbols, cycles, and objects that are not plain (Date, Map, class instances…), because JSON.stringify
//   would turn them into something else and the hash would then describe data nobody stored;
// - refused: arrays and objects nested deeper than jsonDepthMax (jsonDepth.ts), before the recursion
//   below could overflow the stack (about 4 000 levels) and throw instead of answering.
import { resultErr, resultOk, type Result } from '../result';
import { jsonDepthMax } from './jsonDepth';

export type CanonicalJsonErrorCode =
  | 'canonicalJson.nonFinite'
  | 'canonicalJson.undefinedInArray'
  | 'canonicalJson.unsupported'
  | 'canonicalJson.cycle'
  | 'canonicalJson.tooDeep';

class CanonicalJsonError extends Error {
  readonly path: string;
  constructor(
    readonly code: CanonicalJsonErrorCode,
    at: readonly (string | number)[],
  ) {
    const path = pathText(at);
    super(`${code} at ${path || '(root)'}`);
    this.path = path;
  }
}

/** `rows[3].headcount` from ['rows', 3, 'headcount']. */
function pathText(at: readonly (string | number)[]): string {
  return at.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key), '');
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * `at`: the keys and indexes from the root to `value`, one shared stack (its length is the number of
 * arrays and objects around `value`); the path text is made only for an error, because building it for
 * every value was most of the time on a table of millions of rows.
 */
function write(value: unknown, at: (string | number)[], open: Set<object>, out: string[]): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('canonicalJson.nonFinite', at);
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      // undefined at the top or as an array element (a hole included), bigint, function, symbol.
      throw new CanonicalJsonError(value === undefined ? 'canonicalJson.undefinedInArray' : 'canonicalJson.unsupported', at);
  }
  if (value === null) {
    out.push('null');
    return;
  }
  if (open.has(value)) throw new CanonicalJsonError('canonicalJson.cycle', at);
  if (at.length >= jsonDepthMax) throw new CanonicalJsonError('canonicalJson.tooDeep', at);
  open.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out.push(',');
      at.push(index);
      write(value[index], at, open, out);
      at.pop();
    }
    out.push(']');
  } else {
    if (!isPlainObject(value)) throw new CanonicalJsonError('canonicalJson.unsupported', at);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    out.push('{');
    keys.forEach((key, index) => {
      if (index > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      at.push(key);
      write(record[key], at, open, out);
      at.pop();
    });
    out.push('}');
  }
  open.delete(value);
}

/**
 * The canonical JSON text of `value`, or an error naming the rule broken and where
 * (params.path, e.g. `rows[3].headcount`).
 */
export function canonicalJson(value: unknown): Result<string> {
  if (value === undefined) return resultErr('canonicalJson.unsupported', 'undefined has no JSON form', { path: '' });
  const out: string[] = [];
  try {
    write(value, [], new Set(), out);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return resultErr(error.code, error.message, { path: error.path });
    throw error;
  }
  return resultOk(out.join(''));
}
