import { describe, it, expect } from 'vitest';
import { formatInteger } from '../../../shared/format/integer';

describe('formatInteger', () => {
  it('groups thousands in both locales', () => {
    expect(formatInteger(1_234_567, 'zh-CN')).toBe('1,234,567');
    expect(formatInteger(1_234_567, 'en')).toBe('1,234,567');
    expect(formatInteger(32, 'zh-CN')).toBe('32');
    expect(formatInteger(-1500, 'en')).toBe('-1,500');
    expect(formatInteger(0, 'zh-CN')).toBe('0');
  });

  it('throws RangeError for a fraction rather than rounding it away', () => {
    expect(() => formatInteger(1.5, 'zh-CN')).toThrow(RangeError);
    expect(() => formatInteger(Number.NaN, 'en')).toThrow(RangeError);
  });
});
