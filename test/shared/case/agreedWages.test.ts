// The agreed wage table: entered figures in date order, or the agreed scenario's wages over the term's
// quarters with equal neighbours merged. The table is what the agreement prints, so its periods must
// cover the term without a gap, each labelled as its dates say, and every amount must be the model's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreedStandardsFinal, agreedStandardsLowest, earlierRoundOf, quarterSpanText, roundAgreedStandards } from '../../../shared/case/agreedWages';
import { type AgreedStandard, type Round, roundSchema } from '../../../shared/case/round';
import { type IsoDate, isoDate, isoDateAddDays, isoDateFromEpochDay, isoDateToEpochDay } from '../../../shared/dates/isoDate';
import { quarter, quarterOf } from '../../../shared/dates/quarter';
import { quartersAfter, roundInput, wageModel } from './roundInputs';

function scenarioRound(baseQuarter: string, wages: readonly number[]): Round {
  const wage = wageModel(baseQuarter, quartersAfter(baseQuarter, wages.length), wages);
  return roundSchema.parse(roundInput({ wage, agreed: { kind: 'scenario', scenario: '协商一致', appliesTo: '一线职工' } }));
}

function standardsOf(round: Round, from: string, to: string): AgreedStandard[] {
  const found = roundAgreedStandards(round, { from: isoDate(from), to: isoDate(to) });
  if (!found.ok) throw new Error(found.error.code);
  return found.value;
}

const brief = (s: AgreedStandard) => [s.period, s.from, s.to, s.monthlyFen];

describe('quarterSpanText', () => {
  it('names one quarter, a run within a year, and a run across years', () => {
    expect(quarterSpanText(quarter('2027-Q1'), quarter('2027-Q1'))).toBe('2027年第一季度');
    expect(quarterSpanText(quarter('2027-Q2'), quarter('2027-Q4'))).toBe('2027年第二季度至第四季度');
    expect(quarterSpanText(quarter('2027-Q4'), quarter('2028-Q1'))).toBe('2027年第四季度至2028年第一季度');
  });
});

describe('roundAgreedStandards: entered figures', () => {
  it('returns them in date order, whatever order they were entered in', () => {
    const standards = [
      { period: '春节假期结束后', from: '2021-02-18', monthlyFen: 200_000 },
      { period: '春节假期结束前', from: '2021-02-01', to: '2021-02-17', monthlyFen: 175_000 },
    ];
    const round = roundSchema.parse(roundInput({ agreed: { kind: 'figures', standards } }));
    expect(standardsOf(round, '2021-02-01', '2022-01-31').map((s) => s.period)).toEqual(['春节假期结束前', '春节假期结束后']);
    // Figures need no term: they carry their own dates.
    expect(roundAgreedStandards(round, null).ok).toBe(true);
  });
});

describe('roundAgreedStandards: the agreed scenario', () => {
  it('gives two periods for a raise in the middle of a term that spans quarters, dated and labelled by quarter', () => {
    // 2,600 in the first half of 2027, 2,750 from July; the term runs from mid-February 2027 to mid-February 2028.
    const round = scenarioRound('2026-Q4', [260_000, 260_000, 275_000, 275_000]);
    expect(standardsOf(round, '2027-02-15', '2028-02-14').map(brief)).toEqual([
      ['2027年第一季度至第二季度', '2027-02-15', '2027-06-30', 260_000],
      ['2027年第三季度至2028年第一季度', '2027-07-01', null, 275_000],
    ]);
    expect(standardsOf(round, '2027-02-15', '2028-02-14').every((s) => s.appliesTo === '一线职工')).toBe(true);
  });

  it('gives one period, 合同期内, when the wage does not change over the term', () => {
    const round = scenarioRound('2026-Q4', [260_000, 260_000, 275_000]);
    expect(standardsOf(round, '2027-01-01', '2027-06-30').map(brief)).toEqual([['合同期内', '2027-01-01', null, 260_000]]);
  });

  it('carries the last modelled wage into a term that starts after the model ends', () => {
    // The parties modelled 2026 and agree for 2027.
    const round = scenarioRound('2025-Q4', [240_000, 250_000, 250_000, 255_000]);
    expect(standardsOf(round, '2027-01-01', '2027-12-31').map(brief)).toEqual([['合同期内', '2027-01-01', null, 255_000]]);
  });

  it('refuses a term that ends before the model starts', () => {
    const round = scenarioRound('2026-Q4', [260_000]);
    expect(roundAgreedStandards(round, { from: isoDate('2026-01-01'), to: isoDate('2026-06-30') })).toMatchObject({ ok: false, error: { code: 'round.modelAfterTerm' } });
  });

  it('labels the first period from the term\'s first quarter when the term starts before the model', () => {
    // The term starts in 2026-Q4, the model in 2027-Q1: the first wage applies from the term's first day, and its label says so.
    const round = scenarioRound('2026-Q4', [260_000, 275_000]);
    expect(standardsOf(round, '2026-12-01', '2027-05-31').map(brief)).toEqual([
      ['2026年第四季度至2027年第一季度', '2026-12-01', '2027-03-31', 260_000],
      ['2027年第二季度', '2027-04-01', null, 275_000],
    ]);
  });

  it('needs the term, and something marked agreed', () => {
    expect(roundAgreedStandards(scenarioRound('2026-Q4', [260_000]), null)).toMatchObject({ ok: false, error: { code: 'round.termMissing' } });
    expect(roundAgreedStandards(roundSchema.parse(roundInput()), null)).toMatchObject({ ok: false, error: { code: 'round.agreedMissing', params: { field: 'agreed' } } });
  });

  it('covers the term from its first day without a gap, each period a wage of the scenario and unlike the one before', () => {
    const day = (n: number) => isoDateFromEpochDay(isoDateToEpochDay(isoDate('2026-01-01')) + n);
    const models = fc.record({
      base: fc.integer({ min: 0, max: 11 }).map((i) => quartersAfter('2025-Q4', i + 1).at(-1)!),
      wages: fc.array(fc.integer({ min: 1, max: 4 }).map((k) => 200_000 + k * 10_000), { minLength: 1, maxLength: 8 }),
      start: fc.integer({ min: 0, max: 1500 }),
      length: fc.integer({ min: 0, max: 800 }),
    });
    fc.assert(
      fc.property(models, ({ base, wages, start, length }) => {
        const round = scenarioRound(base, wages);
        const term = { from: day(start), to: day(start + length) };
        const found = roundAgreedStandards(round, term);
        if (!found.ok) return found.error.code === 'round.modelAfterTerm';
        const standards = found.value;
        expect(standards[0]!.from).toBe(term.from);
        expect(standards.at(-1)!.to).toBeNull();
        standards.forEach((s, i) => {
          expect(wages).toContain(s.monthlyFen);
          // Several periods are labelled by the quarters their dates fall in.
          if (standards.length > 1) expect(s.period).toBe(quarterSpanText(quarterOf(s.from), quarterOf(s.to ?? term.to)));
          const next = standards[i + 1];
          if (!next) return;
          expect(s.to).not.toBeNull();
          expect(isoDateAddDays(s.to as IsoDate, 1)).toBe(next.from);
          expect(next.from <= term.to).toBe(true);
          expect(next.monthlyFen).not.toBe(s.monthlyFen);
        });
        return true;
      }),
    );
  });
});

describe('the settled wage and the lowest', () => {
  const table = [
    { period: '春节假期结束前', appliesTo: '全体职工', from: isoDate('2021-02-01'), to: isoDate('2021-02-17'), monthlyFen: 175_000 },
    { period: '春节假期结束后', appliesTo: '全体职工', from: isoDate('2021-02-18'), to: null, monthlyFen: 200_000 },
  ] as AgreedStandard[];

  it('settles on the last period\'s wage and checks the floor against the lowest', () => {
    expect(agreedStandardsFinal(table)).toBe(200_000);
    expect(agreedStandardsLowest(table)).toBe(175_000);
    expect([agreedStandardsFinal([]), agreedStandardsLowest([])]).toEqual([null, null]);
  });
});

describe('earlierRoundOf', () => {
  it('carries the title, kind, signing day and agreed table a later round cites', () => {
    const round = roundSchema.parse(
      roundInput({
        wage: wageModel('2026-Q4', ['2027-Q1', '2027-Q2'], [260_000, 275_000]),
        agreed: { kind: 'scenario', scenario: '协商一致' },
        procedure: { kind: 'wage-agreement', regionCode: '440106', term: { from: '2027-01-01', to: '2027-12-31' }, signing: { date: '2026-12-20', chiefsSigned: { workers: true, employer: true } } },
      }),
    );
    expect(earlierRoundOf(round)).toMatchObject({ id: 'r-2027', title: '2027年工资集体协商', kind: 'wage', signedAt: '2026-12-20' });
    expect(earlierRoundOf(round).standards.map((s) => s.monthlyFen)).toEqual([260_000, 275_000]);
  });

  it('cites no table for a round that agreed none yet', () => {
    expect(earlierRoundOf(roundSchema.parse(roundInput()))).toMatchObject({ signedAt: null, standards: [] });
  });
});
