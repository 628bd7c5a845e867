import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { holidayCalendarCn as cal } from '../../../shared/calendar/holidaysCn';
import { deadlineCompute } from '../../../shared/procedure/deadline';
import { deadlineRulesDefault as rules } from '../../../shared/procedure/deadlineRules';
import { deadlineExplanation, deadlineExplanationLine } from '../../../shared/procedure/deadlineText';

function compute(kind: 'wage-agreement' | 'collective-contract', event: 'request-received' | 'expiry', date: string, regionCode?: string) {
  const result = deadlineCompute({ kind, event, date: isoDate(date), regionCode }, rules, cal);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('deadline explanations', () => {
  it('read as the federation would say it, in Chinese', () => {
    expect(deadlineExplanationLine(compute('wage-agreement', 'request-received', '2021-01-28', '620102'), 'zh-CN')).toBe(
      '2021-01-28 收到要约 → 次日起算 20 日，第 20 日为 2021-02-17 → 2021-02-17 为春节假期中的休息日（调休） → 顺延至 2021-02-18（春节后第一个工作日）',
    );
  });
  it('name the statutory holiday and the other rule that binds in Fujian', () => {
    const lines = deadlineExplanation(compute('wage-agreement', 'request-received', '2021-01-28', '350982'), 'zh-CN');
    expect(lines.slice(0, 4)).toEqual([
      '2021-01-28 收到要约',
      '次日起算 15 日，第 15 日为 2021-02-12',
      '2021-02-12 为春节（法定节假日）',
      '顺延至 2021-02-18（春节后第一个工作日）',
    ]);
    expect(lines[4]).toContain('全国规定 20 日');
    expect(lines[4]).toContain('结果相同');
  });
  it('have an English rendering of the same steps', () => {
    const lines = deadlineExplanation(compute('wage-agreement', 'request-received', '2021-01-28', '350982'), 'en');
    expect(lines[2]).toBe('2021-02-12 is a statutory holiday (Spring Festival)');
    expect(lines[3]).toBe('moved to 2021-02-18 (the first working day after Spring Festival)');
  });
  it('say when a backward deadline was moved earlier', () => {
    const line = deadlineExplanationLine(compute('wage-agreement', 'expiry', '2021-12-31', '350982'), 'zh-CN');
    expect(line).toContain('前推 90 日为 2021-10-02');
    expect(line).toContain('提前至 2021-09-30（国庆节前最后一个工作日）');
    expect(line).toContain('取最早的 2021-09-30');
  });
});
