import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sequenceAlign } from '../../../templates/redline/align';
import { type RedlineSegment, segmentsText, textDiff, textTokens } from '../../../templates/redline/textDiff';

/** [-deleted-]{+inserted+} notation, to read a diff at a glance. */
const marked = (segments: readonly RedlineSegment[]) =>
  segments.map((s) => (s.kind === 'equal' ? s.text : s.kind === 'deleted' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
const diff = (a: string, b: string) => marked(textDiff([{ text: a }], [{ text: b }]));

describe('textTokens', () => {
  it('keeps amounts, percentages, capitals and Chinese numerals whole, other Chinese text by character', () => {
    expect(textTokens('由1,750.00 元调整为1,570.00 元（大写：人民币壹仟伍佰柒拾元整），增长-10.29%，第十一条')).toEqual(
      ['由', '1,750.00', ' ', '元', '调', '整', '为', '1,570.00', ' ', '元', '（', '大', '写', '：', '人', '民', '币', '壹仟伍佰柒拾元整', '）', '，', '增', '长', '-10.29%', '，', '第', '十一', '条'],
    );
  });

  it('keeps a character outside the BMP as one token and a line break apart from other space', () => {
    expect(textTokens('𠮷 a\nb')).toEqual(['𠮷', ' ', 'a', '\n', 'b']);
  });
});

describe('textDiff', () => {
  it('reads a changed amount old → new, in figures and in capitals', () => {
    expect(diff('1,750.00 元', '1,570.00 元')).toBe('[-1,750.00-]{+1,570.00+} 元');
    expect(diff('人民币壹仟柒佰伍拾元整', '人民币壹仟伍佰柒拾元整')).toBe('人民币[-壹仟柒佰伍拾元整-]{+壹仟伍佰柒拾元整+}');
  });

  it('changes only the figures of a date and the numeral of an article', () => {
    expect(diff('本合同期限自2020年1月1日起至2020年3月31日止。', '本合同期限自2020年4月1日起至2021年3月31日止。')).toBe(
      '本合同期限自2020年[-1-]{+4+}月1日起至[-2020-]{+2021+}年3月31日止。',
    );
    expect(diff('第九条', '第十一条')).toBe('第[-九-]{+十一+}条');
  });

  it('keeps two amounts swapped in a sentence as small changes rather than replacing the sentence', () => {
    expect(diff('由1,750.00 元调整为1,570.00 元，增长-10.29%。', '由1,570.00 元调整为1,750.00 元，增长11.46%。')).toBe(
      '由[-1,750.00-]{+1,570.00+} 元调整为[-1,570.00-]{+1,750.00+} 元，增长[--10.29%-]{+11.46%+}。',
    );
  });

  it('replaces a reworded phrase whole instead of keeping stray shared characters', () => {
    expect(diff('按照国家和本省有关规定发放生活费。', '按不低于当地最低工资标准70%的标准发放生活费。')).toBe('按[-照国家和本省有关规定-]{+不低于当地最低工资标准70%的标准+}发放生活费。');
  });

  it('keeps bold and blank runs as they were and treats a change of bold as a change', () => {
    const segments = textDiff([{ text: '金额：' }, { text: '100', bold: true }], [{ text: '金额：' }, { text: '100' }]);
    expect(segments).toEqual([
      { kind: 'equal', text: '金额：' },
      { kind: 'deleted', text: '100', bold: true },
      { kind: 'inserted', text: '100' },
    ]);
  });

  it('gives back both texts exactly: the old from equal and deleted pieces, the new from equal and inserted', () => {
    const text = fc.string({ unit: fc.constantFrom('工', '资', '元', '整', '壹', '伍', '十', '1', '5', ',', '.', '%', '-', ' ', '\n', 'a') });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const segments = textDiff([{ text: a }], [{ text: b }]);
        expect(segmentsText(segments, 'previous')).toBe(a);
        expect(segmentsText(segments, 'next')).toBe(b);
        expect(segments.every((s) => s.text.length > 0)).toBe(true);
      }),
    );
  });
});

describe('sequenceAlign', () => {
  const id = (s: string) => s.split(':')[0]!;
  it('matches by identity, pairs what is left between matches in order, deletions before insertions', () => {
    const aligned = sequenceAlign(['a:1', 'b:1', 'c:1', 'd:1'], ['a:1', 'x:2', 'c:2', 'e:1', 'd:1'], id, () => true);
    expect(aligned).toEqual([
      { previous: 'a:1', next: 'a:1' },
      { previous: 'b:1', next: 'x:2' },
      { previous: 'c:1', next: 'c:2' },
      { previous: null, next: 'e:1' },
      { previous: 'd:1', next: 'd:1' },
    ]);
  });

  it('leaves unpairable items alone, so each side read in order is that side', () => {
    const aligned = sequenceAlign(['p1', 't1'], ['t2', 'p2', 'p3'], (s) => s, (a, b) => a[0] === b[0]);
    expect(aligned.flatMap((a) => (a.previous ? [a.previous] : []))).toEqual(['p1', 't1']);
    expect(aligned.flatMap((a) => (a.next ? [a.next] : []))).toEqual(['t2', 'p2', 'p3']);
    expect(aligned.filter((a) => a.previous && a.next)).toEqual([{ previous: 'p1', next: 'p2' }]);
  });
});
