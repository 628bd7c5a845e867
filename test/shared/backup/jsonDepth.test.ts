// The nesting a reader measures before anything recursive touches a file: counted without recursion,
// brackets inside strings ignored, the same count on the text and on the parsed value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/backup/canonicalJson';
import { jsonDepthMax, jsonTextTooDeep, jsonValueTooDeep } from '../../../shared/backup/jsonDepth';

const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const nestedValue = (levels: number): unknown => JSON.parse(nested(levels));

describe('jsonTextTooDeep', () => {
  it('counts arrays and objects alike, up to and past the limit', () => {
    expect(jsonTextTooDeep(nested(jsonDepthMax))).toBe(false);
    expect(jsonTextTooDeep(nested(jsonDepthMax + 1))).toBe(true);
    expect(jsonTextTooDeep('{"a":{"b":[1,{"c":[]}]}}', 5)).toBe(false);
    expect(jsonTextTooDeep('{"a":{"b":[1,{"c":[]}]}}', 4)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes and backslashes included', () => {
    expect(jsonTextTooDeep(`["${'['.repeat(100)}"]`)).toBe(false);
    expect(jsonTextTooDeep(`["\\"${'{'.repeat(100)}", "\\\\", "${'['.repeat(100)}"]`)).toBe(false);
    expect(jsonTextTooDeep(`["\\\\"${'['.repeat(100)}`)).toBe(true);
  });

  it('measures 5 000 and 1 000 000 levels without recursion (no stack overflow)', () => {
    expect(jsonTextTooDeep(nested(5000))).toBe(true);
    expect(jsonValueTooDeep(nestedValue(5000))).toBe(true);
    expect(jsonTextTooDeep(nested(1_000_000))).toBe(true);
  });

  it('agrees with the parsed value’s depth for any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 9 }), (value, max) => {
        expect(jsonTextTooDeep(JSON.stringify(value), max)).toBe(jsonValueTooDeep(value, max));
      }),
    );
  });

  it('finds each string’s end whatever runs of backslashes and quotes it holds', () => {
    const tricky = fc.string({ unit: fc.constantFrom('\\', '"', '[', '{', ']', '}', 'a') });
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.array(tricky, { maxLength: 3 })), { maxLength: 5 }), fc.integer({ min: 0, max: 3 }), (value, max) => {
        expect(jsonTextTooDeep(JSON.stringify(value), max)).toBe(jsonValueTooDeep(value, max));
      }),
    );
  });
});

describe('jsonValueTooDeep', () => {
  it('stops on a cycle instead of looping', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(jsonValueTooDeep(cyclic)).toBe(true);
    expect(jsonValueTooDeep('[[[]]]')).toBe(false);
  });
});

describe('canonicalJson past the limit', () => {
  it('refuses 5 000 levels as canonicalJson.tooDeep, and takes 64', () => {
    expect(canonicalJson(nestedValue(5000))).toMatchObject({ ok: false, error: { code: 'canonicalJson.tooDeep' } });
    expect(canonicalJson(nestedValue(jsonDepthMax))).toEqual({ ok: true, value: nested(jsonDepthMax) });
    expect(canonicalJson(nestedValue(jsonDepthMax + 1))).toMatchObject({ ok: false, error: { code: 'canonicalJson.tooDeep' } });
  });
});
