import type { Fen } from '../../shared/money/fen';
import { formatYuanPlain } from '../../shared/format/yuan';
import { type IsoDate, isoDateParse, isoDateToday } from '../../shared/dates/isoDate';
import { minimumWageFor } from '../../shared/regions/minimumWage';
import { minimumWageStaleness } from '../../shared/regions/minimumWageStaleness';
import { type Region, regionByCode, regionCountyLevel, regionPath, regionSearch } from '../../shared/regions/region';
import { minimumWageDataDefault } from '../../shared/wage/floor';
import { minimumWageIncludesSocialInsurance } from '../../shared/wage/minimumWageInclusion';
import { type CliCommand, type CliIo, cliArgs } from '../command';

const amount = (fen: Fen) => ({ yuan: formatYuanPlain(fen, 'zh-CN'), fen });
const pathText = (code: string) => regionPath(code).map((r) => r.name).join(' ');

/** The one county-level division the text names: its code, or a name or initials only it matches. */
function countyNamed(text: string): { county: Region } | { candidates: Region[] } {
  const countyLevel = new Set(regionCountyLevel().map((r) => r.code));
  const exact = regionByCode(text);
  if (exact && countyLevel.has(exact.code)) return { county: exact };
  const candidates = regionSearch(text, Number.POSITIVE_INFINITY).filter((r) => countyLevel.has(r.code));
  const named = candidates.filter((r) => r.name === text);
  if (named.length === 1) return { county: named[0]! };
  return candidates.length === 1 && candidates[0] ? { county: candidates[0] } : { candidates };
}

/** The warning when the date lies more than two years after the province's last known adjustment (MWR art 10). */
function stalenessWarning(code: string, date: IsoDate, io: CliIo) {
  const staleness = minimumWageStaleness(code, date, minimumWageDataDefault.tables);
  if (!staleness.stale) return staleness;
  io.err(
    staleness.lastAdjustment === null
      ? `提醒：本程序没有该省的任何最低工资标准表。 / Note: the app has no minimum-wage table of this province.`
      : `提醒：${date} 距该省最近一次已知调整（${staleness.lastAdjustment}）已超过两年（最低工资规定第十条：至少每两年调整一次），可能已有新标准，请核对当地通知。 / ` +
          `Note: ${date} is more than two years after the province's last known adjustment (${staleness.lastAdjustment}); ` +
          `provinces revise at least every two years (MWR art 10), so a newer table may be in force: check the local notice.`,
  );
  return staleness;
}

/**
 * `minwage <county name or code> [--date YYYY-MM-DD]` (or `--region <code>`): the county's minimum wage on
 * the date (default today) from the shipped dated tables, with the source it was read in, whether it was
 * verified and how current the province's data is. Exit 1 when the tier or table is unknown: the user
 * must enter it, the app never guesses. Exit 2 on bad arguments or a name that is not one county.
 */
export const minwageCommand: CliCommand = {
  name: 'minwage',
  summary: 'the minimum wage of any county on a date, with its source (tier, monthly, hourly), or plainly unknown',
  usage: 'minwage <county name | 6-digit code> [--date YYYY-MM-DD]   (or --region <code>)',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const regionOption = options.get('region');
    const text = typeof regionOption === 'string' ? regionOption : positional[0];
    const dateOption = options.get('date');
    const date = dateOption === undefined ? isoDateToday() : typeof dateOption === 'string' ? isoDateParse(dateOption) : null;
    if (typeof text !== 'string' || text === '' || date === null) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const named = countyNamed(text);
    if (!('county' in named)) {
      const some = named.candidates.slice(0, 10).map((r) => `${r.code} ${pathText(r.code)}`).join('; ');
      io.err(
        named.candidates.length === 0
          ? `没有符合“${text}”的县（市、区） / no county matches "${text}"; usage: ${this.usage}`
          : `“${text}”符合 ${named.candidates.length} 个县（市、区），请用代码指定 / "${text}" matches ${named.candidates.length} counties; name one by its code: ${some}`,
      );
      return 2;
    }
    const region = named.county.code;
    const { tables, assignments } = minimumWageDataDefault;
    const found = minimumWageFor(region, date, tables, assignments);
    const staleness = stalenessWarning(region, date, io);
    if ('unknown' in found) {
      io.err(
        found.supersededAfter
          ? `最低工资表未知：${region} ${pathText(region)} 已知的最低工资表只核实到 ${found.supersededAfter}，此后已另行调整，但新标准的起始日期未读到；${date} 适用的标准请按通知录入（本程序不猜测）。 / ` +
              `Table unknown: the known table for region ${region} is confirmed in force only to ${found.supersededAfter} and was adjusted since, on a date not read; enter the table in force on ${date} (the app never guesses).`
          : found.unknown === 'tier'
          ? `档次未知：${region} ${pathText(region)} 在 ${date} 没有已知的最低工资档次，请录入该地区的档次（本程序不猜测）。 / ` +
              `Tier unknown: region ${region} has no known minimum-wage tier on ${date}; enter the tier (the app never guesses).`
          : `最低工资表未知：没有覆盖 ${region} ${pathText(region)} 在 ${date} 的最低工资表，请录入（本程序不猜测）。 / ` +
              `Table unknown: no minimum-wage table covers region ${region} on ${date}; enter it (the app never guesses).`,
      );
      return 1;
    }
    const includesSocialInsurance = minimumWageIncludesSocialInsurance(found.table);
    const result = {
      regionCode: region,
      region: regionByCode(region)?.fullName ?? null,
      date,
      tier: found.tier,
      monthly: amount(found.monthly),
      hourly: amount(found.hourly),
      ...(includesSocialInsurance === null ? {} : { includesSocialInsurance }),
      table: {
        basis: found.table.basis,
        effectiveFrom: found.table.effectiveFrom,
        effectiveTo: found.table.effectiveTo,
        verified: found.table.verified,
        ...(found.table.source ? { source: found.table.source } : {}),
        ...(found.table.note ? { note: found.table.note } : {}),
      },
      tierVerified: found.assignment.verified,
      lastAdjustment: staleness.lastAdjustment,
      stale: staleness.stale,
    };
    io.out(JSON.stringify(result, null, 2));
    return 0;
  },
};
