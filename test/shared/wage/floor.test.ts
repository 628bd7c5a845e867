import { describe, it, expect } from 'vitest';
import { fenFromYuan } from '../../../shared/money/fen';
import { isoDate } from '../../../shared/dates/isoDate';
import { quarter } from '../../../shared/dates/quarter';
import { floorCheck } from '../../../shared/wage/floor';
import { minimumWageIncludesSocialInsurance } from '../../../shared/wage/minimumWageInclusion';
import { minimumWageShipped } from '../../../shared/regions/minimumWageShipped';

const fujianMinimumWageTables = minimumWageShipped().tables.filter((t) => t.region === '35');

const FUDING = '350982';

function check(baseWageYuan: number, date = '2020-04-01', regionCode = FUDING) {
  return floorCheck({ scenario: 'test', quarter: quarter('2020-Q2'), date: isoDate(date), regionCode, baseWage: fenFromYuan(baseWageYuan) });
}

describe('floorCheck (CNT-02)', () => {
  it('flags the March 2020 base wage of 1570 as sitting exactly on Fuding’s tier-3 floor (warn, not block)', () => {
    expect(check(1570)).toEqual({
      scenario: 'test',
      quarter: '2020-Q2',
      date: '2020-04-01',
      regionCode: FUDING,
      baseWage: 157000,
      rule: 'CNT-02',
      action: 'warn',
      status: 'at-floor',
      floor: 157000,
      tier: 3,
      table: {
        basis: '闽人社发〔2019〕6号',
        effectiveFrom: '2020-01-01',
        effectiveTo: '2022-03-31',
        verified: true,
        tierVerified: true,
        source: {
          title: '福建省人力资源和社会保障厅关于公布我省最低工资标准的通知',
          number: '闽人社发〔2019〕6号',
          date: '2019-11-13',
          readAt: 'http://xiandaiyuwen.com/news/zdgz/881446.html',
          kind: 'reproduction',
        },
      },
      includesSocialInsurance: true,
    });
  });

  it('blocks 1569, one 元 below the floor', () => {
    expect(check(1569)).toMatchObject({ rule: 'CNT-02', action: 'block', status: 'below-floor', baseWage: 156900, floor: 157000, tier: 3 });
  });

  it('says nothing above the floor', () => {
    expect(check(1570.01)).toBeNull();
  });

  it('asks when the county has no known tier, never guessing', () => {
    expect(check(1570, '2020-04-01', '350527')).toMatchObject({ rule: 'CNT-02', action: 'ask', reason: 'tier-unknown', baseWage: 157000 });
  });

  it('asks when no table covers the date', () => {
    const finding = floorCheck(
      { scenario: 't', quarter: quarter('2020-Q2'), date: isoDate('2020-04-01'), regionCode: FUDING, baseWage: fenFromYuan(1570) },
      { tables: [], assignments: [{ regionCode: FUDING, tier: 3, effectiveFrom: isoDate('2017-07-01'), verified: true }] },
    );
    expect(finding).toMatchObject({ action: 'ask', reason: 'table-unknown' });
  });

  it('checks against the table in force on the date: 1570 was above the 2017 tier-3 floor of 1500', () => {
    expect(check(1570, '2019-12-31')).toBeNull();
    expect(check(1500, '2019-12-31')).toMatchObject({ action: 'warn', floor: 150000, table: { basis: '闽政〔2017〕19号', verified: false } });
  });

  it('omits includesSocialInsurance where the data does not say (the 2017 table)', () => {
    expect(check(1500, '2019-12-31')).not.toHaveProperty('includesSocialInsurance');
    expect(fujianMinimumWageTables.map((t) => minimumWageIncludesSocialInsurance(t))).toEqual([null, null, true, true, true]);
  });

  it('prefers the table’s own includesSocialInsurance when a data version carries it', () => {
    const table = { ...fujianMinimumWageTables[2]!, includesSocialInsurance: false };
    expect(minimumWageIncludesSocialInsurance(table)).toBe(false);
  });
});
