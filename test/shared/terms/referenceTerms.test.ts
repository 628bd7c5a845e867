import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import { fenFromYuan } from '../../../shared/money/fen';
import { idNumberProblem } from '../../../shared/roster/idNumber';
import { referenceRoster } from '../../../shared/sample/referenceRoster';
import { commitmentSummaries } from '../../../shared/terms/commitment';
import { leaveSummary } from '../../../shared/terms/leave';
import { ledgerAgreementTotals, ledgerOverdueAlerts, ledgerTermSummaries, ledgerTotals } from '../../../shared/terms/ledgerSummary';
import { REFERENCE_JOB_RETENTION_PAYDAY, referenceTermsCase } from '../../../shared/sample/referenceTerms';
import { termsCaseParse } from '../../../shared/terms/termsCase';
import { workerStatement } from '../../../shared/terms/workerStatement';
import referenceCase from '../../../shared/sample/referenceCase.json';

const c = referenceTermsCase();
const asOf = isoDate('2021-03-31');
const summaries = ledgerTermSummaries(c.terms, c.ledger, asOf);
const byId = (id: string) => summaries.find((s) => s.termId === id)!;

describe('reference case: the job-retention ledger (保岗协议 2020)', () => {
  it('30 returning workers, 4710 + 1000 = 5710 each, 171,300 promised and all paid on 2020-06-30', () => {
    const guaranteed = byId('jr2020.guaranteedPay');
    const allowance = byId('jr2020.returnAllowance');
    expect([guaranteed.workers, allowance.workers]).toEqual([30, 30]);
    expect(guaranteed.promisedFen).toBe(fenFromYuan(30 * referenceCase.job_retention_agreement_2020.lump_sum_guaranteed_pay_cny));
    const jr = ledgerAgreementTotals(summaries).find((a) => a.agreement.startsWith('保岗协议'))!.totals;
    expect(jr).toEqual({
      promisedFen: fenFromYuan(referenceCase.derived_checks.job_retention_payout_for_30_workers_cny),
      paidFen: fenFromYuan(171_300),
      outstandingFen: 0,
      overdueFen: 0,
    });
    expect(REFERENCE_JOB_RETENTION_PAYDAY).toBe('2020-06-30');
  });

  it('is already all paid on the payday itself, and nothing of it is paid the day before', () => {
    const onPayday = ledgerTermSummaries(c.terms, c.ledger, isoDate('2020-06-30')).slice(0, 2);
    expect(onPayday.map((s) => s.paidFen)).toEqual([fenFromYuan(141_300), fenFromYuan(30_000)]);
    const before = ledgerTermSummaries(c.terms, c.ledger, isoDate('2020-06-29')).slice(0, 2);
    expect(before.map((s) => [s.paidFen, s.overdueFen])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('reference case: Spring Festival 2021', () => {
  it('red packets: 84 × 500 promised, 60 paid, 24 overdue on 2021-03-31', () => {
    expect(byId('sf2021.redPacket')).toMatchObject({ workers: 84, promisedFen: 4_200_000, paidFen: 3_000_000, outstandingFen: 1_200_000, overdueFen: 1_200_000, overdueWorkers: 24 });
    const alerts = ledgerOverdueAlerts(c.terms, c.ledger, asOf);
    expect(alerts).toHaveLength(24);
    expect(alerts[0]).toMatchObject({ termId: 'sf2021.redPacket', workerId: 'W061', dueDate: '2021-02-10', outstandingFen: 50_000, daysOverdue: 49 });
  });

  it('overtime: 84 staying workers × 1,563.22 at the 2000 base, paid on 2021-02-28', () => {
    expect(byId('sf2021.overtime')).toMatchObject({ workers: 84, promisedFen: 84 * 156_322, outstandingFen: 0 });
  });

  it('return fares: 100 % of each going-home worker\'s fare, outstanding but not yet due', () => {
    expect(byId('sf2021.returnFare')).toMatchObject({ workers: 24, promisedFen: 12 * 65_000 + 12 * 50_000, paidFen: 0, overdueFen: 0 });
    expect(ledgerTermSummaries(c.terms, c.ledger, isoDate('2021-05-01')).find((s) => s.termId === 'sf2021.returnFare')?.overdueFen).toBe(1_380_000);
  });

  it('deferred leave: 7 days each for 84 workers; W001\'s June leave counts from June', () => {
    const leave = c.terms.find((t) => t.kind === 'deferred_leave')!;
    if (leave.kind !== 'deferred_leave') throw new Error('not leave');
    expect(leaveSummary(leave, c.roster, c.ledger, asOf)).toMatchObject({ workers: 84, grantedDays: 588, takenDays: 0 });
    expect(leaveSummary(leave, c.roster, c.ledger, isoDate('2022-01-01'))).toMatchObject({ takenDays: 7, remainingDays: 581, expiredDays: 581 });
  });

  it('commitments keep their status and turn overdue after the deadline unless done', () => {
    expect(commitmentSummaries(c.terms, isoDate('2022-01-01')).map((k) => [k.termId, k.overdue])).toEqual([
      ['ohs2020.fumeCabinets', false],
      ['auto2021.investment', true],
      ['auto2021.safetyRules', true],
    ]);
  });

  it('gives a worker a statement of what is owed and what was paid', () => {
    const s = workerStatement('W070', c, asOf);
    expect(s.ok && s.value.totals).toEqual({ entitledFen: 156_322 + 50_000, paidFen: 156_322, outstandingFen: 50_000, overdueFen: 50_000 });
    expect(s.ok && s.value.worker.idNumberMasked).toMatch(/^000000\*{8}\d{3}[\dX]$/);
    expect(workerStatement('W999', c, asOf)).toMatchObject({ ok: false, error: { code: 'terms.workerUnknown' } });
  });
});

describe('reference case: the file itself', () => {
  it('has 120 synthetic workers with valid ID numbers from no real place (address code 000000)', () => {
    const roster = referenceRoster();
    expect(roster).toHaveLength(120);
    expect(roster.every((w) => idNumberProblem(w.idNumber) === null && w.idNumber.startsWith('000000') && /^职工\d{3}$/.test(w.name))).toBe(true);
  });

  it('survives a JSON round trip through the file parser unchanged', () => {
    const again = termsCaseParse(JSON.parse(JSON.stringify(c)));
    expect(again).toEqual({ ok: true, value: c });
  });

  it('totals: promised = paid + outstanding', () => {
    const t = ledgerTotals(summaries);
    expect(t.promisedFen).toBe(t.paidFen + t.outstandingFen);
    expect(t).toEqual({ promisedFen: 35_841_048, paidFen: 33_261_048, outstandingFen: 2_580_000, overdueFen: 1_200_000 });
  });
});
