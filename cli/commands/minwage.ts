import type { Fen } from '../../shared/money/fen';
import { formatYuanPlain } from '../../shared/format/yuan';
import { isoDateParse, isoDateToday } from '../../shared/dates/isoDate';
import { minimumWageFor } from '../../shared/regions/minimumWage';
import { regionByCode } from '../../shared/regions/region';
import { minimumWageDataDefault } from '../../shared/wage/floor';
import { minimumWageIncludesSocialInsurance } from '../../shared/wage/minimumWageInclusion';
import { type CliCommand, cliArgs } from '../command';

const amount = (fen: Fen) => ({ yuan: formatYuanPlain(fen, 'zh-CN'), fen });

/**
 * `minwage --region <code> [--date YYYY-MM-DD]`: the county's minimum wage on the date (default today)
 * from the shipped dated tables. Exit 1 when the tier or table is unknown: the user must enter it,
 * the app never guesses. Exit 2 on bad arguments.
 */
export const minwageCommand: CliCommand = {
  name: 'minwage',
  summary: 'look up the minimum wage of a county on a date (tier, monthly, hourly)',
  usage: 'minwage --region <6-digit code> [--date YYYY-MM-DD]',
  async run(args, io) {
    const { options } = cliArgs(args);
    const region = options.get('region');
    const dateOption = options.get('date');
    const date = dateOption === undefined ? isoDateToday() : typeof dateOption === 'string' ? isoDateParse(dateOption) : null;
    if (typeof region !== 'string' || !/^\d{6}$/.test(region) || date === null) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    const { tables, assignments } = minimumWageDataDefault;
    const found = minimumWageFor(region, date, tables, assignments);
    if ('unknown' in found) {
      io.err(
        found.unknown === 'tier'
          ? `档次未知：${region} 在 ${date} 没有已知的最低工资档次，请录入该地区的档次（本程序不猜测）。 / ` +
              `Tier unknown: region ${region} has no known minimum-wage tier on ${date}; enter the tier (the app never guesses).`
          : `最低工资表未知：没有覆盖 ${region} 在 ${date} 的最低工资表，请录入（本程序不猜测）。 / ` +
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
        ...(found.table.note ? { note: found.table.note } : {}),
      },
      tierVerified: found.assignment.verified,
    };
    io.out(JSON.stringify(result, null, 2));
    return 0;
  },
};
