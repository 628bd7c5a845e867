// Chinese name order and natural order of numbered identifiers.
import { describe, expect, it } from 'vitest';
import { zhNameCompare, zhNumericCompare } from '../../../shared/text/collation';

describe('collation', () => {
  it('orders names by pinyin, as a Chinese list is read', () => {
    expect(['张伟', '王芳', '陈会珍', '李娜'].sort(zhNameCompare)).toEqual(['陈会珍', '李娜', '王芳', '张伟']);
  });

  it('orders numbered identifiers naturally', () => {
    expect(['工号10', '工号2', '工号1'].sort(zhNumericCompare)).toEqual(['工号1', '工号2', '工号10']);
  });
});
