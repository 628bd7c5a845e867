import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { canonicalJson } from '../../../shared/backup/canonicalJson';

function text(value: unknown): string {
  const result = canonicalJson(value);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The same value with every object's keys inserted in a shuffled order. */
function keysReordered(value: unknown, pick: (n: number) => number): unknown {
  if (Array.isArray(value)) return value.map((item) => keysReordered(item, pick));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const shuffled: [string, unknown][] = [];
  while (entries.length > 0) shuffled.push(entries.splice(pick(entries.length), 1)[0]!);
  return Object.fromEntries(shuffled.map(([key, item]) => [key, keysReordered(item, pick)]));
}

describe('canonicalJson', () => {
  it('sorts keys at every level, keeps array order and writes no whitespace', () => {
    const value = { b: { d: 1, c: [{ z: 1, a: 2 }, 3, 'x y'] }, a: '福鼎 市', ä: null, A: true };
    expect(text(value)).toBe('{"A":true,"a":"福鼎 市","b":{"c":[{"a":2,"z":1},3,"x y"],"d":1},"ä":null}');
  });

  it('orders keys by UTF-16 code units, as RFC 8785 does', () => {
    const value = { '\u20ac': 'euro', '\r': 'cr', '1': 'one', '\ud83d\ude00': 'smile', '\u00e9': 'e' };
    expect(text(value)).toBe('{"\\r":"cr","1":"one","é":"e","€":"euro","😀":"smile"}');
  });

  it('writes numbers as ECMAScript does: 1.0 is 1, -0 is 0, large and small use exponents', () => {
    expect(text([1.0, -0, 1e21, 1e-7, 0.1 + 0.2, -12.5])).toBe('[1,0,1e+21,1e-7,0.30000000000000004,-12.5]');
  });

  it('drops properties whose value is undefined', () => {
    expect(text({ a: undefined, b: 1, c: { d: undefined } })).toBe('{"b":1,"c":{}}');
  });

  it('refuses NaN and ±Infinity anywhere, naming the path', () => {
    expect(canonicalJson(NaN)).toMatchObject({ ok: false, error: { code: 'canonicalJson.nonFinite', params: { path: '' } } });
    expect(canonicalJson({ rows: [{ x: 1 }, { x: Infinity }] })).toMatchObject({
      ok: false,
      error: { code: 'canonicalJson.nonFinite', params: { path: 'rows[1].x' } },
    });
    expect(canonicalJson([-Infinity])).toMatchObject({ ok: false, error: { code: 'canonicalJson.nonFinite' } });
  });

  it('refuses what JSON would silently change: undefined in arrays, dates, maps, bigint, functions, cycles', () => {
    expect(canonicalJson([1, undefined])).toMatchObject({ ok: false, error: { code: 'canonicalJson.undefinedInArray', params: { path: '[1]' } } });
    expect(canonicalJson(undefined)).toMatchObject({ ok: false, error: { code: 'canonicalJson.unsupported' } });
    expect(canonicalJson({ at: new Date(0) })).toMatchObject({ ok: false, error: { code: 'canonicalJson.unsupported', params: { path: 'at' } } });
    expect(canonicalJson(new Map())).toMatchObject({ ok: false, error: { code: 'canonicalJson.unsupported' } });
    expect(canonicalJson({ n: 1n })).toMatchObject({ ok: false, error: { code: 'canonicalJson.unsupported' } });
    expect(canonicalJson({ f: () => 1 })).toMatchObject({ ok: false, error: { code: 'canonicalJson.unsupported' } });
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(canonicalJson(cyclic)).toMatchObject({ ok: false, error: { code: 'canonicalJson.cycle', params: { path: 'self' } } });
  });

  it('accepts the same object twice when it is shared, not cyclic', () => {
    const shared = { x: 1 };
    expect(text({ a: shared, b: [shared, shared] })).toBe('{"a":{"x":1},"b":[{"x":1},{"x":1}]}');
  });

  it('accepts objects without a prototype (as some parsers make them)', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(text(bare)).toBe('{"a":1,"b":2}');
  });

  it('does not depend on the order keys were inserted in', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.infiniteStream(fc.nat()), (value, picks) => {
        const iterator = picks[Symbol.iterator]();
        const reordered = keysReordered(value, (n) => iterator.next().value % n);
        expect(text(reordered)).toBe(text(value));
      }),
    );
  });

  it('is valid JSON for the same value, and stable through a JSON round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const canonical = text(value);
        // JSON has no -0: compare with the value as JSON sees it.
        expect(JSON.parse(canonical)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(text(JSON.parse(JSON.stringify(value)))).toBe(canonical);
        expect(text(JSON.parse(canonical))).toBe(canonical);
      }),
    );
  });

  it('gives equal text exactly for equal JSON values', () => {
    const jsonOf = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(text(a) === text(b)).toBe(isDeepStrictEqual(jsonOf(a), jsonOf(b)));
      }),
    );
  });
});
