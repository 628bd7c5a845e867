// `guideline --region <code | name> --year <y> [--file <economy file>]`: the region's 企业工资指导线 of the
// year (baseline, upper and lower lines) with its source and verified flag, and beside it the CPI and the
// average wage of the year before. The app ships only figures read in a source; with `--file` the user's
// exported figures (Settings → 工资指导线与经济数据) count too, over the shipped ones. Exit 1 when no
// guideline is known (never guessed), 2 on bad arguments, a name that is not one region, or a bad file.
import { type AverageWage, type ConsumerPrices, type EconomyData, type WageGuideline, averageWageFor, consumerPricesFor, wageGuidelineFor } from '../../shared/economy/economy';
import { economyDataMerge, economyFileParseText } from '../../shared/economy/economyFile';
import { economyShipped } from '../../shared/economy/economyShipped';
import { formatPercent } from '../../shared/format/ratio';
import { formatYuanPlain } from '../../shared/format/yuan';
import type { BasisPoints } from '../../shared/money/rate';
import { type Region, regionByCode, regionPath, regionSearch } from '../../shared/regions/region';
import { type CliCommand, cliArgs } from '../command';

const percent = (bp: BasisPoints | null) => (bp === null ? null : { percent: formatPercent(bp, 'zh-CN'), bp });

/** A code (2, 4 or 6 digits) or a name only one division has. */
function regionNamed(text: string): { region: Region } | { candidates: Region[] } {
  const byCode = /^\d{2}(\d{2}){0,2}$/.test(text) ? regionByCode(text.padEnd(6, '0')) : undefined;
  if (byCode) return { region: byCode };
  const candidates = regionSearch(text, Number.POSITIVE_INFINITY);
  const named = candidates.filter((r) => r.name === text || r.fullName === text);
  if (named.length === 1) return { region: named[0]! };
  return candidates.length === 1 && candidates[0] ? { region: candidates[0] } : { candidates };
}

const guidelineOut = (g: WageGuideline) => ({
  region: g.region,
  year: g.year,
  effectiveFrom: g.effectiveFrom,
  effectiveTo: g.effectiveTo,
  baseline: percent(g.baseline),
  upper: percent(g.upper),
  lower: percent(g.lower),
  verified: g.verified,
  ...(g.source ? { source: g.source } : {}),
  ...(g.note ? { note: g.note } : {}),
});
const pricesOut = (p: ConsumerPrices | null) => (p ? { region: p.region, year: p.year, change: formatPercent(p.change, 'zh-CN', { signed: true }), changeBp: p.change, verified: p.verified, ...(p.source ? { source: p.source } : {}) } : null);
const averageOut = (w: AverageWage | null) =>
  w ? { region: w.region, year: w.year, annual: formatYuanPlain(w.annual, 'zh-CN'), annualFen: w.annual, verified: w.verified, ...(w.source ? { source: w.source } : {}), ...(w.note ? { note: w.note } : {}) } : null;

export const guidelineCommand: CliCommand = {
  name: 'guideline',
  summary: "a province's wage guideline of a year (baseline, upper, lower lines) with its source, the CPI and average wage beside it, or plainly unknown",
  usage: 'guideline --region <code | name> --year <YYYY> [--file <economy file .json>]',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const regionOption = options.get('region');
    const text = typeof regionOption === 'string' ? regionOption : positional[0];
    const yearOption = options.get('year');
    const year = typeof yearOption === 'string' && /^\d{4}$/.test(yearOption) ? Number(yearOption) : null;
    if (typeof text !== 'string' || text === '' || year === null) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const named = regionNamed(text);
    if (!('region' in named)) {
      const some = named.candidates.slice(0, 10).map((r) => `${r.code} ${r.fullName}`).join('; ');
      io.err(
        named.candidates.length === 0
          ? `没有符合“${text}”的地区 / no region matches "${text}"; usage: ${this.usage}`
          : `“${text}”符合 ${named.candidates.length} 个地区，请用代码指定 / "${text}" matches ${named.candidates.length} regions; name one by its code: ${some}`,
      );
      return 2;
    }
    let data: EconomyData = economyShipped();
    const fileOption = options.get('file');
    if (typeof fileOption === 'string') {
      let fileText: string;
      try {
        fileText = await io.readText(fileOption);
      } catch (error) {
        io.err(`读不了文件 ${fileOption} / cannot read ${fileOption}: ${error instanceof Error ? error.message : String(error)}`);
        return 2;
      }
      const parsed = economyFileParseText(fileText);
      if (!parsed.ok) {
        io.err(`经济数据文件有误（${parsed.error.code}，${String(parsed.error.params?.field ?? '')}），未使用 / bad economy file: ${parsed.error.message}`);
        return 2;
      }
      data = economyDataMerge(data, parsed.value);
    }
    const code = named.region.code;
    const guideline = wageGuidelineFor(code, year, data);
    const out = {
      regionCode: code,
      region: regionPath(code).map((r) => r.name).join(''),
      year,
      guideline: guideline ? guidelineOut(guideline) : null,
      consumerPrices: pricesOut(consumerPricesFor(code, year - 1, data)),
      averageWage: averageOut(averageWageFor(code, year - 1, data)),
    };
    io.out(JSON.stringify(out, null, 2));
    if (!guideline) {
      io.err(
        `工资指导线未知：本程序没有 ${out.region} ${year} 年的企业工资指导线，请按当地人社部门的通知录入（本程序不猜测）。 / ` +
          `Guideline unknown: no ${year} wage guideline is known for region ${code}; enter it from the notice (the app never guesses).`,
      );
      return 1;
    }
    return 0;
  },
};
