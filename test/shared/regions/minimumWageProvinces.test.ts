// Per province: the latest adjustment the app knows, and how much of its data was read in a source. The
// README shows the same table (between the minimum-wage markers), so what the README claims is what ships.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { minimumWageProvinceCurrency, minimumWageShipped } from '../../../shared/regions/minimumWageShipped';
import { regionProvinces } from '../../../shared/regions/region';

function currencyTable(): string {
  const rows = regionProvinces().map((p) => {
    const c = minimumWageProvinceCurrency(p.code.slice(0, 2), minimumWageShipped());
    if (c.latestAdjustment === null) return `| ${p.code.slice(0, 2)} ${p.name} | 未知 unknown | — | 0 / 0 | 0 / 0 |`;
    return `| ${p.code.slice(0, 2)} ${p.name} | ${c.latestAdjustment} | ${c.latestBasis} | ${c.tablesVerified} / ${c.tables} | ${c.countyTiersVerified} / ${c.countyTiers} |`;
  });
  return ['| province | latest adjustment | document | tables verified / shipped | county tiers verified / shipped |', '|---|---|---|---|---|', ...rows].join('\n');
}

describe('minimum-wage data per province', () => {
  const table = currencyTable();

  it('covers the 31 provinces, each with its latest adjustment or plainly unknown', () => {
    expect(table.split('\n')).toHaveLength(33);
    console.info(`\n${table}\n`);
  });

  it('is the table the README shows', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const between = readme.split('<!-- minimum-wage-provinces -->')[1]?.split('<!-- /minimum-wage-provinces -->')[0]?.trim();
    expect(between).toBe(table);
  });
});
