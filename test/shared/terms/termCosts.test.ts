import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDate } from '../../../shared/dates/isoDate';
import { quarter } from '../../../shared/dates/quarter';
import { fen, fenFromYuan, fenSum } from '../../../shared/money/fen';
import { bp } from '../../../shared/money/rate';
import { ledgerSchema } from '../../../shared/terms/ledger';
import { referenceTermsCase } from '../../../shared/sample/referenceTerms';
import { termSchema } from '../../../shared/terms/term';
import { guaranteedPayStoppageFloor, termCostsFrom } from '../../../shared/terms/termCosts';
import type { TermCostSource } from '../../../shared/wage/termCost';

const c = referenceTermsCase();
const base = { terms: c.terms, roster: c.roster, ledger: c.ledger, calendar: holidayCalendarCn, asOf: isoDate('2021-12-31') };

function costs(input: Parameters<typeof termCostsFrom>[0]) {
  const r = termCostsFrom(input);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('term costs per quarter (TermCostSource)', () => {
  it('puts the job-retention payout, 171,300 元, in 2020-Q2 as one-off', () => {
    const source: TermCostSource = costs(base);
    expect(source.quarterCosts(quarter('2020-Q2'))).toEqual({ oneOff: fenFromYuan(171_300), baseBuilding: 0 });
    expect(source.quarterCosts(quarter('2020-Q3'))).toEqual({ oneOff: 0, baseBuilding: 0 });
  });

  it('puts the Spring Festival terms in the quarters they are due; leave and commitments cost nothing here', () => {
    const source = costs(base);
    // Overtime 131,310.48 + red packets 42,000 (Q1), return fares 13,800 (Q2).
    expect(source.quarterCosts(quarter('2021-Q1')).oneOff).toBe(13_131_048 + 4_200_000);
    expect(source.quarterCosts(quarter('2021-Q2')).oneOff).toBe(1_380_000);
    expect(source.lines.some((l) => l.termId.startsWith('auto2021') || l.termId === 'sf2021.deferredLeave')).toBe(false);
  });

  it('in the cash view counts payments in the quarter paid (the unpaid red packets and fares are absent)', () => {
    const source = costs({ ...base, basis: 'paid' });
    expect(source.quarterCosts(quarter('2021-Q1')).oneOff).toBe(13_131_048 + 3_000_000);
    expect(source.quarterCosts(quarter('2021-Q2')).oneOff).toBe(0);
  });

  it('reports only the guaranteed pay above the CNT-05 stoppage pay already in the wage bill', () => {
    // 1570 contract wage in month 1, then 70 % of the 1570 minimum: 1570 + 1099 + 1099 = 3768 of the 4710.
    const floor = { contractWage: fenFromYuan(1570), minimumWage: fenFromYuan(1570), allowanceRate: bp(7000) };
    const source = costs({ ...base, stoppagePayCovered: (term) => guaranteedPayStoppageFloor(term, floor) });
    expect(source.quarterCosts(quarter('2020-Q2')).oneOff).toBe(fenFromYuan(30 * (4710 - 3768) + 30 * 1000));
    const paid = costs({ ...base, basis: 'paid', stoppagePayCovered: (term) => guaranteedPayStoppageFloor(term, floor) });
    expect(paid.quarterCosts(quarter('2020-Q2')).oneOff).toBe(fenFromYuan(58_260));
  });

  it('keeps base-building terms apart from one-off ones, and costs terms with no ledger entries from the roster', () => {
    const terms = [
      termSchema.parse({ id: 'raise', kind: 'bonus', title: '计入基数的奖金', amountFen: 10_000, dueDate: '2021-05-01', basis: 'base_building' }),
      termSchema.parse({ id: 'gift', kind: 'bonus', title: '一次性', amountFen: 5_000, dueDate: '2021-05-01' }),
    ];
    const source = costs({ ...base, terms, ledger: ledgerSchema.parse({}) });
    expect(source.quarterCosts(quarter('2021-Q2'))).toEqual({ oneOff: 120 * 5_000, baseBuilding: 120 * 10_000 });
  });

  it('the quarters add up to the ledger\'s promises (no leakage between one-off and base-building)', () => {
    fc.assert(
      fc.property(fc.constantFrom<'due' | 'paid'>('due', 'paid'), (basis) => {
        const source = costs({ ...base, basis });
        const quarters = [...new Set(source.lines.map((l) => l.quarter))];
        const sum = fenSum(quarters.map((q) => fen(source.quarterCosts(q).oneOff + source.quarterCosts(q).baseBuilding)));
        expect(sum).toBe(fenSum(source.lines.map((l) => l.amountFen)));
      }),
    );
  });
});
