// The congress paper: one unnamed ballot per delegate, three to a page; the tally sheet with the count as
// entered (blanks when not yet counted), the thresholds, the scrutineers' signatures and the roll to sign.
import { describe, expect, it } from 'vitest';
import { type CongressSheetView, congressBallots, congressTally } from '../../templates/documents/congressSheets';
import { documentPlainText } from '../../templates/model';
import type { IsoDate } from '../../shared/dates/isoDate';

const roll = Array.from({ length: 7 }, (_, i) => ({ name: `代表${i + 1}`, group: i % 2 ? '二车间' : '一车间', present: i < 5 }));
const view: CongressSheetView = {
  enterpriseName: '某某机械有限公司', body: '职工代表大会', agreementTitle: '某某机械有限公司2027年度工资专项集体合同',
  date: '2027-01-15' as IsoDate, method: '无记名投票', secret: true, roll, rollCalled: true, present: 5,
  count: { for: 4, against: 1, abstaining: 0, invalid: 0 }, resultText: '同意 4 票，超过全体 7 人的半数：草案通过。',
};

describe('ballots', () => {
  it('are one per delegate, three to a page, with no name or number on them', () => {
    const doc = congressBallots(view);
    expect(doc.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(2);
    const text = documentPlainText(doc);
    expect(text.match(/表决票/g)?.length).toBe(1 + 7);
    expect(text).not.toContain('代表1');
    expect(text).toContain('同意 | 反对 | 弃权');
  });
});

describe('the tally sheet', () => {
  it('prints the count, the thresholds of all seven, the signatures and the roll with its marks', () => {
    const text = documentPlainText(congressTally(view));
    expect(text).toContain('应到代表 7 人，实到代表 5 人；法定出席人数 5 人');
    expect(text).toContain('通过须同意 4 票以上');
    expect(text).toContain('5 张 | 5 张 | 4 票 | 1 票 | 0 票 | 0 票');
    expect(text).toContain('表决结果：同意 4 票');
    expect(text).toContain('监票人（签字）');
    expect(text).toContain('6 | 代表6 | 二车间 | 缺席');
  });
  it('leaves blanks to fill by hand before the roll call and the count, and counts hands without ballots', () => {
    const text = documentPlainText(congressTally({ ...view, method: '举手表决', secret: false, rollCalled: false, present: null, count: null, resultText: null }));
    expect(text).not.toContain('发出选票');
    expect(text).not.toContain('缺席');
    expect(text).toContain('同意 | 反对 | 弃权');
  });
});
