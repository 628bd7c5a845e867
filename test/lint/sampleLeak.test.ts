// The built-in sample is data (shared/sample/) and nothing else may know it: no file outside the sample
// and the tests names its company, carries its credit code, or asks whether an enterprise is the sample.
// Code that does treats one enterprise differently from a user's, which is what the round rework removed.
// Files are what git tracks plus untracked ones it does not ignore, so build output and node_modules are
// never read.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceCreditCode } from '../../shared/sample/referenceEnterprise';

const allowed = /^(shared\/sample|test|node_modules|dist|out|reports|test-results)\//;

/** Words that give the sample away; the credit code is computed, so a changed placeholder is still found. */
const leaks: readonly string[] = ['福建隆祥皮革有限公司', '隆祥', referenceCreditCode, 'referenceCreditCode', 'enterpriseIsReference'];

function repositoryFiles(): string[] {
  const list = (...args: string[]) => execFileSync('git', ['ls-files', '-z', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\0').filter(Boolean);
  // Tracked files deleted in the working tree are still listed by git; they are gone, so they are skipped.
  return [...new Set([...list(), ...list('--others', '--exclude-standard')])].filter((path) => existsSync(path) && statSync(path).isFile()).sort();
}

/** Each file outside the allowed folders that mentions a leak word, with the words it mentions. */
function sampleLeaks(): string[] {
  return repositoryFiles()
    .filter((path) => !allowed.test(path))
    .flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const found = leaks.filter((word) => text.includes(word));
      return found.length > 0 ? [`${path}: ${found.join(', ')}`] : [];
    });
}

describe('the sample stays in shared/sample', () => {
  it('knows what to look for', () => {
    expect(referenceCreditCode).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
    expect(repositoryFiles()).toContain('shared/sample/referenceEnterprise.ts');
  });

  it('is not named, nor its credit code carried, nor asked about anywhere else', () => {
    expect(sampleLeaks()).toEqual([]);
  });
});
