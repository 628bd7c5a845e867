// The amounts a redline changes, as the comparison's summary lists them: wage-table cells in figures under
// their column's header (the capitals beside them left out), amount lines by their label, and amounts
// inside an article's text paired in order.
import { describe, expect, it } from 'vitest';
import type { Fen } from '../../../shared/money/fen';
import type { Document } from '../../../templates/model';
import { redlineAmountChanges } from '../../../templates/redline/amountChanges';
import { caseRedline } from '../../../templates/redline/caseRedline';
import { documentRedline } from '../../../templates/redline/redline';
import { sampleRound } from './redlinePairs';

const doc = (amount: number, text: string): Document => ({
  title: '保岗协议',
  meta: { draft: true },
  blocks: [
    { kind: 'clause', id: '保底.1', number: '第一条', heading: '保底工资', paragraphs: [{ runs: [{ text }] }] },
    { kind: 'amount', label: '保岗协议支付总额', amount: amount as Fen },
  ],
});

describe('redlineAmountChanges', () => {
  it('reads the wage cut of ref-2020-2 from the wage table: 1,750.00 元 → 1,570.00 元 under 月基本工资', () => {
    const r = caseRedline('wage-agreement', sampleRound('ref-2020-1'), sampleRound('ref-2020-2')).redline!;
    expect(redlineAmountChanges(r)).toEqual([{ label: '月基本工资', context: '合同期内（2020年4月1日起）', previous: '1,750.00 元', next: '1,570.00 元' }]);
  });

  it('reads amount lines by their label and amounts in an article by the article', () => {
    const r = documentRedline(doc(17_130_000, '停工期间每人每月发放1,570.00 元，返岗补贴200 元。'), doc(18_000_000, '停工期间每人每月发放1,650.00 元，返岗补贴200 元。'));
    expect(redlineAmountChanges(r)).toEqual([
      { label: '第一条 保底工资', context: null, previous: '1,570.00 元', next: '1,650.00 元' },
      { label: '保岗协议支付总额', context: null, previous: '171,300.00 元', next: '180,000.00 元' },
    ]);
  });

  it('pairs nothing when an article gains or loses an amount', () => {
    const r = documentRedline(doc(100, '每人每月发放1,570.00 元。'), doc(100, '每人每月发放1,570.00 元，另发200 元。'));
    expect(redlineAmountChanges(r)).toEqual([]);
  });
});
