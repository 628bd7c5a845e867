import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bp } from '../../../shared/money/rate';
import { fen } from '../../../shared/money/fen';
import { formatIndex, formatPercent, formatPercentagePoints } from '../../../shared/format/ratio';
import { formatWanYuan } from '../../../shared/format/wanYuan';
import { percentInputText, wanYuanInputText, yuanInputText } from '../../../shared/format/inputText';
import { formatYuanDifference, formatYuanNumber } from '../../../shared/format/yuan';
import { fenFromYuanText } from '../../../shared/money/fen';
import { bpFromPercentText, fenFromWanYuanText } from '../../../shared/money/amountText';

describe('percentages and indices', () => {
  it('prints shares and signed changes with 2 decimals', () => {
    expect(formatPercent(bp(233), 'zh-CN')).toBe('2.33%');
    expect(formatPercent(bp(-7000), 'zh-CN', { signed: true })).toBe('-70.00%');
    expect(formatPercent(bp(3000), 'en', { signed: true })).toBe('+30.00%');
    expect(formatPercentagePoints(bp(25), 'zh-CN')).toBe('+0.25');
  });

  it('prints the index as the report does: 30, 24, 31.2, 49.92, 89.71, 100', () => {
    expect([3000, 2400, 3120, 4992, 8971, 10000, 11429].map((n) => formatIndex(bp(n), 'zh-CN'))).toEqual(['30', '24', '31.2', '49.92', '89.71', '100', '114.29']);
  });
});

describe('money in tables', () => {
  it('prints 元 without the unit, and differences signed', () => {
    expect(formatYuanNumber(fen(157000), 'zh-CN')).toBe('1,570.00');
    expect(formatYuanNumber(fen(157000), 'en')).toBe('1,570.00');
    expect(formatYuanDifference(fen(18000), 'zh-CN')).toBe('+180.00');
    expect(formatYuanDifference(fen(-25000), 'zh-CN')).toBe('-250.00');
    expect(formatYuanDifference(fen(0), 'zh-CN')).toBe('0.00');
  });

  it('prints output in 万元 with at least 2 decimals, more only when there are', () => {
    expect(formatWanYuan(fen(2_700_000_000), 'zh-CN')).toBe('2,700.00');
    expect(formatWanYuan(fen(4_492_800_000), 'zh-CN')).toBe('4,492.80');
    expect(formatWanYuan(fen(1_234_567), 'zh-CN')).toBe('1.234567');
  });
});

describe('input text', () => {
  it('reads back to the same value for any amount or rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e13 }), fc.integer({ min: -9999, max: 1_000_000 }), (amount, rate) => {
        expect(fenFromYuanText(yuanInputText(fen(amount)))).toBe(amount);
        expect(fenFromWanYuanText(wanYuanInputText(fen(amount)))).toBe(amount);
        expect(bpFromPercentText(percentInputText(bp(rate)))).toBe(rate);
      }),
    );
  });

  it('writes plain digits: 1570, 1570.5, -70, 2700', () => {
    expect(yuanInputText(fen(157000))).toBe('1570');
    expect(yuanInputText(fen(157050))).toBe('1570.5');
    expect(percentInputText(bp(-7000))).toBe('-70');
    expect(wanYuanInputText(fen(2_700_000_000))).toBe('2700');
  });
});
