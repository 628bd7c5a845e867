// The terms screens' small rules: the payment form refuses what the ledger would, search never matches
// ID-number digits on a short query, Excel's column letters, and no worker number shown when it is the ID number.
import { describe, expect, it } from 'vitest';
import { paymentDraftCheck } from '../../../renderer/features/terms/PaymentForm';
import { columnLetter, rosterProblemKey } from '../../../renderer/features/terms/rosterImportText';
import { rosterSearch, workerNumberShown } from '../../../renderer/features/terms/rosterSearch';
import type { Fen } from '../../../shared/money/fen';
import { idNumberWithCheckChar } from '../../../shared/roster/idNumber';
import { workerSchema } from '../../../shared/roster/worker';

describe('paymentDraftCheck', () => {
  const owed = 50_000 as Fen;
  it('accepts an amount up to what is outstanding', () => {
    expect(paymentDraftCheck('500', '2021-03-31', ' 补发 ', owed).draft).toEqual({ amountFen: 50_000, date: '2021-03-31', note: '补发' });
    expect(paymentDraftCheck('123.45', '2021-03-31', '', owed).draft?.amountFen).toBe(12_345);
  });
  it('refuses empty, malformed, zero, too large amounts and a missing date', () => {
    expect(paymentDraftCheck('', '2021-03-31', '', owed).errors.amount).toBe('terms.payment.errors.required');
    expect(paymentDraftCheck('5.001', '2021-03-31', '', owed).errors.amount).toBe('terms.payment.errors.amount');
    expect(paymentDraftCheck('0', '2021-03-31', '', owed).errors.amount).toBe('terms.payment.errors.positive');
    expect(paymentDraftCheck('500.01', '2021-03-31', '', owed).errors.amount).toBe('terms.payment.errors.overpaid');
    const noDate = paymentDraftCheck('100', '', '', owed);
    expect(noDate.errors.date).toBe('terms.payment.errors.date');
    expect(noDate.draft).toBeNull();
  });
});

describe('roster search and worker numbers', () => {
  const idNumber = idNumberWithCheckChar('00000019950101001')!;
  const roster = [
    workerSchema.parse({ id: 'W001', name: '张三', idNumber: idNumberWithCheckChar('00000019900101001'), group: '一车间' }),
    workerSchema.parse({ id: idNumber, name: '李四', idNumber }),
  ];
  it('finds by name, number and group; ID digits only from 4 characters', () => {
    expect(rosterSearch(roster, '张').map((w) => w.name)).toEqual(['张三']);
    expect(rosterSearch(roster, '车间').map((w) => w.name)).toEqual(['张三']);
    expect(rosterSearch(roster, '000')).toHaveLength(0);
    expect(rosterSearch(roster, idNumber.slice(-4)).map((w) => w.name)).toEqual(['李四']);
    expect(rosterSearch(roster, '  ')).toHaveLength(2);
  });
  it('shows no worker number when the roster had none (the id is the ID number)', () => {
    expect(workerNumberShown(roster[0]!)).toBe('W001');
    expect(workerNumberShown(roster[1]!)).toBeNull();
  });
});

describe('import text helpers', () => {
  it('labels columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
  it('turns problem codes into nested-safe keys', () => {
    expect(rosterProblemKey('roster.idNumber.checksum')).toBe('terms.problem.roster_idNumber_checksum');
  });
});
