import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCommand } from '../../cli/commands/bundleCommands';
import { sectorCommand } from '../../cli/commands/sector';
import { sectorBundleOpen } from '../../shared/bundle/sectorBundle';
import { witnessIdentityCreate } from '../../shared/witness/identity';
import { sector } from '../shared/sector/sectorFixtures';
import { cliTestIo } from './cliTestIo';

describe('cli sector bundle, verify and check of a sector bundle', () => {
  it('freezes an unsigned agreement on the day given, witness-signs it, and the file verifies and is checked against', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wagedesk-sector-bundle-'));
    const out = join(dir, 'longan.wdbundle');
    const keyPath = join(dir, 'witness.json');
    const identity = await witnessIdentityCreate('福鼎市总工会');
    writeFileSync(keyPath, JSON.stringify(identity));
    const file = JSON.stringify(sector());

    const unsigned = cliTestIo({ 'sector.json': file });
    expect(await sectorCommand.run(['bundle', 'sector.json', '--out', out], unsigned.io)).toBe(1);
    expect(unsigned.err.join('\n')).toContain('--signed-at');

    const made = cliTestIo({ 'sector.json': file });
    expect(await sectorCommand.run(['bundle', 'sector.json', '--out', out, '--signed-at', '2020-06-28', '--sign-key', keyPath], made.io)).toBe(0);
    expect(made.out.join('\n')).toContain('见证签名 1 个');
    const opened = await sectorBundleOpen(new Uint8Array(readFileSync(out)));
    expect(opened.ok && opened.value.contents.agreement.signedAt).toBe('2020-06-28');

    const trust = join(dir, 'keys.json');
    writeFileSync(trust, JSON.stringify([{ name: identity.name, publicKeyHex: identity.publicKeyHex }]));
    const verified = cliTestIo();
    expect(await verifyCommand.run([out, '--trust', trust], verified.io)).toBe(0);
    const text = verified.out.join('\n');
    expect(text).toContain('行业合同报送包完好');
    expect(text).toContain('签署文本已冻结');
    expect(text).toContain('受信任的总工会见证');

    // The bundle stands in for the sector file: no member has its own agreement here, so all are covered by it alone.
    const checked = cliTestIo();
    expect(await sectorCommand.run(['check', out], checked.io)).toBe(0);
    expect(checked.out.join('\n')).toContain('龙安开发区合成革行业工资专项集体合同');
  });

  it('refuses a damaged sector bundle in verify and in check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wagedesk-sector-bundle-'));
    const out = join(dir, 'longan.wdbundle');
    expect(await sectorCommand.run(['bundle', 'sector.json', '--out', out, '--signed-at', '2020-06-28'], cliTestIo({ 'sector.json': JSON.stringify(sector()) }).io)).toBe(0);
    const bytes = readFileSync(out);
    bytes[bytes.length - 5]! ^= 0xff;
    writeFileSync(out, bytes);
    const verified = cliTestIo();
    expect(await verifyCommand.run([out], verified.io)).toBe(1);
    const checked = cliTestIo();
    expect(await sectorCommand.run(['check', out], checked.io)).toBe(1);
    expect(checked.err.join('\n')).toContain('bundle.damaged');
  });
});
