// 职工明白卡: one sheet per roster worker with only that worker's data (ID and phone masked), the group's
// wage in the previous agreement and this one, and the terms the worker's group, status or name makes
// them eligible for; one sheet per group where no roster is loaded.
import { describe, expect, it } from 'vitest';
import { earlierRoundOf } from '../../../shared/case/agreedWages';
import { type RoundInput, roundSchema } from '../../../shared/case/round';
import { roundBlank } from '../../../shared/case/roundNew';
import type { RoundId } from '../../../shared/case/round';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDate } from '../../../shared/dates/isoDate';
import { enterpriseInput } from '../../../shared/enterprise/model';
import { idNumberWithCheckChar } from '../../../shared/roster/idNumber';
import { maskIdNumber, maskPhone } from '../../../shared/roster/mask';
import { type WorkerInput, workerSchema } from '../../../shared/roster/worker';
import type { CaseData } from '../../../templates/case/caseData';
import { workerSheets } from '../../../templates/workerSheet/workerSheets';
import { creditCodeOf } from '../userCase';

const enterprise = enterpriseInput.parse({
  name: '成都蜀锦机械有限公司',
  creditCode: creditCodeOf('91510104MA6C00003'),
  regionCode: '510104',
  headcount: 4,
  legalRepresentative: '陈建川',
  unionChair: '罗雪梅',
});

const worker = (n: number, name: string, group: string, extra: Partial<WorkerInput> = {}) =>
  workerSchema.parse({ id: `G${n}`, name, idNumber: idNumberWithCheckChar(`51010419900101${String(n).padStart(3, '0')}`), phone: `1390000${String(n).padStart(4, '0')}`, group, ...extra });

const roster = [
  worker(101, '李春华', '装配车间'),
  worker(102, '王秋月', '装配车间', { status: 'on_leave' }),
  worker(103, '张冬生', '仓库'),
  worker(104, '赵离职', '仓库', { status: 'left' }),
];

const figures = (monthly2026: number, assembly2027: number, general2027: number) => ({
  previous: { kind: 'figures' as const, standards: [{ period: '合同期内', from: '2026-01-01', monthlyFen: monthly2026 }] },
  current: {
    kind: 'figures' as const,
    standards: [
      { period: '合同期内', appliesTo: '装配车间', from: '2027-01-01', monthlyFen: assembly2027 },
      { period: '合同期内', appliesTo: '全体职工', from: '2027-01-01', monthlyFen: general2027 },
    ],
  },
});

const wages = figures(300_000, 330_000, 320_000);

function roundOf(input: Partial<RoundInput> & { id: string; title: string }) {
  const blank = roundBlank({ id: input.id as RoundId, title: input.title, kind: 'wage', enterprise });
  return roundSchema.parse({ ...blank, ...input });
}

const previousRound = roundOf({ id: 'r-2026', title: '2026年度工资集体协商', agreed: wages.previous });
const terms: RoundInput['terms'] = [
  { kind: 'bonus', id: 'year-end', title: '年终奖', amountFen: 80_000, dueDate: '2027-02-05' },
  { kind: 'bonus', id: 'assembly', title: '装配车间高温补贴', amountFen: 30_000, dueDate: '2027-08-31', eligibility: { groups: ['装配车间'] } },
  { kind: 'retention_allowance', id: 'leave-back', title: '返岗补贴', amountFen: 100_000, dueDate: '2027-06-30', eligibility: { statuses: ['on_leave'] }, conditions: { backBy: '2027-03-01' } },
  { kind: 'bonus', id: 'named', title: '技能比武奖', amountFen: 50_000, dueDate: '2027-05-01', eligibility: { workerIds: ['G103'] } },
  { kind: 'deferred_leave', id: 'leave', title: '春节调休假', days: 3, takeFrom: '2027-03-01', dueDate: '2027-06-30' },
  { kind: 'commitment', id: 'fans', title: '车间通风', area: 'investment', description: '加装排风设备', dueDate: '2027-09-30' },
];
const currentRound = roundOf({ id: 'r-2027', title: '2027年度工资集体协商', previousRoundId: 'r-2026', agreed: wages.current, terms });

const data = (over: Partial<CaseData> = {}): CaseData => ({ enterprise, people: [], round: currentRound, earlier: [earlierRoundOf(previousRound)], roster, ...over });
const asOf = isoDate('2027-01-15');
const sheetsOf = (d: CaseData) => workerSheets(d, holidayCalendarCn, asOf);
const sheetFor = (name: string) => sheetsOf(data()).sheets.find((s) => s.who.kind === 'worker' && s.who.name === name)!;
const titles = (name: string) => sheetFor(name).items.map((i) => i.title);

describe('one sheet per roster worker', () => {
  it('makes a sheet for each worker still employed, in roster order', () => {
    const set = sheetsOf(data());
    expect(set.perGroup).toBe(false);
    expect(set.sheets.map((s) => s.key)).toEqual(['G101', 'G102', 'G103']);
    expect(set.leftOut).toBe(1);
  });

  it('masks the worker\'s own ID number and phone, and carries no other worker\'s data', () => {
    const sheet = sheetFor('李春华');
    expect(sheet.who).toMatchObject({ kind: 'worker', number: 'G101', idNumberMasked: expect.stringMatching(/^510104\*{8}\d{3}[\dX]$/), phoneMasked: '139****0101' });
    const text = JSON.stringify(sheet);
    expect(text).not.toContain(roster[0]!.idNumber);
    for (const other of roster.slice(1)) {
      expect(text).not.toContain(other.name);
      expect(text).not.toContain(maskIdNumber(other.idNumber));
      expect(text).not.toContain(maskPhone(other.phone!));
      expect(text).not.toContain(other.id);
    }
  });

  it('never prints an ID number used as the worker id when the roster has no 工号', () => {
    const idOnly = workerSchema.parse({ id: roster[0]!.idNumber, name: '无工号', idNumber: roster[0]!.idNumber, group: '仓库' });
    const sheet = sheetsOf(data({ roster: [idOnly] })).sheets[0]!;
    expect(sheet.who).toMatchObject({ number: null });
    expect(JSON.stringify({ who: sheet.who, lines: sheet.lines, items: sheet.items })).not.toContain(idOnly.idNumber);
  });
});

describe('eligibility', () => {
  it('by group: the assembly allowance only for the assembly shop', () => {
    expect(titles('李春华')).toContain('装配车间高温补贴');
    expect(titles('张冬生')).not.toContain('装配车间高温补贴');
  });

  it('by status: the return allowance only for the worker on leave, with its condition in words', () => {
    expect(titles('李春华')).not.toContain('返岗补贴');
    const item = sheetFor('王秋月').items.find((i) => i.title === '返岗补贴')!;
    expect(item.amountFen).toBe(100_000);
    expect(item.conditionText).toBe('须2027年3月1日前返岗才能领取');
    expect(sheetFor('王秋月').lines.join('')).toContain('要满足条件后才发');
  });

  it('by named worker: the prize only on the named worker\'s sheet', () => {
    expect(titles('张冬生')).toContain('技能比武奖');
    expect(titles('李春华')).not.toContain('技能比武奖');
  });

  it('lists leave in days with no amount, and leaves out the employer\'s commitments', () => {
    const leave = sheetFor('李春华').items.find((i) => i.title === '春节调休假')!;
    expect(leave).toMatchObject({ amountFen: null, ruleText: '带薪假3天，2027年3月1日起可以休', dueDate: '2027-06-30' });
    expect(titles('李春华')).not.toContain('车间通风');
  });

  it('adds up the amounts it can state', () => {
    expect(sheetFor('李春华').totalFen).toBe(80_000 + 30_000);
    expect(sheetFor('李春华').lines.join('')).toContain('能算出金额的2项合计1,100.00 元');
  });
});

describe('wages: this agreement against the previous one, for the worker\'s group', () => {
  it('reads the group\'s own row, else the row for everyone, with the change from last year', () => {
    expect(sheetFor('李春华').wages).toEqual([{ period: '合同期内', from: '2027-01-01', to: null, monthlyFen: 330_000, changeFen: 30_000 }]);
    expect(sheetFor('张冬生').wages[0]).toMatchObject({ monthlyFen: 320_000, changeFen: 20_000 });
    expect(sheetFor('李春华').previous).toMatchObject({ roundTitle: '2026年度工资集体协商', monthlyFen: 300_000, period: '合同期内' });
    expect(sheetFor('李春华').lines[0]).toBe('2027年1月1日起，您的月基本工资是3,300.00 元，比上一份协议每月多300.00 元。');
  });

  it('compares with the round this one continues when the caller loaded it (a round without a term is not among the earlier ones)', () => {
    const sheet = workerSheets(data({ earlier: [] }), holidayCalendarCn, asOf, earlierRoundOf(previousRound)).sheets[0]!;
    expect(sheet.previous).toMatchObject({ roundTitle: '2026年度工资集体协商', monthlyFen: 300_000 });
  });

  it('says so when there is no previous agreement, and shows no change', () => {
    const sheet = sheetsOf(data({ round: { ...currentRound, previousRoundId: null }, earlier: [] })).sheets[0]!;
    expect(sheet.previous).toBeNull();
    expect(sheet.wages[0]!.changeFen).toBeNull();
    expect(sheet.lines).toContain('本企业没有上一份工资协议可以比较。');
  });

  it('says the wage is not agreed yet when the round has no agreed table', () => {
    const set = sheetsOf(data({ round: { ...currentRound, agreed: null } }));
    expect(set.wageMissing).toBe('round.agreedMissing');
    expect(set.sheets[0]!.wages).toEqual([]);
    expect(set.sheets[0]!.lines[0]).toContain('还没有确定');
  });
});

describe('no roster: one sheet per group', () => {
  it('makes a sheet for each group the table or the terms name, and one for everyone else', () => {
    const set = sheetsOf(data({ roster: [] }));
    expect(set.perGroup).toBe(true);
    expect(set.sheets.map((s) => s.who)).toEqual([{ kind: 'group', group: '装配车间' }, { kind: 'group', group: '其他职工' }]);
    const assembly = set.sheets[0]!;
    expect(assembly.wages[0]!.monthlyFen).toBe(330_000);
    expect(assembly.items.map((i) => i.title)).toContain('装配车间高温补贴');
    expect(assembly.items.find((i) => i.title === '技能比武奖')!.conditionText).toContain('仅限双方确认名单内的职工');
    expect(assembly.items.find((i) => i.title === '返岗补贴')!.conditionText).toContain('放假、待岗职工');
    const others = set.sheets[1]!;
    expect(others.wages[0]!.monthlyFen).toBe(320_000);
    expect(others.items.map((i) => i.title)).not.toContain('装配车间高温补贴');
  });

  it('makes one sheet for all workers when nothing names a group', () => {
    const plain = roundOf({ id: 'r-x', title: '2027年度', agreed: wages.previous });
    const set = sheetsOf(data({ roster: [], round: plain, earlier: [] }));
    expect(set.sheets.map((s) => s.key)).toEqual(['group:全体职工']);
    expect(set.sheets[0]!.lines[0]).toContain('全体职工的月基本工资是3,000.00 元');
  });
});
