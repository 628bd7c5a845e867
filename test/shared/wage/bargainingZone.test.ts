import { describe, it, expect } from 'vitest';
import { fen, fenFromYuan } from '../../../shared/money/fen';
import { bp } from '../../../shared/money/rate';
import { quarter } from '../../../shared/dates/quarter';
import { headcount } from '../../../shared/wage/headcount';
import { type BargainingZone, bargainingZoneFrom, bargainingZonePosition, outputCarriedWage } from '../../../shared/wage/bargainingZone';
import { ratio } from '../../../shared/wage/ratio';

const Q = quarter('2020-Q3');
const zone: BargainingZone = bargainingZoneFrom({
  quarter: Q,
  floor: fenFromYuan(1570),
  offer: fenFromYuan(1700),
  ask: fenFromYuan(1900),
  output: ratio(2_808_000_000), // 28 080 000 元
  headcount: headcount(Q, 120),
  targetLabourShare: bp(250),
});

describe('bargaining zone', () => {
  it('computes what output carries at the chosen labour-cost share: 2.5 % × 28 080 000 ÷ 3 ÷ 120 = 1950 元', () => {
    expect(zone.carried).toBe(195000);
    expect(outputCarriedWage(ratio(2_808_000_000), 0, bp(250))).toBeNull();
  });

  it('orders base wages across the marks: below floor < floor–offer < offer–ask < above ask', () => {
    const bands = [1569, 1570, 1699.99, 1700, 1900, 1900.01].map((y) => bargainingZonePosition(zone, fenFromYuan(y)).band);
    expect(bands).toEqual(['below-floor', 'floor-to-offer', 'floor-to-offer', 'offer-to-ask', 'offer-to-ask', 'above-ask']);
  });

  it('keeps what output carries as its own axis', () => {
    expect(bargainingZonePosition(zone, fenFromYuan(1950))).toMatchObject({ band: 'above-ask', vsCarried: 0, aboveCarried: false });
    expect(bargainingZonePosition(zone, fenFromYuan(1950.01))).toMatchObject({ vsCarried: 1, aboveCarried: true });
    expect(bargainingZonePosition(zone, fenFromYuan(1600))).toMatchObject({ vsFloor: 1, vsOffer: -1, vsAsk: -1, vsCarried: -1 });
  });

  it('places no band when the offer or ask is missing, but still says below the floor', () => {
    const partial = { ...zone, offer: null };
    expect(bargainingZonePosition(partial, fen(160000)).band).toBeNull();
    expect(bargainingZonePosition(partial, fen(150000)).band).toBe('below-floor');
    expect(bargainingZonePosition({ ...zone, floor: null }, fen(100)).band).toBeNull();
  });

  it('has no carried wage without an output level or a share', () => {
    expect(bargainingZoneFrom({ quarter: Q, floor: null, offer: null, ask: null, output: null, headcount: headcount(Q, 1), targetLabourShare: bp(250) }).carried).toBeNull();
    expect(bargainingZoneFrom({ quarter: Q, floor: null, offer: null, ask: null, output: ratio(1), headcount: headcount(Q, 1), targetLabourShare: null }).carried).toBeNull();
  });
});
