import { describe, expect, it } from 'vitest';
import { bpFromPercentText, fenFromWanYuanText } from '../../../shared/money/amountText';

describe('fenFromWanYuanText', () => {
  it.each([
    ['2700', 2_700_000_000],
    ['2,700', 2_700_000_000],
    ['2,700.5万元', 2_700_500_000],
    ['4492.8 万', 4_492_800_000],
    ['０.０００００１', 1],
    ['-3', -3_000_000],
  ])('%s → %i 分', (text, fen) => {
    expect(fenFromWanYuanText(text)).toBe(fen);
  });

  it.each(['', 'abc', '1,27', '1.0000001', '2700元', '1e3'])('refuses %j', (text) => {
    expect(fenFromWanYuanText(text)).toBeNull();
  });
});

describe('bpFromPercentText', () => {
  it.each([
    ['-70', -7000],
    ['-70%', -7000],
    ['+30.5％', 3050],
    ['2.33', 233],
    ['1,000', 100_000],
  ])('%s → %i bp', (text, bp) => {
    expect(bpFromPercentText(text)).toBe(bp);
  });

  it.each(['', '3.145', '30 %%', 'x%'])('refuses %j', (text) => {
    expect(bpFromPercentText(text)).toBeNull();
  });
});
