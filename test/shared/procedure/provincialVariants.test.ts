import { describe, it, expect } from 'vitest';
import { deadlineRulesDefault } from '../../../shared/procedure/deadlineRules';
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
});
