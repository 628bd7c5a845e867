// The economy figures the app ships, one file per province under ./data/ (named by its two-digit
// GB/T 2260 prefix), each read through the same validator as a user's import so a bad shipped file fails
// the tests. A figure ships only with the text it was read in: verified when that was the notice or
// statistical bulletin itself, read whole (on its publisher's site, or its full text with number or date and
// signature on another site, which the note names), otherwise unverified with the source kind saying it was
// a reproduction or a secondary account. What was not read is absent and reads unknown
// until the user enters it from the notice they hold (Settings → 工资指导线与经济数据).
import { type EconomyData, economyDataEmpty } from './economy';
import { economyFileParse } from './economyFile';
import beijing from './data/11.json';
import shanxi from './data/14.json';
import heilongjiang from './data/23.json';
import shanghai from './data/31.json';
import zhejiang from './data/33.json';
import fujian from './data/35.json';
import shandong from './data/37.json';
import hunan from './data/43.json';
import guangdong from './data/44.json';
import gansu from './data/62.json';
import ningxia from './data/64.json';

const files: readonly (readonly [province: string, file: unknown])[] = [
  ['11', beijing],
  ['14', shanxi],
  ['23', heilongjiang],
  ['31', shanghai],
  ['33', zhejiang],
  ['35', fujian],
  ['37', shandong],
  ['43', hunan],
  ['44', guangdong],
  ['62', gansu],
  ['64', ningxia],
];

function shippedRead(): EconomyData {
  let data: EconomyData = economyDataEmpty;
  for (const [province, file] of files) {
    const parsed = economyFileParse(file);
    if (!parsed.ok) throw new Error(`shipped economy file ${province}.json: ${parsed.error.code} at ${String(parsed.error.params?.field)}: ${parsed.error.message}`);
    const v = parsed.value;
    if ([...v.guidelines, ...v.prices, ...v.averageWages].some((r) => !r.region.startsWith(province))) throw new Error(`shipped economy file ${province}.json has another province's figures`);
    data = { guidelines: [...data.guidelines, ...v.guidelines], prices: [...data.prices, ...v.prices], averageWages: [...data.averageWages, ...v.averageWages] };
  }
  return data;
}

let shipped: EconomyData | undefined;

/** The shipped figures of every province with a file (read once, on first use). */
export function economyShipped(): EconomyData {
  shipped ??= shippedRead();
  return shipped;
}
