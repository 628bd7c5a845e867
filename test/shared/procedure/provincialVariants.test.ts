import { describe, it, expect } from 'vitest';
import { deadlineRulesDefault, provincialDeadlineRules } from '../../../shared/procedure/deadlineRules';
import type { ProvincialVariant } from '../../../shared/procedure/provincialVariants';
import { provincialVariantFor, provincialVariants } from '../../../shared/procedure/provincialVariants';
import { regionByCode } from '../../../shared/regions/region';

describe('provincial procedure variants', () => {
  it('finds the province of a county, and nothing for a province not looked at', () => {
    expect(provincialVariantFor('440106')?.regulation).toBe('《广东省企业集体合同条例》');
    expect(provincialVariantFor('330282')?.reply).toBeNull();
    expect(provincialVariantFor('370102')).toBeNull();
  });

  it('confirms nothing without an article read in the text, and names a real province once each', () => {
    const provinces = provincialVariants.map((v) => v.province);
    expect(new Set(provinces).size).toBe(provinces.length);
    for (const v of provincialVariants) {
      expect(regionByCode(`${v.province}0000`)).toBeDefined();
      for (const p of [v.reply, v.renewal]) {
        if (p === null) continue;
        expect(p.days).toBeGreaterThan(0);
        if (p.confirmed) expect(p.article).not.toBeNull();
        expect(p.readAt).not.toBe('');
      }
    }
  });

  it("agrees with Fujian's periods in the deadline table", () => {
    const fujian = provincialVariantFor('350982')!;
    const rule = (id: string) => deadlineRulesDefault.find((r) => r.id === id)!;
    expect(fujian.reply?.days).toBe(rule('reply.fujian').period.count);
    expect(fujian.renewal?.days).toBe(rule('renewal.fujian').period.count);
    expect(fujian.reply?.confirmed).toBe(rule('reply.fujian').verified);
  });

  it('computes with a period read with its article in the text, and with no other', () => {
    const variant = (province: string, confirmed: boolean): ProvincialVariant => ({
      province,
      regulation: '《某省集体合同条例》',
      adopted: null,
      effectiveFrom: '2010-01-01',
      reply: { days: 15, article: confirmed ? '第十四条' : null, confirmed, readAt: 'test' },
      renewal: { days: 60, article: confirmed ? '第三十条' : null, confirmed, readAt: 'test' },
    });
    const rules = provincialDeadlineRules([variant('32', true), variant('31', false)], []);
    expect(rules.map((r) => [r.id, r.region, r.event, r.period.count, r.direction, r.sourceZh, r.verified, r.effectiveFrom])).toEqual([
      ['reply.32', '32', 'request-received', 15, 'after', '《某省集体合同条例》第十四条', true, '2010-01-01'],
      ['renewal.32', '32', 'expiry', 60, 'before', '《某省集体合同条例》第三十条', true, '2010-01-01'],
    ]);
    // A province whose rules are written out in the table keeps them.
    expect(provincialDeadlineRules([variant('35', true)], deadlineRulesDefault)).toEqual([]);
  });

  it('ships a rule for every confirmed period, and none twice', () => {
    const ids = deadlineRulesDefault.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of provincialVariants) {
      if (v.province === '35') continue;
      expect(ids.includes(`reply.${v.province}`), v.province).toBe(v.reply?.confirmed === true);
      expect(ids.includes(`renewal.${v.province}`), v.province).toBe(v.renewal?.confirmed === true);
    }
  });
});
