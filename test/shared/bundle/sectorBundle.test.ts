import { describe, expect, it } from 'vitest';
import { bundleOpen } from '../../../shared/bundle/format';
import { sectorBundleBuild, sectorBundleContentsOf, sectorBundleOpen } from '../../../shared/bundle/sectorBundle';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { sectorFingerprint } from '../../../shared/sector/sectorFingerprint';
import { witnessIdentityCreate, witnessSign } from '../../../shared/witness/identity';
import { sectorFreeze } from '../../../templates/sector/sectorFreeze';
import { sector } from '../sector/sectorFixtures';
import { bundleEntries, bundleFromEntries, bytesOf, jsonOf, manifestReseal, referenceBundleFile, unwrap } from './fixtures';

const createdAt = '2020-06-28T10:00:00+08:00';

async function witnessed() {
  const frozen = await sectorFreeze(sector(), '2020-06-28' as IsoDate);
  const identity = await witnessIdentityCreate('福鼎市总工会', createdAt);
  const signature = await witnessSign(identity, frozen.fingerprint!, createdAt);
  return { agreement: { ...frozen, signatures: [signature] }, identity };
}

describe('sector bundle', () => {
  it('carries a signed sector agreement with its frozen text and witness keys, and reads back the same', async () => {
    const { agreement, identity } = await witnessed();
    const file = unwrap(await sectorBundleBuild(await sectorBundleContentsOf(agreement, createdAt)));
    const opened = unwrap(await sectorBundleOpen(file));
    expect(opened.contents.agreement).toEqual(agreement);
    expect(opened.contents.agreement.frozenDocument).not.toBeNull();
    expect(opened.contents.witnesses.map((w) => w.publicKeyHex)).toEqual([identity.publicKeyHex]);
    // The same contents give the same bytes.
    expect(unwrap(await sectorBundleBuild(await sectorBundleContentsOf(agreement, createdAt)))).toEqual(file);
  });

  it('is told apart from an enterprise bundle by either reader, with a code that says which it is', async () => {
    const { agreement } = await witnessed();
    const file = unwrap(await sectorBundleBuild(await sectorBundleContentsOf(agreement, createdAt)));
    const asEnterprise = await bundleOpen(file);
    expect(asEnterprise.ok ? null : asEnterprise.error.code).toBe('bundle.sectorBundle');
    const asSector = await sectorBundleOpen(await referenceBundleFile());
    expect(asSector.ok ? null : asSector.error.code).toBe('bundle.enterpriseBundle');
  });

  it('refuses a draft, an agreement changed after signing, and a signature that does not verify', async () => {
    const draft = await sectorBundleBuild({ createdAt, agreement: sector(), witnesses: [] });
    expect(draft.ok ? null : draft.error.code).toBe('bundle.partInvalid');
    const { agreement } = await witnessed();
    const changed = await sectorBundleBuild(await sectorBundleContentsOf({ ...agreement, title: '另一份合同' }, createdAt));
    expect(changed.ok ? null : changed.error.code).toBe('bundle.fingerprintMismatch');
    const forged = { ...agreement, signatures: [{ ...agreement.signatures[0]!, name: '别的总工会' }] };
    const bad = await sectorBundleBuild(await sectorBundleContentsOf(forged, createdAt));
    expect(bad.ok ? null : bad.error.code).toBe('bundle.signatureInvalid');
  });

  it('finds an edit to the agreement inside a resealed file, and a flipped byte anywhere', async () => {
    const { agreement } = await witnessed();
    const file = unwrap(await sectorBundleBuild(await sectorBundleContentsOf(agreement, createdAt)));
    const entries = await bundleEntries(file);
    const inside = jsonOf(entries['sector.json']) as { members: { headcount: number }[] };
    inside.members[0]!.headcount = 3;
    const edited = await sectorBundleOpen(await bundleFromEntries(await manifestReseal({ ...entries, 'sector.json': bytesOf(inside) })));
    expect(edited.ok ? null : edited.error.code).toBe('bundle.fingerprintMismatch');
    const flipped = new Uint8Array(file);
    flipped[flipped.length - 10]! ^= 0x01;
    const damaged = await sectorBundleOpen(flipped);
    expect(damaged.ok ? null : damaged.error.code).toBe('bundle.damaged');
  });

  it('still verifies an agreement signed before its text was stored (fingerprint over the data alone)', async () => {
    const old = sector({ signedAt: '2020-06-28' });
    const legacy = { ...old, fingerprint: await sectorFingerprint(old) };
    const opened = unwrap(await sectorBundleOpen(unwrap(await sectorBundleBuild({ createdAt, agreement: legacy, witnesses: [] }))));
    expect(opened.contents.agreement.frozenDocument).toBeNull();
  });
});
