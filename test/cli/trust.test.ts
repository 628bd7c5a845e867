// `bundle --sign-key` and `verify --trust`: the enterprise's bundle signature and the witness standing
// against a keys file (docs/bundle-format.md, "Trust").
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wagedesk-trust-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const t = cliTestIo();
  const code = await cliMain(argv, t.io);
  return { code, out: t.out.join('\n'), err: t.err.join('\n') };
}

describe('trust on the command line', () => {
  it('signs a bundle as the enterprise and tells a listed key from an unknown one', async () => {
    const keyFile = join(dir, 'enterprise.json');
    const made = await run('witness-key', '--out', keyFile, '--name', '福建隆祥皮革有限公司');
    expect(made.code).toBe(0);
    const bundle = join(dir, 'signed.wdbundle');
    expect((await run('bundle', '--sample', '--out', bundle, '--sign-key', keyFile)).code).toBe(0);
    const trusted = join(dir, 'keys.json');
    await writeFile(trusted, JSON.stringify([JSON.parse(made.out)]));
    const listed = await run('verify', bundle, '--trust', trusted);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('企业签名 bundle signature: 受信任的密钥 trusted key');
    expect(listed.out).toContain('无见证签名 no witness signature');
    const empty = join(dir, 'none.json');
    await writeFile(empty, '[]');
    expect((await run('verify', bundle, '--trust', empty)).out).toContain('未知密钥 unknown key');
    expect((await run('verify', bundle, '--trust')).code).toBe(2);
    expect((await run('bundle', '--sample', '--out', join(dir, 'x.wdbundle'), '--sign-key', join(dir, 'missing.json'))).code).toBe(1);
  });
});
