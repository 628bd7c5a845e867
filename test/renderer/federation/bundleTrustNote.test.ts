// The import preview with the trust model: a bundle from another key than the one pinned within the same
// batch is held, and a decision taken on screen plans it as the import will apply it.
import { describe, expect, it } from 'vitest';
import { agreementVersionNew } from '../../../shared/bundle/agreement';
import { bundleSign } from '../../../shared/bundle/enterpriseSignature';
import { bundleBuild } from '../../../shared/bundle/format';
import { registryEmpty } from '../../../shared/bundle/registry';
import { witnessIdentityCreate } from '../../../shared/witness/identity';
import { decisionsOf, trustInput } from '../../../renderer/features/federation/BundleTrustNote';
import { importPreview, pickedOpen, type PickedFile } from '../../../renderer/features/federation/importFiles';
import { okValue } from '../db/testDb';
import { variantContents } from './bundles';

async function picked(id: number, bytes: Uint8Array): Promise<PickedFile> {
  return { id, name: `${id}.wdbundle`, bytes: null, state: await pickedOpen(bytes) };
}

describe('import preview and key decisions', () => {
  it('holds the second key for one enterprise, and plans it as pinned once accepted', async () => {
    const bundle = await variantContents({ serial: 9 });
    const [k1, k2] = [await witnessIdentityCreate('企业'), await witnessIdentityCreate('企业')];
    const v1 = bundle.agreements[0]!;
    const next = okValue(await agreementVersionNew(v1, { ...v1.content, title: `${v1.content.title}（修订）` }));
    const first = okValue(await bundleBuild(await bundleSign(bundle, k1)));
    const second = okValue(await bundleBuild(await bundleSign({ ...bundle, agreements: [next.previous, next.next] }, k2)));
    const files = [await picked(1, first), await picked(2, second)];
    const held = importPreview(registryEmpty(), files);
    expect(held.plans.map((p) => p.plan.trust.kind)).toEqual(['pinNew', 'held']);
    const code = bundle.enterprise.profile.creditCode;
    const decided = { [code]: { choice: 'accept' as const, keyHex: k2.publicKeyHex } };
    expect(importPreview(registryEmpty(), files, trustInput([], decided)).plans.map((p) => p.plan.trust.kind)).toEqual(['pinNew', 'pinNew']);
    expect(decisionsOf(decided)).toEqual({ accept: { [code]: k2.publicKeyHex }, refuse: {} });
    expect(decisionsOf({})).toBeUndefined();
  });
});
