// `bundle`, `verify` and `witness-key`: exit codes and what they print.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

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
  it('exports the reference bundle and verifies it with exit 0 and a summary', async () => {
    const file = join(dir, 'sample.wdbundle');
    const made = await run('bundle', '--sample', '--out', file);
    expect(made.code).toBe(0);
    expect(made.out).toContain('bundle written');
    const verified = await run('verify', file);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('协议包完好 / bundle intact');
    expect(verified.out).toContain('福建隆祥皮革有限公司');
    expect(verified.out).toMatch(/指纹 fingerprint: [0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(verified.out).toContain("workers' chief 吴华贵");
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

  it('exits 1 on a file it cannot read, and 2 on bad arguments', async () => {
    expect((await run('verify', join(dir, 'absent.wdbundle'))).code).toBe(1);
    expect((await run('verify')).code).toBe(2);
    expect((await run('bundle', '--out', join(dir, 'x'))).code).toBe(2);
    const positional = await run('bundle', 'case.json', '--out', join(dir, 'x'));
    expect(positional.code).toBe(2);
    expect(positional.err).toContain('only --sample is supported for now');
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
