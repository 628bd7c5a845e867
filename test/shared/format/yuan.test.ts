import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type Fen, fen } from '../../../shared/money/fen';
import { formatYuan, formatYuanPlain } from '../../../shared/format/yuan';

describe('formatYuan', () => {
  it.each([
    [157000, '¥1,570.00', 'CN¥1,570.00'],
    [157050, '¥1,570.50', 'CN¥1,570.50'],
    [5, '¥0.05', 'CN¥0.05'],
    [0, '¥0.00', 'CN¥0.00'],
    [-157050, '-¥1,570.50', '-CN¥1,570.50'],
    [-5, '-¥0.05', '-CN¥0.05'],
    [123456789, '¥1,234,567.89', 'CN¥1,234,567.89'],
  ])('%i 分 → zh %s, en %s', (amount, zh, en) => {
    expect(formatYuan(fen(amount), 'zh-CN')).toBe(zh);
    expect(formatYuan(fen(amount), 'en')).toBe(en);
  });

  it('prints amounts near the safe-integer limit exactly (no float rounding)', () => {
    // As floats these print .94, .90 and .62: 分 ÷ 100 is not exact at this size.
    expect(formatYuan(fen(9_007_199_254_740_893), 'zh-CN')).toBe('¥90,071,992,547,408.93');
    expect(formatYuan(fen(Number.MAX_SAFE_INTEGER), 'zh-CN')).toBe('¥90,071,992,547,409.91');
    expect(formatYuan(fen(9_007_199_254_740_963), 'en')).toBe('CN¥90,071,992,547,409.63');
  });
});

describe('formatYuanPlain', () => {
  it.each([
    [157000, '1,570.00 元', '¥1,570.00'],
    [200000, '2,000.00 元', '¥2,000.00'],
    [-1230, '-12.30 元', '-¥12.30'],
  ])('%i 分 → zh %s, en %s', (amount, zh, en) => {
    expect(formatYuanPlain(fen(amount), 'zh-CN')).toBe(zh);
    expect(formatYuanPlain(fen(amount), 'en')).toBe(en);
  });

  it('property: the digits always show the exact fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const digits = formatYuanPlain(n as Fen, 'zh-CN').replace(/[^\d-]/g, '');
        return BigInt(digits) === BigInt(n);
      }),
    );
  });
});
