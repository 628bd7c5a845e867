import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { quarter } from '../../../shared/dates/quarter';
import { formatDateLong, formatQuarter } from '../../../shared/format/date';

describe('formatDateLong', () => {
  it.each([
    ['2021-02-12', '2021年2月12日', '12 Feb 2021'],
    ['2020-01-01', '2020年1月1日', '1 Jan 2020'],
    ['2020-12-31', '2020年12月31日', '31 Dec 2020'],
    ['1970-01-01', '1970年1月1日', '1 Jan 1970'],
    ['1969-12-31', '1969年12月31日', '31 Dec 1969'],
  ])('%s → zh %s, en %s', (d, zh, en) => {
    expect(formatDateLong(isoDate(d), 'zh-CN')).toBe(zh);
    expect(formatDateLong(isoDate(d), 'en')).toBe(en);
  });
});

describe('formatQuarter', () => {
  it.each([
    ['2020-Q1', '2020年第1季度', 'Q1 2020'],
    ['2021-Q4', '2021年第4季度', 'Q4 2021'],
  ])('%s → zh %s, en %s', (q, zh, en) => {
    expect(formatQuarter(quarter(q), 'zh-CN')).toBe(zh);
    expect(formatQuarter(quarter(q), 'en')).toBe(en);
  });
});
