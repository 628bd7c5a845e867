import { describe, expect, it } from 'vitest';
import { bundleImportApply, bundleImportPlan } from '../../../shared/bundle/importPlan';
import { registryEmpty, type BundleRegistry } from '../../../shared/bundle/registry';
import type { BundleContents } from '../../../shared/bundle/contents';
import { isoDate } from '../../../shared/dates/isoDate';
import { agreementStatusOf } from '../../../renderer/features/federation/agreementStatus';
import { registryOverview } from '../../../renderer/features/federation/registryOverview';
import { okValue } from '../db/testDb';
import { referenceContents, variantContents } from './bundles';

function registryOf(...bundles: BundleContents[]): BundleRegistry {
  return bundles.reduce((registry, b) => bundleImportApply(registry, okValue(bundleImportPlan(registry, b))), registryEmpty());
}

describe('agreement status', () => {
  it('follows the term, the signing and the reported filing', async () => {
    const status = async (o: Parameters<typeof variantContents>[0], today: string) => {
      const b = await variantContents(o);
      return agreementStatusOf(b.agreements[0]!, b.recordSummary, isoDate(today));
    };
    const term = { from: '2026-02-01', to: '2027-01-31' };
    expect(await status({ serial: 1, ...term, signedOn: null }, '2026-03-01')).toBe('draft');
    expect(await status({ serial: 1, ...term, filedOn: null }, '2026-03-01')).toBe('signed');
    expect(await status({ serial: 1, ...term, filedOn: '2026-01-12' }, '2026-01-20')).toBe('filed');
    expect(await status({ serial: 1, ...term, filedOn: '2026-01-12' }, '2026-03-01')).toBe('inForce');
    expect(await status({ serial: 1, ...term, filedOn: '2026-01-12' }, '2026-11-02')).toBe('expiring'); // 90 days left
    expect(await status({ serial: 1, ...term, filedOn: '2026-01-12' }, '2026-11-01')).toBe('inForce'); // 91 days left
    expect(await status({ serial: 1, ...term, filedOn: '2026-01-12' }, '2027-02-01')).toBe('expired');
  });
});

describe('registryOverview', () => {
  it('reads the sample’s filing as on time, flags its renewal as missed, and counts no workers covered', async () => {
    const overview = registryOverview(registryOf(await referenceContents()), isoDate('2026-11-23'));
    const [e] = overview.enterprises;
    const a = e!.agreements[0]!;
    expect(a.status).toBe('expired');
    // Signed 2021-01-15; a wage agreement is filed within 7 days (WCM 21): by 2021-01-22. The sample's record files it on the 19th.
    expect(a.filing).toEqual({ dueDate: '2021-01-22', filedOn: '2021-01-19', late: false });
    expect(a.renewal?.missed).toBe(true);
    expect(e!.workersCovered).toBe(0);
    expect(overview).toMatchObject({ lateFilings: 0, missedRenewals: 1, workersCovered: 0 });
  });

  it('flags a filing the bundle does not report (no filing, no review) as late once its day has passed', async () => {
    const sample = await referenceContents();
    const unfiled = { ...sample, recordSummary: { ...sample.recordSummary, events: sample.recordSummary.events.filter((ev) => !['filing', 'review'].includes(ev.kind)) } };
    const overview = registryOverview(registryOf(unfiled), isoDate('2026-11-23'));
    expect(overview.enterprises[0]!.agreements[0]!.filing).toEqual({ dueDate: '2021-01-22', filedOn: null, late: true });
    expect(overview.lateFilings).toBe(1);
  });

  it('checks the base wage against the county floor on the day (福鼎 2026: 2,045 元, 闽人社文〔2025〕14号)', async () => {
    const at = await variantContents({ serial: 1, baseWageFen: 204_500, filedOn: '2026-01-12', headcount: 40 });
    const above = await variantContents({ serial: 2, baseWageFen: 230_000, filedOn: '2026-01-12', headcount: 60 });
    const below = await variantContents({ serial: 3, baseWageFen: 170_000, filedOn: '2026-01-12', headcount: 7 });
    const overview = registryOverview(registryOf(at, above, below), isoDate('2026-06-01'));
    const verdict = (serial: number) => overview.enterprises.find((e) => e.name.includes(`企业${serial}`))!.baseWage;
    expect(verdict(1)).toMatchObject({ verdict: 'at', floor: 204_500, baseWage: 204_500 });
    expect(verdict(2)).toMatchObject({ verdict: 'above', floor: 204_500 });
    expect(verdict(3)).toMatchObject({ verdict: 'below' });
    expect(overview.workersCovered).toBe(107);
    expect(overview.statusCounts).toMatchObject({ inForce: 3, expired: 0 });
    expect(overview.lateFilings).toBe(0);
  });

  it('does not call a renewal missed when a later agreement of the same kind is held', async () => {
    const old = await variantContents({ serial: 1, agreementId: 'round-1', from: '2024-02-01', to: '2025-01-31', signedOn: '2024-01-10', filedOn: '2024-01-12' });
    const next = await variantContents({ serial: 1, agreementId: 'round-2', from: '2025-02-01', to: '2026-01-31', signedOn: '2025-01-10', filedOn: '2025-01-12' });
    const both = { ...next, agreements: [...old.agreements, ...next.agreements], recordSummary: { events: [...old.recordSummary.events, ...next.recordSummary.events], notes: '' } };
    const overview = registryOverview(registryOf(both), isoDate('2025-06-01'));
    const byId = (id: string) => overview.enterprises[0]!.agreements.find((a) => a.agreementId === id)!;
    expect(byId('round-1').renewal?.missed).toBe(false);
    expect(byId('round-1').status).toBe('expired');
    expect(byId('round-2').status).toBe('inForce');
  });
});
