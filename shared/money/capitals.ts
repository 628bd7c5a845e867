// Amounts in Chinese capital numerals (大写金额), as written on contracts and bills. The rules are those
// of 中国人民银行《正确填写票据和结算凭证的基本规定》 (银发〔1997〕393号 annex), section 二:
//  (二) an amount ending at 元 takes 整 after 元; after 角 整 is optional; after 分 never.
//  (四) the capitals follow "人民币" directly, with no gap.
//  (五)1 a 0 between digits is written 零: ¥1,409.50 → 人民币壹仟肆佰零玖元伍角.
//  (五)2 several 0s in a row are one 零: ¥6,007.14 → 人民币陆仟零柒元壹角肆分.
//  (五)3 when the 万 or 元 digit is 0 but the 千 or 角 digit is not, one 零 may be written or left out:
//        ¥107,000.53 → 人民币壹拾万柒仟元零伍角叁分 or 人民币壹拾万零柒仟元伍角叁分.
//  (五)4 角 is 0 and 分 is not: 零 after 元: ¥325.04 → 人民币叁佰贰拾伍元零肆分.
// Choices where the rule allows two forms (fixed here so every document writes amounts the same way):
//  - 整 is written after 角 too (伍角整): one form for "nothing follows", so no 分 can be added later.
//  - (五)3: the integer part is written as spoken (壹拾万柒仟, no 零 at the 万 gap) and 零 is written
//    between 元 and 角 when the 元 digit is 0 (壹拾万柒仟元零伍角叁分), the rule's first example form.
// The integer part comes from nzh (encodeB: 零 across 万/亿 groups, 壹拾 rather than 拾). Its toMoney
// is not used: by default it writes 壹元 for 1.00 (no 整) and 元伍角 where (五)3 is chosen as 元零伍角.
import nzhcn from 'nzh/cn';
import type { Fen } from './fen';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';

/**
 * 171 300 00 分 → 人民币壹拾柒万壹仟叁佰元整; 7 分 → 人民币柒分; 0 → 人民币零元整. Negative amounts
 * and non-integers throw RangeError: a capital amount on a contract is never negative, so one
 * reaching here is a programming error (user input is checked before, as in the CLI).
 */
export function fenToCapitals(amount: Fen): string {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`capital numerals need a non-negative whole number of fen, got ${amount}`);
  }
  const yuan = Math.floor(amount / 100);
  const jiao = Math.floor(amount / 10) % 10;
  const fen = amount % 10;
  let text = yuan > 0 ? `${nzhcn.encodeB(String(yuan))}元` : '';
  if (jiao === 0 && fen === 0) return `人民币${text || '零元'}整`;
  // (五)3 (the 元 digit is 0, 角 is not) and (五)4 (角 is 0, 分 is not); nothing to join with no 元 part.
  if (yuan > 0 && ((jiao > 0 && yuan % 10 === 0) || jiao === 0)) text += '零';
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  text += fen > 0 ? `${DIGITS[fen]}分` : '整';
  return `人民币${text}`;
}
