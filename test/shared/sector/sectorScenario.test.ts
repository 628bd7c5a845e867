import { describe, expect, it } from 'vitest';
import { bp } from '../../../shared/money/rate';
import { sectorScenario } from '../../../shared/sector';
import { sector } from './sectorFixtures';

describe('sector scenario', () => {
  it('costs a raise per member and in total, lifting members to the minimum and leaving unknown output out of the share', () => {
    const s = sectorScenario(sector(), bp(500));
    const [a, b, c, d, e] = s.rows;
    // 1700 × 1.05 = 1785 for 300 workers; output 1.2 亿.
    expect(a).toMatchObject({ monthly: 178_500, basis: 'raised', wageBill: 178_500 * 12 * 300, shareBp: Math.round((178_500 * 12 * 300 * 10_000) / 12_000_000_000) });
    expect(b).toMatchObject({ monthly: 173_250, basis: 'raised', shareBp: null });
    // Wage unknown: costed at the minimum it must pay (霞浦: the legal 1420 over the sector's 1400).
    expect(c).toMatchObject({ monthly: 142_000, basis: 'minimum' });
    // 1500 × 1.05 = 1575 is above 1420.
    expect(d).toMatchObject({ monthly: 157_500, basis: 'raised' });
    expect(e).toMatchObject({ monthly: 142_000, basis: 'minimum', shareBp: null });
    expect(s.headcount).toBe(590);
    expect(s.wageBill).toBe(s.rows.reduce((t, r) => t + r.wageBill!, 0));
    expect(s.membersWithShare).toBe(3);
    const bill = a!.wageBill! + c!.wageBill! + d!.wageBill!;
    expect(s.shareBp).toBe(Math.round((bill * 10_000) / (12_000_000_000 + 2_000_000_000 + 1_000_000_000)));
  });
});
