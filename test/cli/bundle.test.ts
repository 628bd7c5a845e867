// `bundle`, `verify` and `witness-key`: exit codes and what they print.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCommandWith } from '../../cli/commands/bundleCommands';
import { cliMain } from '../../cli/main';
import { envelopeOpen, envelopeWrap } from '../../shared/bundle/envelope';
import { caseFileParseText } from '../../shared/case/caseFile';
import type { IsoDate } from '../../shared/dates/isoDate';
import { caseContextOf } from '../../templates/case/fromFile';
import { caseBundleContents } from '../../templates/caseBundle';
import { cliTestIo } from './cliTestIo';
import { zhejiangCaseText, zhejiangName } from './zhejiangCase';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wagedesk-bundle-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const t = cliTestIo();
  const code = await cliMain(argv, t.io);
  return { code, out: t.out.join('\n'), err: t.err.join('\n') };
}

describe('bundle and verify', () => {
  it("exports the sample's bundle (its latest round's agreement frozen as version 1) and verifies it with exit 0 and a summary", async () => {
    const file = join(dir, 'sample.wdbundle');
    const made = await run('bundle', '--sample', '--out', file);
    expect(made.code).toBe(0);
    expect(made.out).toContain('bundle written');
    expect(made.out).toMatch(/ {2}wage-agreement-ref-2021-1 v1: 指纹 fingerprint [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4} \(本次按当前文本冻结，未签署 frozen here/);
    const verified = await run('verify', file);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('协议包完好 / bundle intact');
    expect(verified.out).toContain('福建隆祥皮革有限公司');
    expect(verified.out).toMatch(/指纹 fingerprint: [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(verified.out).toContain('签名 signatures: 无 none');
  });

  it('bundles a round of the sample picked with --round', async () => {
    const made = await run('bundle', '--sample', '--round', 'ref-2020-jr', '--out', join(dir, 'jr.wdbundle'));
    expect(made.code).toBe(0);
    expect(made.out).toContain('job-retention-ref-2020-jr v1');
  });

  it("bundles a user's case file, dated by the clock it is given", async () => {
    const file = join(dir, 'zj.wdbundle');
    const t = cliTestIo({ 'zj.json': zhejiangCaseText() });
    const clock = () => new Date('2022-02-20T08:00:00.000Z');
    expect(await bundleCommandWith(clock).run(['zj.json', '--out', file], t.io)).toBe(0);
    expect(t.out.join('\n')).toContain('wage-agreement-zj-2022-1 v1');
    const verified = await run('verify', file);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain(`企业 enterprise: ${zhejiangName}`);
    expect(verified.out).toContain('2022-02-20T08:00:00.000Z');
    expect(verified.out).not.toContain('隆祥');
  });

  it('carries the versions a case file already holds instead of freezing again', async () => {
    const parsed = caseFileParseText(zhejiangCaseText());
    if (!parsed.ok) throw new Error(parsed.error.code);
    const ctx = caseContextOf(parsed.value);
    if (!ctx.ok) throw new Error(ctx.error.code);
    const first = await caseBundleContents(parsed.value, ctx.value, { createdAt: '2022-02-18T10:00:00+08:00', today: '2022-02-18' as IsoDate });
    if (!first.ok) throw new Error(first.error.code);
    const frozen = first.value.agreements[0]!;
    const withVersion = { ...JSON.parse(zhejiangCaseText()), agreements: [frozen] };
    const t = cliTestIo({ 'c.json': JSON.stringify(withVersion) });
    expect(await cliMain(['bundle', 'c.json', '--out', join(dir, 'carried.wdbundle')], t.io)).toBe(0);
    expect(t.out).toContain(`  ${frozen.agreementId} v1: 指纹 fingerprint ${frozen.fingerprint.slice(0, 4)}-${frozen.fingerprint.slice(4, 8)}-${frozen.fingerprint.slice(8, 12)}-${frozen.fingerprint.slice(12, 16)} (签名 0 个 signatures)`);
  });

  it('exits 1 and says what is missing when the agreement cannot be made yet', async () => {
    const c = JSON.parse(zhejiangCaseText());
    c.round.details.payday = null;
    c.round.details.signingPlace = '';
    const t = cliTestIo({ 'c.json': JSON.stringify(c) });
    expect(await cliMain(['bundle', 'c.json', '--out', join(dir, 'never.wdbundle')], t.io)).toBe(1);
    expect(t.err[0]).toBe('无法制作协议包：协议文本尚不能生成 wage-agreement（工资专项集体合同）：缺少 工资支付日（字段 round.details.payday）、签订地点（字段 round.details.signingPlace）');
    expect(t.err[1]).toBe('no bundle: the agreement cannot be made yet wage-agreement: missing the payday [payday], where it is signed [signingPlace]');
    await expect(stat(join(dir, 'never.wdbundle'))).rejects.toThrow();
  });

  it('refuses a file with one flipped byte with exit 1, in Chinese and English', async () => {
    const file = join(dir, 'flipped.wdbundle');
    await run('bundle', '--sample', '--out', file);
    const bytes = await readFile(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    await writeFile(file, bytes);
    const verified = await run('verify', file);
    expect(verified.code).toBe(1);
    expect(verified.err).toContain('错误：文件已损坏或被改动');
    expect(verified.err).toContain('error: the file is damaged or was changed');
    expect(verified.err).toContain('bundle.damaged');
  });

  it('refuses a truncated file with exit 1 naming truncation', async () => {
    const file = join(dir, 'cut.wdbundle');
    await run('bundle', '--sample', '--out', file);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 100));
    const verified = await run('verify', file);
    expect(verified.code).toBe(1);
    expect(verified.err).toContain('bundle.truncated');
  });

  it('refuses a bundle nested 5 000 levels deep with exit 1 naming it, not with a stack overflow', async () => {
    const file = join(dir, 'deep.wdbundle');
    await run('bundle', '--sample', '--out', file);
    const opened = await envelopeOpen(await readFile(file));
    if (!opened.ok) throw new Error(opened.error.code);
    const entries = unzipSync(opened.value.zip);
    entries['manifest.json'] = strToU8(strFromU8(entries['manifest.json']!).replace('{', `{"deep":${'['.repeat(5000)}${']'.repeat(5000)},`));
    const wrapped = await envelopeWrap(zipSync(entries));
    if (!wrapped.ok) throw new Error(wrapped.error.code);
    await writeFile(file, wrapped.value);
    const verified = await run('verify', file);
    expect(verified.code).toBe(1);
    expect(verified.err).toContain('bundle.tooDeep');
    expect(verified.err).toContain('嵌套层数过多');
    expect(verified.err).not.toContain('Maximum call stack');
  });

  it('encrypts with --password and tells a wrong or missing password apart', async () => {
    const file = join(dir, 'secret.wdbundle');
    expect((await run('bundle', '--sample', '--out', file, '--password', 'pw-福鼎', '--iterations', '2000')).code).toBe(0);
    const good = await run('verify', file, '--password', 'pw-福鼎');
    expect(good.code).toBe(0);
    expect(good.out).toContain('已加密 encrypted');
    const wrong = await run('verify', file, '--password', 'nope');
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('密码错误（文件本身完好）');
    const missing = await run('verify', file);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('bundle.passwordRequired');
  });

  it('exits 1 on a file it cannot read or an invalid case file, and 2 on bad arguments', async () => {
    expect((await run('verify', join(dir, 'absent.wdbundle'))).code).toBe(1);
    const absent = await run('bundle', join(dir, 'absent.json'), '--out', join(dir, 'x'));
    expect(absent.code).toBe(1);
    expect(absent.err).toContain('无法读取文件');
    const invalid = cliTestIo({ 'bad.json': JSON.stringify({ ...JSON.parse(zhejiangCaseText()), people: [] }) });
    expect(await cliMain(['bundle', 'bad.json', '--out', join(dir, 'x')], invalid.io)).toBe(1);
    expect(invalid.err).toEqual([expect.stringContaining('case.personUnknown')]);
    expect((await run('verify')).code).toBe(2);
    expect((await run('bundle', '--out', join(dir, 'x'))).code).toBe(2);
    expect((await run('bundle', '--sample')).code).toBe(2);
    const both = await run('bundle', 'case.json', '--sample', '--out', join(dir, 'x'));
    expect(both.code).toBe(2);
    expect(both.err).toContain('usage: bundle');
  });
});

describe('witness-key', () => {
  it('writes an identity file readable by its owner only, warns about the private key, prints the public key', async () => {
    const file = join(dir, 'witness.json');
    const made = await run('witness-key', '--out', file, '--name', '福鼎市总工会');
    expect(made.code).toBe(0);
    expect(made.err).toContain('PRIVATE key');
    const exported = JSON.parse(made.out) as Record<string, string>;
    expect(Object.keys(exported).sort()).toEqual(['fingerprint', 'name', 'publicKeyHex']);
    const identity = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    expect(identity.publicKeyHex).toBe(exported.publicKeyHex);
    expect(identity.privateKeyHex).toMatch(/^[0-9a-f]{64}$/);
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0);
  });

  it('never overwrites an existing file', async () => {
    const file = join(dir, 'existing.json');
    await writeFile(file, 'keep me');
    expect((await run('witness-key', '--out', file)).code).toBe(1);
    expect(await readFile(file, 'utf8')).toBe('keep me');
  });
});
