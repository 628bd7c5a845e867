import { describe, expect, it } from 'vitest';
import { bundleImportApply, bundleImportPlan } from '../../../shared/bundle/importPlan';
import { registryEmpty, type BundleRegistry } from '../../../shared/bundle/registry';
import type { BundleContents } from '../../../shared/bundle/contents';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import { sectorRegistryCheck } from '../../../shared/sector/registryCheck';
import { okValue } from '../../renderer/db/testDb';
import { variantContents, variantCreditCode } from '../../renderer/federation/bundles';
import { FUDING, sector } from './sectorFixtures';

function registryOf(...bundles: BundleContents[]): BundleRegistry {
  return bundles.reduce((registry, b) => bundleImportApply(registry, okValue(bundleImportPlan(registry, b))), registryEmpty());
}

const below = variantCreditCode(1);
const above = variantCreditCode(2);
const outsider = variantCreditCode(3);
const sector2026 = sector({
  id: 'longan-2026',
  signedAt: '2025-12-20',
  term: { from: '2026-01-01', to: '2026-12-31' },
  members: [
    { creditCode: below, name: '甲', regionCode: FUDING, headcount: 100 },
    { creditCode: above, name: '乙', regionCode: FUDING, headcount: 50 },
  ],
  // Above 福鼎's legal floor, so nothing but the member's own wage decides.
  standards: { minimums: [{ regionCode: FUDING, monthlyFen: 240_000 }], raiseRange: { minBp: 300, maxBp: 800 } },
});

async function registry(): Promise<BundleRegistry> {
  return registryOf(
    await variantContents({ serial: 1, baseWageFen: 230_000 }),
    await variantContents({ serial: 2, baseWageFen: 260_000 }),
    await variantContents({ serial: 3, baseWageFen: 100_000 }),
  );
}

describe('the sector check on the registry', () => {
  it('finds the member whose registered agreement pays below the sector minimum, and nothing for one above it', async () => {
    const check = sectorRegistryCheck([sector2026], await registry(), []);
    expect(check.byMember.get(below)?.findings).toEqual([
      expect.objectContaining({ code: 'belowMinimum', sectorId: 'longan-2026', baseWage: 230_000, minimum: 240_000, minimumFrom: 'sector', action: 'block' }),
    ]);
    expect(check.byMember.get(above)?.findings).toEqual([]);
    expect(check.byMember.get(above)?.sectorIds).toEqual(['longan-2026']);
    expect(check.titles.get('longan-2026')).toBe(sector2026.title);
  });

  it('checks no member against a draft: an agreement still under negotiation binds nobody', async () => {
    const check = sectorRegistryCheck([{ ...sector2026, signedAt: null }], await registry(), []);
    expect(check.reports).toEqual([]);
    expect(check.byMember.has(below)).toBe(false);
  });

  it('leaves out, as of a given day, an agreement whose term has ended', async () => {
    expect(sectorRegistryCheck([sector2026], await registry(), [], undefined, '2026-12-31').reports).toHaveLength(2);
    expect(sectorRegistryCheck([sector2026], await registry(), [], undefined, '2027-01-01').reports).toEqual([]);
  });

  it('says nothing of a registered enterprise that no sector agreement lists', async () => {
    const check = sectorRegistryCheck([sector2026], await registry(), []);
    expect(check.byMember.has(outsider)).toBe(false);
    expect(check.reports.map((r) => r.member.creditCode)).toEqual([below, above]);
  });

  it('counts an agreement held both here and in the registry once, and checks a member known only here', async () => {
    const same = { source: 'round-1', from: '2026-02-01' as IsoDate, to: '2027-01-31' as IsoDate, baseWage: 230_000 as Fen, raiseBp: null };
    const check = sectorRegistryCheck([sector2026], await registry(), [{ creditCode: below, own: [same], healthCommitment: false }]);
    expect(check.byMember.get(below)?.ownAgreements).toBe(1);
    const alone = sectorRegistryCheck([sector2026], null, [{ creditCode: above, own: [{ ...same, baseWage: 250_000 as Fen }], healthCommitment: false }]);
    expect(alone.byMember.get(above)?.findings).toEqual([]);
    // Nothing known of the other member: the sector agreement alone covers it.
    expect(alone.byMember.get(below)?.findings).toContainEqual(expect.objectContaining({ code: 'coveredBySectorOnly' }));
  });
});
