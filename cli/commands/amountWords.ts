import { fenToCapitals } from '../../shared/money/capitals';
import { fenFromYuanText } from '../../shared/money/fen';
import type { CliCommand } from '../command';

/**
 * `amount-words <元>`: an amount in Chinese capitals as written on contracts (人民币壹拾柒万壹仟叁佰元整).
 * Input in 元 with at most 2 decimals ("171300", "1,409.5", "¥2000"). Exit 2 on anything else.
 */
export const amountWordsCommand: CliCommand = {
  name: 'amount-words',
  summary: 'write an amount in 元 in Chinese capital numerals (大写金额)',
  usage: 'amount-words <amount in 元, e.g. 171300 or 1409.50>',
  async run(args, io) {
    const text = args.join(' ').trim();
    if (!text) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const amount = fenFromYuanText(text);
    if (amount === null) {
      io.err(`不是有效的金额：“${text}”。请输入以元为单位、最多两位小数的数字，如 171300 或 1409.50。 / Not an amount: "${text}". Give 元 with at most 2 decimals, e.g. 171300 or 1409.50.`);
      return 2;
    }
    if (amount < 0) {
      io.err(`负数金额没有大写写法：“${text}”。 / A negative amount has no capital form: "${text}".`);
      return 2;
    }
    io.out(fenToCapitals(amount));
    return 0;
  },
};
