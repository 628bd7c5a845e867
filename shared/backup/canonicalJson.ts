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
//   would turn them into something else and the hash would then describe data nobody stored.
import { resultErr, resultOk, type Result } from '../result';

export type CanonicalJsonErrorCode =
  | 'canonicalJson.nonFinite'
  | 'canonicalJson.undefinedInArray'
  | 'canonicalJson.unsupported'
  | 'canonicalJson.cycle';

class CanonicalJsonError extends Error {
  constructor(
    readonly code: CanonicalJsonErrorCode,
    readonly path: string,
  ) {
    super(`${code} at ${path || '(root)'}`);
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function write(value: unknown, path: string, open: Set<object>, out: string[]): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('canonicalJson.nonFinite', path);
      out.push(JSON.stringify(value));
      return;
    case 'object':
      break;
    default:
      // undefined at the top or as an array element, bigint, function, symbol.
      throw new CanonicalJsonError(value === undefined ? 'canonicalJson.undefinedInArray' : 'canonicalJson.unsupported', path);
  }
  if (value === null) {
    out.push('null');
    return;
  }
  if (open.has(value)) throw new CanonicalJsonError('canonicalJson.cycle', path);
  open.add(value);
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, index) => {
      if (index > 0) out.push(',');
      write(item, `${path}[${index}]`, open, out);
    });
    out.push(']');
  } else {
    if (!isPlainObject(value)) throw new CanonicalJsonError('canonicalJson.unsupported', path);
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    out.push('{');
    keys.forEach((key, index) => {
      if (index > 0) out.push(',');
      out.push(JSON.stringify(key), ':');
      write(record[key], path ? `${path}.${key}` : key, open, out);
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
    write(value, '', new Set(), out);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return resultErr(error.code, error.message, { path: error.path });
    throw error;
  }
  return resultOk(out.join(''));
}
