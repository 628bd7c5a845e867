// Where a round stands on a day, read only from its procedure record and whether its agreement carries
// both chiefs' signatures: drafting until both chiefs sign, then signed, filed, in force, and expired.
import { describe, expect, it } from 'vitest';
import type { ProcedureRecordInput } from '../../../shared/procedure/record';
import { roundSchema } from '../../../shared/case/round';
import { roundStatus, roundStatuses } from '../../../shared/case/roundStatus';
import { isoDate } from '../../../shared/dates/isoDate';
import { roundInput } from './roundInputs';

const term = { from: '2027-01-01', to: '2027-12-31' };
const bothSigned = { date: '2026-12-20', chiefsSigned: { workers: true, employer: true } };
const filed = { submittedAt: '2026-12-24', copies: 3 };

function status(procedure: Partial<ProcedureRecordInput>, today: string, agreementSigned = false) {
  const round = roundSchema.parse(roundInput({ procedure: { kind: 'wage-agreement', regionCode: '440106', ...procedure } }));
  return roundStatus(round, isoDate(today), agreementSigned);
}

describe('roundStatus', () => {
  it('is drafting until both chiefs have signed, even after the term is over', () => {
    expect(status({ term }, '2027-03-01')).toBe('drafting');
    expect(status({ term, signing: { date: '2026-12-20', chiefsSigned: { workers: true, employer: false } } }, '2027-03-01')).toBe('drafting');
    expect(status({ term }, '2028-03-01')).toBe('drafting');
  });

  it('is signed once both chiefs signed, in the record or on the frozen agreement, and nothing is filed', () => {
    expect(status({ term, signing: bothSigned }, '2026-12-21')).toBe('signed');
    expect(status({ term }, '2026-12-21', true)).toBe('signed');
    // Not filed stays signed even once the term has begun: nothing else is inferred.
    expect(status({ term, signing: bothSigned }, '2027-02-01')).toBe('signed');
  });

  it('is filed once submitted, before the term begins (and when there is no term)', () => {
    expect(status({ term, signing: bothSigned, filing: filed }, '2026-12-28')).toBe('filed');
    expect(status({ signing: bothSigned, filing: filed }, '2027-06-01')).toBe('filed');
    // A filing record without a submission date is not a filing.
    expect(status({ term, signing: bothSigned, filing: { copies: 3 } }, '2026-12-28')).toBe('signed');
  });

  it('is in force from the term\'s first day to its last, once filed', () => {
    expect(status({ term, signing: bothSigned, filing: filed }, '2027-01-01')).toBe('inForce');
    expect(status({ term, signing: bothSigned, filing: filed }, '2027-12-31')).toBe('inForce');
  });

  it('is expired after the term\'s last day, whether filed or not', () => {
    expect(status({ term, signing: bothSigned, filing: filed }, '2028-01-01')).toBe('expired');
    expect(status({ term, signing: bothSigned }, '2028-01-01')).toBe('expired');
  });

  it('names each status it can return', () => {
    expect(roundStatuses).toEqual(['drafting', 'signed', 'filed', 'inForce', 'expired']);
  });
});
