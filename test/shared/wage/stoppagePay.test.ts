import { describe, it, expect } from 'vitest';
import { fen, fenFromYuan } from '../../../shared/money/fen';
import { bp } from '../../../shared/money/rate';
import { isoDate } from '../../../shared/dates/isoDate';
import { livingAllowanceRateFor, livingAllowanceRates } from '../../../shared/wage/livingAllowance';
import { stoppagePayFloor, stoppagePayForQuarter } from '../../../shared/wage/stoppagePay';

const minimumWage = fenFromYuan(1570);
const contractWage = fenFromYuan(1750);
const allowanceRate = bp(7000);

describe('stoppagePayFloor (CNT-05)', () => {
  it('pays the contract wage in the first pay cycle, working or not', () => {
    expect(stoppagePayFloor({ contractWage, monthIndex: 1, working: false, minimumWage, allowanceRate })).toBe(175000);
    expect(stoppagePayFloor({ contractWage, monthIndex: 1, working: true, minimumWage, allowanceRate })).toBe(175000);
  });

  it('pays at least the minimum wage after the first cycle to a worker who works', () => {
    expect(stoppagePayFloor({ contractWage, monthIndex: 2, working: true, minimumWage, allowanceRate })).toBe(157000);
  });

  it('pays the living allowance after the first cycle to a worker given no work: 70 % of 1570 = 1099.00', () => {
    expect(stoppagePayFloor({ contractWage, monthIndex: 2, working: false, minimumWage, allowanceRate })).toBe(109900);
    expect(stoppagePayFloor({ contractWage, monthIndex: 6, working: false, minimumWage, allowanceRate })).toBe(109900);
  });

  it('rounds the allowance once to the 分, half away from zero', () => {
    // 70 % of 0.05 元 = 3.5 分 → 4 分.
    expect(stoppagePayFloor({ contractWage, monthIndex: 2, working: false, minimumWage: fen(5), allowanceRate })).toBe(4);
  });

  it('refuses a month index below 1', () => {
    expect(() => stoppagePayFloor({ contractWage, monthIndex: 0, working: false, minimumWage, allowanceRate })).toThrow(RangeError);
  });
});

describe('stoppagePayForQuarter', () => {
  it('costs new idle workers at one contract month and two allowance months, continuing ones at three allowance months', () => {
    const result = stoppagePayForQuarter({ contractWage: fenFromYuan(1570), newIdle: 30, continuingIdle: 10, minimumWage, allowanceRate });
    expect(result).toEqual({ amount: 30 * (157000 + 2 * 109900) + 10 * 3 * 109900, basis: 'legal-floor' });
  });

  it('falls back to the full contract wage, and says so, when the minimum or the allowance rate is unknown', () => {
    expect(stoppagePayForQuarter({ contractWage, newIdle: 2, continuingIdle: 0, minimumWage: null, allowanceRate })).toEqual({
      amount: 2 * 3 * 175000,
      basis: 'contract-wage',
    });
    expect(stoppagePayForQuarter({ contractWage, newIdle: 1, continuingIdle: 0, minimumWage, allowanceRate: null }).basis).toBe('contract-wage');
  });
});

describe('livingAllowanceRates', () => {
  it('has Fujian at 70 % as unverified dated data with a source', () => {
    const fujian = livingAllowanceRateFor('350982', isoDate('2020-04-01'));
    expect(fujian).toMatchObject({ province: '35', rate: 7000, verified: false });
    expect(fujian?.basis).toBeTruthy();
  });

  it('has no rate before its effective date or for a province without data (the app asks)', () => {
    expect(livingAllowanceRateFor('350982', isoDate('2019-12-31'))).toBeNull();
    expect(livingAllowanceRateFor('310101', isoDate('2021-01-01'), livingAllowanceRates)).toBeNull();
  });
});
