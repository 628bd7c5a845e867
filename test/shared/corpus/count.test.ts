// The bad-input corpus has at least 200 cases, spread over every way data gets in, each named once.
import { describe, expect, it } from 'vitest';
import { corpusAllCases } from '../../corpus/allCases';
import { corpusGroups, corpusKinds, corpusNamesUnique } from '../../corpus/corpusCase';
import { stableCode } from './corpusRun';

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

describe('the bad-input corpus', () => {
  it('holds at least 200 malformed inputs', () => {
    expect(corpusAllCases.length).toBeGreaterThanOrEqual(200);
  });

  it('covers every kind of input, forms, case files, rosters, backups and bundles with at least 20 each', () => {
    const byKind = countBy(corpusAllCases, (c) => c.kind);
    for (const kind of corpusKinds) expect(byKind[kind] ?? 0, kind).toBeGreaterThan(0);
    const byGroup = countBy(corpusAllCases, (c) => corpusGroups[c.kind]);
    for (const group of ['forms', 'case files', 'rosters', 'backups', 'bundles']) expect(byGroup[group] ?? 0, group).toBeGreaterThanOrEqual(20);
  });

  it('names each case once within its kind and expects a stable code', () => {
    expect(corpusNamesUnique(corpusAllCases)).toEqual([]);
    for (const c of corpusAllCases) expect(c.code, c.name).toMatch(stableCode);
  });
});
