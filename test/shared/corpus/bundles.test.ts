// Agreement bundles: every file that is not an intact bundle (or is opened without its password) is
// refused by bundleRead with its stable code, never thrown on, and the CLI's `verify` lines
// (cli/commands/bundleText.ts) name the problem in Chinese and in English.
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleErrorLines } from '../../../cli/commands/bundleText';
import { bundleBuild, bundleRead } from '../../../shared/bundle/format';
import { cliLineProblems } from '../../corpus/appMessages';
import { type CorpusBundles, bundleCases } from '../../corpus/bundles';
import { sampleBundleContents } from '../bundle/sampleBundle';
import { outcomeOf, refusal, stableCode } from './corpusRun';

let valid: CorpusBundles;

beforeAll(async () => {
  const contents = await sampleBundleContents();
  const password = '协商台 corpus 2021';
  const plain = await bundleBuild(contents);
  const encrypted = await bundleBuild(contents, { password, iterations: 1_000 });
  if (!plain.ok || !encrypted.ok) throw new Error('the reference bundle did not build');
  valid = { plain: plain.value, encrypted: encrypted.value, password };
});

describe('agreement bundles', () => {
  it('the valid bundles open (so each case breaks exactly one thing)', async () => {
    expect((await bundleRead(valid.plain)).ok).toBe(true);
    expect((await bundleRead(valid.encrypted, valid.password)).ok).toBe(true);
  });

  it.each(bundleCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const input = await c.input(valid);
    const error = refusal(await outcomeOf(() => bundleRead(input.bytes, input.password)));
    expect(error.code).toBe(c.code);
    expect(error.code).toMatch(stableCode);
    const [zh, en] = bundleErrorLines(error);
    expect(zh, 'no Chinese text for this code').not.toContain('协议包无效');
    expect(en, 'no English text for this code').not.toContain('invalid bundle (');
    expect(cliLineProblems(`${zh} ${en}`)).toEqual([]);
    expect(`${zh}${en}`).not.toMatch(/\{\w+\}/);
  });
});
