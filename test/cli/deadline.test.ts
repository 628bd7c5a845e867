import { describe, it, expect } from 'vitest';
import { cliMain } from '../../cli/main';
import { cliTestIo } from './cliTestIo';

const example = ['deadline', '--kind', 'wage-agreement', '--event', 'request-received', '--date', '2021-01-28', '--region', '350982'];

describe('cli deadline', () => {
  it('prints the due date and the Chinese steps that reach it', async () => {
    const t = cliTestIo();
    expect(await cliMain(example, t.io)).toBe(0);
    expect(t.out[0]).toBe('截止日期：2021-02-18（星期四）');
    expect(t.out).toContain('地区：福建省宁德市福鼎市（350982）');
    expect(t.out).toContain('  → 2021-02-12 为春节（法定节假日）');
    expect(t.out).toContain('  → 顺延至 2021-02-18（春节后第一个工作日）');
  });
  it('prints JSON with --json', async () => {
    const t = cliTestIo();
    expect(await cliMain([...example, '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out.join('\n'));
    expect(json).toMatchObject({ dueDate: '2021-02-18', due: 'reply', rule: { id: 'reply.fujian', ruleId: 'OFR-02' } });
    expect(json.explanation.zh[0]).toBe('2021-01-28 收到要约');
    expect(json.explanation.en[0]).toBe('2021-01-28 request received');
  });
  it('exits 2 with a usage line listing the kinds and events on bad arguments', async () => {
    for (const args of [
      ['deadline'],
      ['deadline', '--kind', 'lease', '--event', 'signed', '--date', '2021-03-01'],
      ['deadline', '--kind', 'wage-agreement', '--event', 'signed', '--date', '2021-02-29'],
      ['deadline', '--kind', 'wage-agreement', '--event', 'signed', '--date', '2021-03-01', '--region', '999999'],
    ]) {
      const t = cliTestIo();
      expect(await cliMain(args, t.io), args.join(' ')).toBe(2);
      const usage = t.err.find((l) => l.startsWith('usage:'));
      expect(usage).toContain('wage-agreement|collective-contract|special-contract');
      expect(usage).toContain('request-received|signed|received-by-bureau|effective|expiry|draft-rejected');
    }
  });
  it('exits 1 and says the calendar year is missing rather than guessing', async () => {
    const t = cliTestIo();
    expect(await cliMain(['deadline', '--kind', 'wage-agreement', '--event', 'signed', '--date', '2030-03-01', '--region', '350982'], t.io)).toBe(1);
    expect(t.err.join('\n')).toContain('缺少 2030 年的节假日安排');
  });
  it('uses a calendar file given with --calendar', async () => {
    const file = JSON.stringify({
      format: 'wagedesk-holiday-calendar/1',
      source: { name: 'test import' },
      years: { '2030': { statutory: {}, rest: { '2030-03-08': 'spring_festival' } } },
    });
    const t = cliTestIo({ 'cal.json': file });
    expect(await cliMain(['deadline', '--kind', 'wage-agreement', '--event', 'signed', '--date', '2030-03-01', '--region', '350982', '--calendar', 'cal.json'], t.io)).toBe(0);
    expect(t.out[0]).toBe('截止日期：2030-03-11（星期一）'); // day 7 = Friday 03-08, a rest day in this file
  });
});

describe('cli holiday', () => {
  it('names a statutory holiday, a make-up workday and a 调休 rest day', async () => {
    const cases: [string, string][] = [
      ['2021-02-12', '2021-02-12（星期五）法定节假日：春节'],
      ['2021-02-07', '2021-02-07（星期日）工作日：春节调休上班'],
      ['2021-02-16', '2021-02-16（星期二）休息日：春节假期调休'],
    ];
    for (const [date, expected] of cases) {
      const t = cliTestIo();
      expect(await cliMain(['holiday', '--date', date], t.io)).toBe(0);
      expect(t.out[0]).toContain(expected);
    }
  });
  it('prints the day as JSON, and exits 1 outside the calendar and 2 without a date', async () => {
    const json = cliTestIo();
    expect(await cliMain(['holiday', '--date', '2025-01-28', '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({ kind: 'statutory_holiday', holiday: { key: 'spring_festival' } });
    expect(await cliMain(['holiday', '--date', '2031-01-01'], cliTestIo().io)).toBe(1);
    expect(await cliMain(['holiday'], cliTestIo().io)).toBe(2);
  });
});
