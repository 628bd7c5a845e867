// About 1 850 damaged bundles from one seed (test/shared/fuzz/bundleMutants.ts), for an agreement bundle and for a sector bundle: each ends in a named
// error code, or opens as the same bundle (damage the checks cannot see, such as a zip's timestamps) or as
// a valid one (a resealed change the checks accept). Bounds are counted, not timed: the bytes inflated for
// any zip, and nesting past the limit always refused as bundle.tooDeep. The worst case's time and memory
// are in `npm run bench` (bench/fileFuzz.ts).
import { describe, expect, it } from 'vitest';
import { bundleBuild, bundleOpen, bundleUnpackedBytesMax } from '../../../shared/bundle/format';
import type { ZipReadMeter } from '../../../shared/bundle/zipRead';
import { bundleFuzzPassword, bundleInflatedBound, bundleMutantCounts, bundleMutants, type BundleLayer } from '../fuzz/bundleMutants';
import { sectorBundleBuild, sectorBundleContentsOf, sectorBundleOpen } from '../../../shared/bundle/sectorBundle';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { witnessIdentityCreate, witnessSign } from '../../../shared/witness/identity';
import { sectorFreeze } from '../../../templates/sector/sectorFreeze';
import { sector } from '../sector/sectorFixtures';
import { referenceBundleFile, referenceContents, testIterations, unwrap } from './fixtures';

/** Every code a damaged bundle may end in; bundle.unreadable (an exception caught) is not among them. */
const namedCodes = new Set([
  'bundle.notBundle', 'bundle.truncated', 'bundle.damaged', 'bundle.tooNew', 'bundle.passwordRequired', 'bundle.wrongPassword',
  'bundle.notZip', 'bundle.tooLarge', 'bundle.manifestMissing', 'bundle.manifestDamaged', 'bundle.tooDeep', 'bundle.partMissing',
  'bundle.partDamaged', 'bundle.partUnexpected', 'bundle.partInvalid', 'bundle.fingerprintMismatch', 'bundle.signatureInvalid',
  // A manifest retagged as the other kind of bundle says so.
  'bundle.sectorBundle', 'bundle.enterpriseBundle',
]);

/** Layers whose damage leaves the manifest as written: a mutant that still opens is the original bundle. */
const sameBundleLayers: readonly BundleLayer[] = ['file', 'encrypted', 'zip', 'bomb', 'part'];

describe('bundle fuzz', () => {
  it('ends every mutant in a named error or a valid bundle, within the inflate and depth bounds', async () => {
    const valid = await referenceBundleFile();
    const encrypted = unwrap(await bundleBuild(await referenceContents(), { password: bundleFuzzPassword, iterations: testIterations }));
    const original = unwrap(await bundleOpen(valid));
    const outcomes = new Map<string, number>();
    let mutants = 0;
    let inflatedMost = 0;
    for await (const mutant of bundleMutants(valid, encrypted)) {
      mutants++;
      const meter: ZipReadMeter = { inflated: 0 };
      const opened = await bundleOpen(mutant.file, mutant.layer === 'encrypted' ? bundleFuzzPassword : undefined, meter);
      const where = `${mutant.layer}/${mutant.kind} #${mutants}`;
      if (opened.ok) {
        if (sameBundleLayers.includes(mutant.layer)) expect(opened.value.bundleHash, where).toBe(original.bundleHash);
        expect(mutant.deep, where).toBe(false);
      } else {
        expect(namedCodes.has(opened.error.code), `${where}: ${opened.error.code} ${opened.error.message}`).toBe(true);
        if (mutant.deep) expect(opened.error.code, where).toBe('bundle.tooDeep');
      }
      expect(meter.inflated, where).toBeLessThanOrEqual(bundleInflatedBound);
      inflatedMost = Math.max(inflatedMost, meter.inflated);
      const outcome = `${mutant.layer}: ${opened.ok ? 'ok' : opened.error.code}`;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    console.info([...outcomes].sort().map(([o, n]) => `${o} ×${n}`).join('\n'));
    expect(mutants).toBe(Object.values(bundleMutantCounts).reduce((a, b) => a + b, 0));
    // The bombs did reach the inflater: the bound above was tested, not skipped.
    expect(inflatedMost).toBeGreaterThan(bundleUnpackedBytesMax / 2);
    // Every layer was reached past its first check: the fuzz is not all stopped by the envelope's hash.
    const codes = new Set([...outcomes.keys()].map((o) => o.split(': ')[1]));
    for (const code of ['bundle.damaged', 'bundle.notZip', 'bundle.tooLarge', 'bundle.tooDeep', 'bundle.partDamaged', 'bundle.partInvalid', 'bundle.manifestDamaged', 'bundle.wrongPassword']) {
      expect(codes, code).toContain(code);
    }
  }, 300_000);

  it('does the same for a witness-signed sector bundle read by its own reader', async () => {
    const frozen = await sectorFreeze(sector(), '2020-06-28' as IsoDate);
    const identity = await witnessIdentityCreate('福鼎市总工会', '2020-06-28T10:00:00+08:00');
    const agreement = { ...frozen, signatures: [await witnessSign(identity, frozen.fingerprint!, '2020-06-28T10:00:00+08:00')] };
    const contents = await sectorBundleContentsOf(agreement, '2020-06-28T10:00:00+08:00');
    const valid = unwrap(await sectorBundleBuild(contents));
    const encrypted = unwrap(await sectorBundleBuild(contents, { password: bundleFuzzPassword, iterations: testIterations }));
    const original = unwrap(await sectorBundleOpen(valid));
    const codes = new Set<string>();
    for await (const mutant of bundleMutants(valid, encrypted)) {
      const meter: ZipReadMeter = { inflated: 0 };
      const opened = await sectorBundleOpen(mutant.file, mutant.layer === 'encrypted' ? bundleFuzzPassword : undefined, meter);
      const where = `${mutant.layer}/${mutant.kind}`;
      if (opened.ok) {
        if (sameBundleLayers.includes(mutant.layer)) expect(opened.value.bundleHash, where).toBe(original.bundleHash);
        expect(mutant.deep, where).toBe(false);
      } else {
        expect(namedCodes.has(opened.error.code), `${where}: ${opened.error.code} ${opened.error.message}`).toBe(true);
        if (mutant.deep) expect(opened.error.code, where).toBe('bundle.tooDeep');
        codes.add(opened.error.code);
      }
      expect(meter.inflated, where).toBeLessThanOrEqual(bundleInflatedBound);
    }
    for (const code of ['bundle.damaged', 'bundle.notZip', 'bundle.tooLarge', 'bundle.partDamaged', 'bundle.partInvalid', 'bundle.manifestDamaged', 'bundle.wrongPassword']) {
      expect(codes, code).toContain(code);
    }
  }, 300_000);
});
