// Importing bundles into a registry: idempotent, newer versions supersede with history kept, older ones
// become history, conflicts refuse the whole import.
import { describe, expect, it } from 'vitest';
import { agreementVersionNew, type AgreementContent } from '../../../shared/bundle/agreement';
import type { BundleContents } from '../../../shared/bundle/contents';
import { bundleImportApply, bundleImportPlan, bundleImportPlanAll } from '../../../shared/bundle/importPlan';
import { registryAgreementCurrent, registryEmpty, type BundleRegistry } from '../../../shared/bundle/registry';
import { referenceAgreementId, referenceContents, unwrap } from './fixtures';

function imported(registry: BundleRegistry, contents: BundleContents): BundleRegistry {
  return bundleImportApply(registry, unwrap(bundleImportPlan(registry, contents)));
}

function raised(content: AgreementContent, fen: number): AgreementContent {
  return { ...content, figures: content.figures.map((f) => (f.key === 'baseWageMonthlyFen' ? { ...f, value: fen } : f)) };
}

/** The reference bundle and one whose only agreement version is v2 (base wage 2100). */
async function twoVersions() {
  const first = await referenceContents();
  const { previous, next } = unwrap(await agreementVersionNew(first.agreements[0]!, raised(first.agreements[0]!.content, 210_000)));
  return { first, previous, next, second: { ...first, agreements: [next] } };
}

describe('bundle import', () => {
  it('adds a new enterprise and agreement to an empty registry', async () => {
    const contents = await referenceContents();
    const plan = unwrap(bundleImportPlan(registryEmpty(), contents));
    expect(plan.changes.map((c) => c.kind)).toEqual(['enterpriseNew', 'agreementNew']);
    const registry = bundleImportApply(registryEmpty(), plan);
    expect(Object.keys(registry.enterprises)).toEqual([contents.enterprise.profile.creditCode]);
    expect(registryAgreementCurrent(registry.agreements[referenceAgreementId]!)).toEqual(contents.agreements[0]);
  });

  it('changes nothing when the same bundle is imported twice', async () => {
    const contents = await referenceContents();
    const once = imported(registryEmpty(), contents);
    const again = unwrap(bundleImportPlan(once, contents));
    expect(again.changes).toEqual([]);
    expect(bundleImportApply(once, again)).toBe(once);
  });

  it('lets a newer version supersede the current one, keeping the older as voided history', async () => {
    const { first, second, next } = await twoVersions();
    const registry = imported(registryEmpty(), first);
    const plan = unwrap(bundleImportPlan(registry, second));
    expect(plan.changes).toEqual([{ kind: 'versionSupersedes', version: next, supersedes: 1, dropsWitness: false }]);
    const after = bundleImportApply(registry, plan);
    const versions = after.agreements[referenceAgreementId]!.versions;
    expect(versions.map((v) => [v.version, v.voided])).toEqual([[1, true], [2, false]]);
    expect(versions[0]!.signatures).toEqual(first.agreements[0]!.signatures);
    expect(unwrap(bundleImportPlan(after, second)).changes).toEqual([]);
  });

  it('keeps an older version than the current one as history, not current', async () => {
    const { first, second } = await twoVersions();
    const registry = imported(registryEmpty(), second);
    const plan = unwrap(bundleImportPlan(registry, first));
    expect(plan.changes.map((c) => c.kind)).toEqual(['versionHistory']);
    const after = bundleImportApply(registry, plan);
    expect(registryAgreementCurrent(after.agreements[referenceAgreementId]!).version).toBe(2);
    expect(after.agreements[referenceAgreementId]!.versions.map((v) => [v.version, v.voided])).toEqual([[1, true], [2, false]]);
  });

  it('gives the same registry whichever order two versions arrive in', async () => {
    const { first, second } = await twoVersions();
    expect(imported(imported(registryEmpty(), first), second)).toEqual(imported(imported(registryEmpty(), second), first));
  });

  it('refuses the whole import when a version held differs from the one in the bundle', async () => {
    const { first, next } = await twoVersions();
    const registry = imported(registryEmpty(), first);
    const conflicting = { ...first, agreements: [{ ...next, version: 1 }] };
    const plan = bundleImportPlan(registry, conflicting);
    expect(plan.ok ? 'ok' : plan.error).toMatchObject({ code: 'import.versionConflict', params: { agreementId: referenceAgreementId, version: 1 } });
  });

  it('records a changed profile field by name', async () => {
    const contents = await referenceContents();
    const registry = imported(registryEmpty(), contents);
    const moved = { ...contents, enterprise: { ...contents.enterprise, profile: { ...contents.enterprise.profile, headcount: 130 } } };
    const plan = unwrap(bundleImportPlan(registry, moved));
    expect(plan.changes).toMatchObject([{ kind: 'enterpriseUpdated', fields: ['headcount'] }]);
    expect(bundleImportApply(registry, plan).enterprises[contents.enterprise.profile.creditCode]!.enterprise.profile.headcount).toBe(130);
  });
  it('plans a batch in order, each bundle seeing the ones before it, and leaves the registry given untouched', async () => {
    const { first, second } = await twoVersions();
    const start = registryEmpty();
    const batch = bundleImportPlanAll(start, [first, second, first]);
    if (!batch.ok) throw new Error(batch.error.message);
    expect(batch.plans.map((p) => p.changes.map((c) => c.kind))).toEqual([['enterpriseNew', 'agreementNew'], ['versionSupersedes'], []]);
    expect(batch.registry).toEqual(imported(imported(start, first), second));
    expect(start).toEqual(registryEmpty());
  });

  it('sees its own earlier versions within one bundle (v1 and v2 together)', async () => {
    const { first, previous, next } = await twoVersions();
    const plan = unwrap(bundleImportPlan(registryEmpty(), { ...first, agreements: [next, previous] }));
    expect(plan.changes.map((c) => c.kind)).toEqual(['enterpriseNew', 'agreementNew', 'versionSupersedes']);
  });

  it('names the refused bundle of a batch by its index, and applies none of it', async () => {
    const { first, next } = await twoVersions();
    const conflicting = { ...first, agreements: [{ ...next, version: 1 }] };
    const batch = bundleImportPlanAll(registryEmpty(), [first, conflicting]);
    expect(batch.ok ? 'ok' : { index: batch.index, code: batch.error.code }).toEqual({ index: 1, code: 'import.versionConflict' });
  });
});
