// 500 sheets are built in well under the time a screen may stall: the terms are applied to the roster
// once per term (sheetItems.ts), not once per sheet.
import { expect, it } from 'vitest';
import { roundSchema } from '../../../shared/case/round';
import { roundBlank } from '../../../shared/case/roundNew';
import type { RoundId } from '../../../shared/case/round';
import { holidayCalendarCn } from '../../../shared/calendar/holidaysCn';
import { isoDate } from '../../../shared/dates/isoDate';
import { enterpriseInput } from '../../../shared/enterprise/model';
import { idNumberWithCheckChar } from '../../../shared/roster/idNumber';
import { workerSchema } from '../../../shared/roster/worker';
import { workerSheets } from '../../../templates/workerSheet/workerSheets';
import { creditCodeOf } from '../userCase';

it('builds 500 sheets, one per worker, each with only its worker, in under half a second', () => {
  const enterprise = enterpriseInput.parse({ name: '宜昌三峡阀门有限公司', creditCode: creditCodeOf('91420500MA4F00004'), regionCode: '420502', headcount: 500, legalRepresentative: '向东', unionChair: '田芳' });
  const roster = Array.from({ length: 500 }, (_, i) =>
    workerSchema.parse({ id: `W${i}`, name: `职工${String(i).padStart(3, '0')}`, idNumber: idNumberWithCheckChar(`42050219900101${String(i).padStart(3, '0')}`), group: ['甲班', '乙班'][i % 2] }),
  );
  const round = roundSchema.parse({
    ...roundBlank({ id: 'r1' as RoundId, title: '2027年度', kind: 'wage', enterprise }),
    agreed: { kind: 'figures', standards: [{ period: '合同期内', from: '2027-01-01', monthlyFen: 300_000 }] },
    terms: Array.from({ length: 8 }, (_, k) => ({ kind: 'bonus', id: `t${k}`, title: `奖金${k}`, amountFen: 10_000, dueDate: '2027-02-01', eligibility: { groups: k % 2 ? ['甲班'] : [] } })),
  });
  const started = performance.now();
  const set = workerSheets({ enterprise, people: [], round, earlier: [], roster }, holidayCalendarCn, isoDate('2027-01-15'));
  const ms = performance.now() - started;
  expect(set.sheets).toHaveLength(500);
  expect(set.sheets[1]!.items).toHaveLength(4);
  expect(JSON.stringify(set.sheets[7])).not.toContain('职工008');
  expect(ms).toBeLessThan(500);
});
