// The "done when": a bundle exported from the reference case imports into a fresh profile as
// the federation, verifies, gets witnessed, and round-trips back to the enterprise.
import { describe, expect, it } from 'vitest';
import { bundleBuild, bundleOpen, bundleRead } from '../../../shared/bundle/format';
import { bundleImportApply, bundleImportPlan } from '../../../shared/bundle/importPlan';
import { registryAgreementCurrent, registryBundleContents, registryEmpty, registryWitnessSign } from '../../../shared/bundle/registry';
import { witnessIdentityCreate, witnessPublicKeyExport, witnessVerify } from '../../../shared/witness/identity';
import { referenceAgreementId, referenceContents, testIterations, unwrap } from './fixtures';

describe('enterprise → federation → enterprise', () => {
  it('exports, imports, witnesses and comes back with everything equal and the witness signature valid', async () => {
    const password = '隆祥-工会';
    // Enterprise: its own registry holds the agreement; it exports an encrypted bundle (representatives are personal data).
    const original = await referenceContents();
    const enterpriseRegistry = bundleImportApply(registryEmpty(), unwrap(bundleImportPlan(registryEmpty(), original)));
    const exported = unwrap(registryBundleContents(enterpriseRegistry, original.enterprise.profile.creditCode, 'enterprise', original.createdAt));
    expect(exported).toEqual(original);
    const file = unwrap(await bundleBuild(exported, { password, iterations: testIterations }));

    // Federation: a fresh profile reads, verifies and imports it.
    const received = unwrap(await bundleRead(file, password));
    expect(received).toEqual(original);
    const federationRegistry = bundleImportApply(registryEmpty(), unwrap(bundleImportPlan(registryEmpty(), received)));

    // The federation witnesses the current version with its own key.
    const identity = await witnessIdentityCreate('福鼎市总工会', '2021-01-16T08:00:00+08:00');
    const witnessed = unwrap(await registryWitnessSign(federationRegistry, identity, referenceAgreementId, '2021-01-16T09:30:00+08:00'));
    const signedVersion = registryAgreementCurrent(witnessed.agreements[referenceAgreementId]!);
    expect(signedVersion.signatures.map((s) => s.role)).toEqual(['workers_chief', 'employer_chief', 'witness']);
    const again = await registryWitnessSign(witnessed, identity, referenceAgreementId);
    expect(again.ok ? 'ok' : again.error.code).toBe('registry.alreadyWitnessed');

    // … and sends it back.
    const back = unwrap(registryBundleContents(witnessed, original.enterprise.profile.creditCode, 'federation', '2021-01-16T10:00:00+08:00'));
    const backFile = unwrap(await bundleBuild(back, { password, iterations: testIterations }));

    // Enterprise: reads it; everything it sent is unchanged, plus the witness signature and key.
    const opened = unwrap(await bundleOpen(backFile, password));
    expect(opened.contents).toEqual(back);
    expect(opened.contents.createdBy).toBe('federation');
    expect(opened.contents.enterprise).toEqual(original.enterprise);
    expect(opened.contents.recordSummary).toEqual(original.recordSummary);
    const [agreement] = opened.contents.agreements;
    const { signatures, ...rest } = agreement!;
    const { signatures: originalSignatures, ...originalRest } = original.agreements[0]!;
    expect(rest).toEqual(originalRest);
    expect(signatures.slice(0, 2)).toEqual(originalSignatures);
    const witness = signatures[2]!;
    expect(witness.kind === 'ed25519' && (await witnessVerify(witness, agreement!.fingerprint))).toBe(true);
    expect(opened.contents.witnesses).toEqual([await witnessPublicKeyExport(identity)]);

    // Importing it back adds exactly the witness key and signature; a second import changes nothing.
    const plan = unwrap(bundleImportPlan(enterpriseRegistry, opened.contents));
    expect(plan.changes.map((c) => c.kind)).toEqual(['witnessKeyNew', 'signaturesAdded']);
    const enterpriseAfter = bundleImportApply(enterpriseRegistry, plan);
    expect(enterpriseAfter.agreements).toEqual(witnessed.agreements);
    expect(unwrap(bundleImportPlan(enterpriseAfter, opened.contents)).changes).toEqual([]);
  });
});
