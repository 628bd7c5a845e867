import { describe, expect, it } from 'vitest';
import { pasteColumnFigures, pasteColumnParse } from '../../../renderer/features/scenarios/pasteColumn';

describe('pasteColumnParse: output in 万元', () => {
  it('reads a column as Excel and WPS copy it: grouping, units, CRLF, a trailing newline', () => {
    const parsed = pasteColumnParse('2,700\r\n2160万元\r\n2808.5 万\r\n4,492.8\r\n', 'wanYuan');
    expect(parsed.errors).toEqual([]);
    expect(pasteColumnFigures(parsed)).toEqual([2_700_000_000, 2_160_000_000, 2_808_500_000, 4_492_800_000]);
    expect(parsed.lines).toEqual([1, 2, 3, 4]);
  });

  it('reads full-width digits and an amount written in 元', () => {
    expect(pasteColumnFigures(pasteColumnParse('２７００\n27,000,000元', 'wanYuan'))).toEqual([2_700_000_000, 2_700_000_000]);
  });

  it('names each bad line with its number and text, and gives no figures to apply', () => {
    const parsed = pasteColumnParse('2700\nabc\n\n0\n1,27\n-5', 'wanYuan');
    expect(parsed.errors).toEqual([
      { line: 2, text: 'abc', key: 'scenarios.paste.notAmount' },
      { line: 3, text: '', key: 'scenarios.paste.blankLine' },
      { line: 4, text: '0', key: 'scenarios.paste.notPositive' },
      { line: 5, text: '1,27', key: 'scenarios.paste.notAmount' },
      { line: 6, text: '-5', key: 'scenarios.paste.notPositive' },
    ]);
    expect(parsed.figures).toEqual([2_700_000_000, null, null, null, null, null]);
    expect(pasteColumnFigures(parsed)).toBeNull();
  });

  it('refuses several columns and says so for the line', () => {
    expect(pasteColumnParse('2700\t2160', 'wanYuan').errors).toEqual([{ line: 1, text: '2700\t2160', key: 'scenarios.paste.manyColumns' }]);
    // A trailing tab (an empty cell beside) is not a second column.
    expect(pasteColumnFigures(pasteColumnParse('2700\t\n2160\t', 'wanYuan'))).toEqual([2_700_000_000, 2_160_000_000]);
  });

  it('says when there is nothing to read, and when there are more quarters than a case holds', () => {
    expect(pasteColumnParse(' \n\n', 'wanYuan').errors).toEqual([{ line: 0, text: '', key: 'scenarios.paste.empty' }]);
    const many = Array.from({ length: 41 }, () => '100').join('\n');
    expect(pasteColumnParse(many, 'wanYuan').errors).toEqual([{ line: 0, text: '', key: 'scenarios.paste.tooMany' }]);
  });

  it('counts lines from the top of the paste, leading blank lines included', () => {
    const parsed = pasteColumnParse('\n\n2700\nx', 'wanYuan');
    expect(parsed.lines).toEqual([3, 4]);
    expect(parsed.errors).toEqual([{ line: 4, text: 'x', key: 'scenarios.paste.notAmount' }]);
  });
});

describe('pasteColumnParse: quarter-on-quarter changes in %', () => {
  it('reads signs, % and ％, and the minus signs spreadsheets use', () => {
    expect(pasteColumnFigures(pasteColumnParse('-70%\n−20％\n+30\n60.25', 'percent'))).toEqual([-7000, -2000, 3000, 6025]);
  });

  it('refuses a fall of 100 % or more, more than 2 decimals, and text', () => {
    const parsed = pasteColumnParse('-100%\n1.234\n三十', 'percent');
    expect(parsed.errors.map((e) => [e.line, e.key])).toEqual([
      [1, 'scenarios.paste.changeTooLow'],
      [2, 'scenarios.paste.notPercent'],
      [3, 'scenarios.paste.notPercent'],
    ]);
  });
});
