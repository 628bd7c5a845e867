// Password encryption: a wrong password is told apart from a damaged file, and a bundle that needs a
// password says so.
import { describe, expect, it } from 'vitest';
import { envelopeOpen, envelopePrefixBytes, pbkdf2IterationsDefault } from '../../../shared/bundle/envelope';
import { bundleBuild, bundleOpen, bundleRead } from '../../../shared/bundle/format';
import { referenceBundleFile, referenceContents, testIterations, unwrap } from './fixtures';

const password = '福鼎-2021-春节';

async function code(file: Uint8Array, pw?: string): Promise<string> {
  const read = await bundleRead(file, pw);
  return read.ok ? 'ok' : read.error.code;
}

describe('encrypted bundles', () => {
  it('read back with the right password, recording the iteration count', async () => {
    const file = await referenceBundleFile(password);
    const opened = unwrap(await bundleOpen(file, password));
    expect(opened.encrypted).toBe(true);
    expect(opened.contents).toEqual(await referenceContents());
    expect(unwrap(await envelopeOpen(file, password)).iterations).toBe(testIterations);
  });

  it('read back from a Node Buffer as from a Uint8Array (a Buffer\'s slice is a view, not a copy)', async () => {
    const file = await referenceBundleFile(password);
    expect(await code(Buffer.from(file), password)).toBe('ok');
    expect(await code(Buffer.from(file), 'wrong')).toBe('bundle.wrongPassword');
  });

  it('carry no readable part names or text', async () => {
    const text = new TextDecoder('latin1').decode(await referenceBundleFile(password));
    expect(text).not.toContain('manifest.json');
    expect(text).not.toContain('enterprise.json');
  });

  it('refuse a wrong password as wrongPassword, and no password as passwordRequired', async () => {
    const file = await referenceBundleFile(password);
    expect(await code(file, 'wrong')).toBe('bundle.wrongPassword');
    expect(await code(file)).toBe('bundle.passwordRequired');
    expect(await code(file, '')).toBe('bundle.passwordRequired');
  });

  it('refuse damaged ciphertext, salt or iteration count as damage, whatever the password', async () => {
    const file = await referenceBundleFile(password);
    for (const position of [envelopePrefixBytes + 1, envelopePrefixBytes + 6, envelopePrefixBytes + 40, file.length - 20, file.length - 1]) {
      const damaged = file.slice();
      damaged[position]! ^= 0x10;
      expect(await code(damaged, password)).toBe('bundle.damaged');
      expect(await code(damaged, 'wrong')).toBe('bundle.damaged');
    }
  });

  it('treat the password as NFC text, so the same characters typed two ways open the bundle', async () => {
    const contents = await referenceContents();
    const file = unwrap(await bundleBuild(contents, { password: 'caf\u00e9', iterations: testIterations }));
    expect(await code(file, 'cafe\u0301')).toBe('ok');
  });

  it('refuse an empty password and an absurd iteration count when building; default to 600 000 iterations', async () => {
    const contents = await referenceContents();
    const empty = await bundleBuild(contents, { password: '' });
    expect(empty.ok ? 'ok' : empty.error.code).toBe('bundle.passwordEmpty');
    const zero = await bundleBuild(contents, { password, iterations: 0 });
    expect(zero.ok ? 'ok' : zero.error.code).toBe('bundle.iterationsInvalid');
    expect(pbkdf2IterationsDefault).toBeGreaterThanOrEqual(600_000);
  });

  it('use a fresh salt and iv each time', async () => {
    const a = await referenceBundleFile(password);
    const b = await referenceBundleFile(password);
    expect(a.subarray(envelopePrefixBytes + 4, envelopePrefixBytes + 32)).not.toEqual(b.subarray(envelopePrefixBytes + 4, envelopePrefixBytes + 32));
  });
});
