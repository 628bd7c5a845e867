import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fenToCapitals } from '../../../shared/money/capitals';
import { type Fen, fen, fenFromYuan } from '../../../shared/money/fen';

const DIGIT = '零壹贰叁肆伍陆柒捌玖';
const SMALL_UNIT: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };

/** Reads an integer in capitals (壹拾万零柒仟, 壹万亿…): written independently of nzh, for round trips. */
function integerFromCapitals(text: string): bigint {
  let total = 0n; // complete 亿 groups
  let section = 0n; // below 亿, complete 万 groups included
  let group = 0n; // below 万
  let digit = 0n;
  for (const ch of text) {
    const d = DIGIT.indexOf(ch);
    if (d >= 0) digit = BigInt(d);
    else if (ch in SMALL_UNIT) {
      group += digit * SMALL_UNIT[ch]!;
      digit = 0n;
    } else if (ch === '万') {
      section = (section + group + digit) * 10_000n;
      group = digit = 0n;
    } else if (ch === '亿') {
      total = (total + section + group + digit) * 100_000_000n;
      section = group = digit = 0n;
    } else throw new Error(`unexpected ${ch} in ${text}`);
  }
  return total + section + group + digit;
}

/** 人民币…元[零][X角][X分][整] → 分, or throws when the text breaks the bill-writing pattern. */
function fenFromCapitals(text: string): bigint {
  const m = /^人民币(?:([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)元)?(零)?(?:([壹贰叁肆伍陆柒捌玖])角)?(?:([壹贰叁肆伍陆柒捌玖])分)?(整)?$/.exec(text);
  if (!m) throw new Error(`not a capital amount: ${text}`);
  const [, whole, , jiao, fenDigit, zheng] = m;
  if (fenDigit && zheng) throw new Error(`整 after 分: ${text}`);
  if (!fenDigit && !zheng) throw new Error(`no 整 and no 分: ${text}`);
  const yuan = whole ? integerFromCapitals(whole) : 0n;
  return yuan * 100n + BigInt(jiao ? DIGIT.indexOf(jiao) : 0) * 10n + BigInt(fenDigit ? DIGIT.indexOf(fenDigit) : 0);
}

const capitalsOfYuan = (yuan: number) => fenToCapitals(fenFromYuan(yuan));

describe('fenToCapitals: the examples of 《正确填写票据和结算凭证的基本规定》', () => {
  it.each([
    // (五)1: a 0 between digits is written 零; 整 after 角 (our choice, allowed by (二)).
    [1409.5, '人民币壹仟肆佰零玖元伍角整'],
    // (五)2: several 0s in a row are one 零.
    [6007.14, '人民币陆仟零柒元壹角肆分'],
    // (五)3: 元 digit 0, 角 not: our form writes 零 after 元 (the rule's first example form).
    [1680.32, '人民币壹仟陆佰捌拾元零叁角贰分'],
    [107000.53, '人民币壹拾万柒仟元零伍角叁分'],
    // (五)4: 角 is 0 and 分 is not: 零 after 元.
    [16409.02, '人民币壹万陆仟肆佰零玖元零贰分'],
    [325.04, '人民币叁佰贰拾伍元零肆分'],
    // (二): ending at 元 takes 整.
    [171300, '人民币壹拾柒万壹仟叁佰元整'],
    [2000, '人民币贰仟元整'],
    [1570, '人民币壹仟伍佰柒拾元整'],
    [5710, '人民币伍仟柒佰壹拾元整'],
    [1, '人民币壹元整'],
    [10, '人民币壹拾元整'],
    [100010, '人民币壹拾万零壹拾元整'],
    [100100100, '人民币壹亿零壹拾万零壹佰元整'],
    [1000000001, '人民币壹拾亿零壹元整'],
    [2000000, '人民币贰佰万元整'],
  ])('%s 元 → %s', (yuan, expected) => {
    expect(capitalsOfYuan(yuan)).toBe(expected);
  });

  it('writes amounts below one 元 without a leading 零元', () => {
    expect(capitalsOfYuan(0.07)).toBe('人民币柒分');
    expect(capitalsOfYuan(0.5)).toBe('人民币伍角整');
    expect(capitalsOfYuan(0.53)).toBe('人民币伍角叁分');
  });

  it('writes round 万 and 亿 with nothing after them but 元整', () => {
    expect(capitalsOfYuan(10000)).toBe('人民币壹万元整');
    expect(capitalsOfYuan(50000000)).toBe('人民币伍仟万元整');
    expect(capitalsOfYuan(100000000)).toBe('人民币壹亿元整');
    expect(capitalsOfYuan(1200000000)).toBe('人民币壹拾贰亿元整');
    // An empty 万 group inside 亿 is one 零, not 零万.
    expect(capitalsOfYuan(100005000)).toBe('人民币壹亿零伍仟元整');
  });

  it('writes zero as 人民币零元整', () => {
    expect(fenToCapitals(fen(0))).toBe('人民币零元整');
  });

  it('writes 零 before 分 and 角 after a round 亿', () => {
    expect(capitalsOfYuan(200000000.05)).toBe('人民币贰亿元零伍分');
    expect(capitalsOfYuan(100000000.5)).toBe('人民币壹亿元零伍角整');
  });

  it('reaches the top of the safe range exactly', () => {
    const top = fen(Number.MAX_SAFE_INTEGER);
    expect(fenFromCapitals(fenToCapitals(top))).toBe(BigInt(Number.MAX_SAFE_INTEGER));
  });

  it('refuses negative and fractional amounts', () => {
    expect(() => fenToCapitals(-1 as Fen)).toThrow(RangeError);
    expect(() => fenToCapitals(1.5 as Fen)).toThrow(RangeError);
  });
});

describe('fenToCapitals: properties over 0.01 to 10^9 元', () => {
  const amounts = fc.integer({ min: 1, max: 100_000_000_000 }).map((n) => fen(n));

  it('round-trips through an independent parser', () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        expect(fenFromCapitals(fenToCapitals(amount))).toBe(BigInt(amount));
      }),
      { numRuns: 5000 },
    );
  });

  it('uses only capital characters, never two 零 in a row, and ends in 整 or 分', () => {
    fc.assert(
      fc.property(amounts, (amount) => {
        const text = fenToCapitals(amount);
        expect(text).toMatch(/^人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
        expect(text).not.toContain('零零');
        expect(text).toMatch(/(整|分)$/);
        expect(text).not.toMatch(/零[元万亿角]|零整/);
      }),
      { numRuns: 5000 },
    );
  });

  it('round-trips round amounts, where 零 placement is hardest', () => {
    const round = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 99 }));
    fc.assert(
      fc.property(round, ([lead, zeros, cents]) => {
        const amount = fen(lead * 10 ** zeros * 100 + cents);
        expect(fenFromCapitals(fenToCapitals(amount))).toBe(BigInt(amount));
      }),
    );
  });
});
