import { describe, it, expect } from 'vitest';
import { deadlineRulesDefault, provincialDeadlineRules } from '../../../shared/procedure/deadlineRules';
import { provincialPeriodComputed, provincialPeriodsFor, provincialVariantFor, provincialVariants, type ProvincialPeriod, type ProvincialVariant } from '../../../shared/procedure/provincialVariants';
import { regionByCode } from '../../../shared/regions/region';

/** count, unit, article, confirmed of a period, or null. */
const pin = (p: ProvincialPeriod | null | undefined) => (p ? [p.count, p.unit, p.article, p.confirmed] : null);

describe('provincial procedure variants', () => {
  it('finds the province of a county, and nothing for a province not looked at', () => {
    expect(provincialVariantFor('440106')?.regulation).toBe('《广东省企业集体合同条例》');
    expect(provincialVariantFor('330282')?.reply?.unit).toBe('working-day');
    expect(provincialVariantFor('370102')?.wageRegulation?.regulation).toBe('《山东省企业工资集体协商条例》');
    expect(provincialVariantFor('420102')).toBeNull();
  });

  it('confirms nothing without an article read in the text, and names a real province once each, in code order', () => {
    const provinces = provincialVariants.map((v) => v.province);
    expect(new Set(provinces).size).toBe(provinces.length);
    expect([...provinces].sort()).toEqual(provinces);
    for (const v of provincialVariants) {
      expect(regionByCode(`${v.province}0000`)).toBeDefined();
      for (const p of [v.reply, v.renewal, v.wageRegulation?.reply ?? null, v.wageRegulation?.renewal ?? null]) {
        if (p === null) continue;
        expect(p.count).toBeGreaterThan(0);
        expect(Number.isInteger(p.count)).toBe(true);
        if (p.confirmed) expect(p.article).not.toBeNull();
        expect(p.readAt).not.toBe('');
      }
    }
  });

  it('pins every period as read', () => {
    const table = Object.fromEntries(provincialVariants.map((v) => [v.province, {
      regulation: v.regulation,
      effectiveFrom: v.effectiveFrom,
      reply: pin(v.reply),
      renewal: pin(v.renewal),
      wage: v.wageRegulation
        ? { regulation: v.wageRegulation.regulation, effectiveFrom: v.wageRegulation.effectiveFrom, reply: pin(v.wageRegulation.reply), renewal: pin(v.wageRegulation.renewal) }
        : null,
    }]));
    expect(table).toEqual({
      '11': { regulation: '《北京市集体合同条例》', effectiveFrom: '2005-11-01', reply: [20, 'day', '第三十二条', true], renewal: [3, 'month', '第四十三条', true], wage: null },
      '31': { regulation: '《上海市集体合同条例》', effectiveFrom: '2008-01-01', reply: [15, 'day', '第十五条', true], renewal: null, wage: null },
      '32': { regulation: '《江苏省集体协商条例》', effectiveFrom: '2023-05-01', reply: null, renewal: null, wage: null },
      '33': { regulation: '《浙江省集体合同条例》', effectiveFrom: '2011-01-01', reply: [10, 'working-day', '第七条', true], renewal: [90, 'day', '第三十条', true], wage: null },
      '34': { regulation: '《安徽省集体合同条例》', effectiveFrom: '2011-01-01', reply: null, renewal: null, wage: null },
      '35': { regulation: '《福建省企业集体协商和集体合同条例》', effectiveFrom: null, reply: [15, 'day', null, false], renewal: [90, 'day', null, false], wage: null },
      '36': { regulation: '《江西省集体合同条例》', effectiveFrom: null, reply: null, renewal: null, wage: null },
      '37': {
        regulation: '《山东省企业集体合同条例》', effectiveFrom: null, reply: [15, 'day', '第五条', false], renewal: null,
        wage: { regulation: '《山东省企业工资集体协商条例》', effectiveFrom: '2017-01-01', reply: [10, 'day', '第二十一条', true], renewal: null },
      },
      '41': {
        regulation: '《河南省企业集体合同条例》', effectiveFrom: '1999-12-01', reply: [15, 'day', '第九条', true], renewal: [60, 'day', '第二十条', true],
        wage: { regulation: '《河南省企业工资集体协商条例》', effectiveFrom: '2014-01-01', reply: [10, 'working-day', '第二十一条', true], renewal: [2, 'month', '第三十一条', true] },
      },
      '44': { regulation: '《广东省企业集体合同条例》', effectiveFrom: '2015-01-01', reply: [30, 'day', null, false], renewal: null, wage: null },
      '50': { regulation: '《重庆市集体合同条例》', effectiveFrom: '2017-01-01', reply: [20, 'day', '第十九条', true], renewal: [3, 'month', '第三十三条', true], wage: null },
    });
  });

  it('gives the periods for a due, a wage agreement also its wage regulation\'s, and says which are computed', () => {
    const of = (region: string, due: 'reply' | 'renewal-request', kind: 'wage-agreement' | 'collective-contract') =>
      provincialPeriodsFor(region, due, kind).map(({ regulation, period }) => [regulation, period.count, period.unit, provincialPeriodComputed(period)]);
    expect(of('410102', 'reply', 'wage-agreement')).toEqual([['《河南省企业集体合同条例》', 15, 'day', true], ['《河南省企业工资集体协商条例》', 10, 'working-day', false]]);
    expect(of('410102', 'reply', 'collective-contract')).toEqual([['《河南省企业集体合同条例》', 15, 'day', true]]);
    expect(of('370102', 'renewal-request', 'wage-agreement')).toEqual([]);
    expect(of('440106', 'reply', 'collective-contract')).toEqual([['《广东省企业集体合同条例》', 30, 'day', false]]);
    expect(of('620102', 'reply', 'wage-agreement')).toEqual([]);
  });

  it("agrees with Fujian's periods in the deadline table", () => {
    const fujian = provincialVariantFor('350982')!;
    const rule = (id: string) => deadlineRulesDefault.find((r) => r.id === id)!;
    expect(fujian.reply?.count).toBe(rule('reply.fujian').period.count);
    expect(fujian.reply?.unit).toBe(rule('reply.fujian').period.unit);
    expect(fujian.renewal?.count).toBe(rule('renewal.fujian').period.count);
    expect(fujian.renewal?.unit).toBe(rule('renewal.fujian').period.unit);
    expect(fujian.reply?.confirmed).toBe(rule('reply.fujian').verified);
  });

  it('computes with a period read with its article in the text, and with no other', () => {
    const variant = (province: string, confirmed: boolean): ProvincialVariant => ({
      province,
      regulation: '《某省集体合同条例》',
      adopted: null,
      effectiveFrom: '2010-01-01',
      reply: { count: 15, unit: 'day', article: confirmed ? '第十四条' : null, confirmed, readAt: 'test' },
      renewal: { count: 60, unit: 'day', article: confirmed ? '第三十条' : null, confirmed, readAt: 'test' },
    });
    const rules = provincialDeadlineRules([variant('32', true), variant('31', false)], []);
    expect(rules.map((r) => [r.id, r.region, r.event, r.period.count, r.direction, r.sourceZh, r.verified, r.effectiveFrom])).toEqual([
      ['reply.32', '32', 'request-received', 15, 'after', '《某省集体合同条例》第十四条', true, '2010-01-01'],
      ['renewal.32', '32', 'expiry', 60, 'before', '《某省集体合同条例》第三十条', true, '2010-01-01'],
    ]);
    // A province whose rules are written out in the table keeps them.
    expect(provincialDeadlineRules([variant('35', true)], deadlineRulesDefault)).toEqual([]);
  });

  it('computes months as months, leaves working days out, and gives a wage regulation rules for wage agreements alone', () => {
    const v: ProvincialVariant = {
      province: '41',
      regulation: '《某省集体合同条例》',
      adopted: null,
      effectiveFrom: '2000-01-01',
      reply: { count: 10, unit: 'working-day', article: '第七条', confirmed: true, readAt: 'test' },
      renewal: { count: 3, unit: 'month', article: '第三十条', confirmed: true, readAt: 'test' },
      wageRegulation: {
        regulation: '《某省企业工资集体协商条例》',
        adopted: null,
        effectiveFrom: '2014-01-01',
        reply: { count: 10, unit: 'day', article: '第二十一条', confirmed: true, readAt: 'test' },
        renewal: { count: 2, unit: 'month', article: '第三十一条', confirmed: true, readAt: 'test' },
      },
    };
    expect(provincialDeadlineRules([v], []).map((r) => [r.id, r.kinds, r.period, r.sourceZh, r.effectiveFrom])).toEqual([
      ['renewal.41', ['wage-agreement', 'collective-contract', 'special-contract'], { count: 3, unit: 'month' }, '《某省集体合同条例》第三十条', '2000-01-01'],
      ['reply.41.wage', ['wage-agreement'], { count: 10, unit: 'day' }, '《某省企业工资集体协商条例》第二十一条', '2014-01-01'],
      ['renewal.41.wage', ['wage-agreement'], { count: 2, unit: 'month' }, '《某省企业工资集体协商条例》第三十一条', '2014-01-01'],
    ]);
  });

  it('ships a rule for every confirmed period in calendar days or months, and none twice', () => {
    const ids = deadlineRulesDefault.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const computed = (p: ProvincialPeriod | null | undefined) => p?.confirmed === true && p.unit !== 'working-day';
    for (const v of provincialVariants) {
      if (v.province === '35') continue;
      expect(ids.includes(`reply.${v.province}`), v.province).toBe(computed(v.reply));
      expect(ids.includes(`renewal.${v.province}`), v.province).toBe(computed(v.renewal));
      expect(ids.includes(`reply.${v.province}.wage`), v.province).toBe(computed(v.wageRegulation?.reply));
      expect(ids.includes(`renewal.${v.province}.wage`), v.province).toBe(computed(v.wageRegulation?.renewal));
    }
    expect(ids.filter((id) => /^(reply|renewal)\.\d{2}/.test(id))).toEqual([
      'reply.11', 'renewal.11', 'reply.31', 'renewal.33', 'reply.37.wage', 'reply.41', 'renewal.41', 'renewal.41.wage', 'reply.50', 'renewal.50',
    ]);
  });
});
