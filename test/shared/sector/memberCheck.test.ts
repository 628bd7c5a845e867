import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import { bp } from '../../../shared/money/rate';
import { sectorCheck, sectorCoverage, sectorEffectiveMinimum, sectorFindingText, sectorMemberCheck, type MemberFacts } from '../../../shared/sector';
import { creditCode, FUDING, sector, XIAPU } from './sectorFixtures';

const d = (s: string) => s as IsoDate;
const own = (source: string, from: string, to: string, baseWage: number | null, raiseBp: number | null = null) =>
  ({ source, from: d(from), to: d(to), baseWage: baseWage as Fen | null, raiseBp: raiseBp === null ? null : bp(raiseBp) });

describe('sector member check', () => {
  const first = sector();
  const second = sector({
    id: 'longan-2021',
    term: { from: '2021-01-01', to: '2021-12-31' },
    standards: { minimums: [{ regionCode: FUDING, monthlyFen: 175_000 }, { regionCode: XIAPU, monthlyFen: 150_000 }], raiseRange: { minBp: 300, maxBp: 800 } },
  });
  const member = first.members[0]!;

  it('checks an agreement that straddles two sector terms against each term for its own part', () => {
    const facts: MemberFacts = { creditCode: member.creditCode, own: [own('own-2020', '2020-10-01', '2021-09-30', 170_000, 500)], healthCommitment: true };
    const report = sectorMemberCheck(member, [second, first], facts);
    expect(report.sectorIds).toEqual(['longan-2020', 'longan-2021']);
    const below = report.findings.filter((f) => f.code === 'belowMinimum');
    // 1700 is above 2020's 1600 but below 2021's 1750, from the day the second term starts.
    expect(below).toEqual([expect.objectContaining({ sectorId: 'longan-2021', date: '2021-01-01', baseWage: 170_000, minimum: 175_000, minimumFrom: 'sector', action: 'block' })]);
    expect(report.findings.some((f) => f.code === 'coveredBySectorOnly')).toBe(false);
  });

  it('lets the legal floor win where it is above the sector minimum, and says so', () => {
    const xiapu = first.members.find((m) => m.regionCode === XIAPU && m.baseWageFen !== null)!;
    const facts: MemberFacts = { creditCode: xiapu.creditCode, own: [own('xiapu-own', '2020-07-01', '2020-12-31', 141_000)], healthCommitment: true };
    const report = sectorMemberCheck(xiapu, [first], facts);
    const min = sectorEffectiveMinimum(first, XIAPU, d('2020-07-01'));
    expect(min).toEqual({ sector: 140_000, legal: 142_000, effective: 142_000, from: 'legal' });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'legalFloorAboveSector', legalFloor: 142_000, sectorMinimum: 140_000, action: 'info' }));
    // 1410 is above the sector's 1400 but below the legal 1420: below, and the figure is the legal one.
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'belowMinimum', minimum: 142_000, minimumFrom: 'legal' }));
    const said = report.findings.find((f) => f.code === 'legalFloorAboveSector')!;
    expect(sectorFindingText(said, 'zh-CN')).toContain('以法定最低工资为准');
  });

  it('covers a member without its own agreement by the sector agreement alone', () => {
    const report = sectorMemberCheck(member, [first], null);
    expect(report.ownAgreements).toBe(0);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'coveredBySectorOnly', sectorId: 'longan-2020', from: '2020-07-01', to: '2020-12-31', action: 'info' }));
    expect(report.findings.some((f) => f.code === 'belowMinimum')).toBe(false);
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'healthCommitmentMissing', deadline: '2020-12-31' }));
    expect(sectorFindingText(report.findings[0]!, 'zh-CN')).toContain('单独覆盖');
  });

  it('warns about a raise outside the range, and not about one inside it', () => {
    const low = sectorMemberCheck(member, [first], { creditCode: member.creditCode, own: [own('a', '2020-07-01', '2020-12-31', 180_000, 200)], healthCommitment: true });
    expect(low.findings).toEqual([expect.objectContaining({ code: 'raiseOutsideRange', raiseBp: 200, minBp: 300, maxBp: 800, action: 'warn' })]);
    const fine = sectorMemberCheck(member, [first], { creditCode: member.creditCode, own: [own('a', '2020-07-01', '2020-12-31', 180_000, 500)], healthCommitment: true });
    expect(fine.findings).toEqual([]);
  });

  it('asks when the sector sets no minimum for the county, rather than guessing one', () => {
    const none = sector({ standards: { minimums: [] } });
    const report = sectorMemberCheck(member, [none], { creditCode: member.creditCode, own: [own('a', '2020-07-01', '2020-12-31', 150_000)], healthCommitment: true });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'sectorMinimumMissing', action: 'ask' }));
    // The legal floor (1570 in 福鼎) still applies.
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'belowMinimum', minimum: 157_000, minimumFrom: 'legal' }));
  });

  it('checks every member once and counts the coverage of the agreements in force', () => {
    const reports = sectorCheck([first, second], (code) => (code === creditCode(1) ? { creditCode: code, own: [], healthCommitment: true } : null));
    expect(reports).toHaveLength(5);
    expect(sectorCoverage([first, second], d('2020-08-01'))).toEqual({ agreements: 1, members: 5, workers: 590 });
    expect(sectorCoverage([first, second], d('2022-08-01'))).toEqual({ agreements: 0, members: 0, workers: 0 });
  });
});
