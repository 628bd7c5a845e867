// The minimum-wage tables the app ships, one data file per province under ./minimumWage/ (named by the
// province's two-digit GB/T 2260 prefix), each with its source, verified flags and county lists. Every
// file passes the same validator as a user's import (minimumWageFile.ts), so a bad shipped file fails
// the tests and the start-up, never silently. Provinces without a file have no table: the lookup says
// unknown and the user enters the figure from the notice they hold.
import type { IsoDate } from '../dates/isoDate';
import type { MinimumWageTable } from './minimumWage';
import { type MinimumWageUserData, minimumWageFileParse } from './minimumWageFile';
import beijing from './minimumWage/11.json';
import tianjin from './minimumWage/12.json';
import hebei from './minimumWage/13.json';
import shanxi from './minimumWage/14.json';
import innerMongolia from './minimumWage/15.json';
import liaoning from './minimumWage/21.json';
import jilin from './minimumWage/22.json';
import heilongjiang from './minimumWage/23.json';
import shanghai from './minimumWage/31.json';
import jiangsu from './minimumWage/32.json';
import zhejiang from './minimumWage/33.json';
import anhui from './minimumWage/34.json';
import fujian from './minimumWage/35.json';
import jiangxi from './minimumWage/36.json';
import shandong from './minimumWage/37.json';
import henan from './minimumWage/41.json';
import hubei from './minimumWage/42.json';
import hunan from './minimumWage/43.json';
import guangdong from './minimumWage/44.json';
import guangxi from './minimumWage/45.json';
import hainan from './minimumWage/46.json';
import chongqing from './minimumWage/50.json';
import sichuan from './minimumWage/51.json';
import guizhou from './minimumWage/52.json';
import yunnan from './minimumWage/53.json';
import tibet from './minimumWage/54.json';
import shaanxi from './minimumWage/61.json';
import gansu from './minimumWage/62.json';
import qinghai from './minimumWage/63.json';
import ningxia from './minimumWage/64.json';
import xinjiang from './minimumWage/65.json';

const files: readonly (readonly [province: string, file: unknown])[] = [
  ['11', beijing],
  ['12', tianjin],
  ['13', hebei],
  ['14', shanxi],
  ['15', innerMongolia],
  ['21', liaoning],
  ['22', jilin],
  ['23', heilongjiang],
  ['31', shanghai],
  ['32', jiangsu],
  ['33', zhejiang],
  ['34', anhui],
  ['35', fujian],
  ['36', jiangxi],
  ['37', shandong],
  ['41', henan],
  ['42', hubei],
  ['43', hunan],
  ['44', guangdong],
  ['45', guangxi],
  ['46', hainan],
  ['50', chongqing],
  ['51', sichuan],
  ['52', guizhou],
  ['53', yunnan],
  ['54', tibet],
  ['61', shaanxi],
  ['62', gansu],
  ['63', qinghai],
  ['64', ningxia],
  ['65', xinjiang],
];

function shippedRead(): MinimumWageUserData {
  const tables: MinimumWageTable[] = [];
  const assignments: MinimumWageUserData['assignments'][number][] = [];
  for (const [province, file] of files) {
    const parsed = minimumWageFileParse(file);
    if (!parsed.ok) throw new Error(`shipped minimum-wage file ${province}.json: ${parsed.error.code} at ${String(parsed.error.params?.field)}: ${parsed.error.message}`);
    if (parsed.value.tables.some((t) => !t.region.startsWith(province))) throw new Error(`shipped minimum-wage file ${province}.json has a table of another province`);
    tables.push(...parsed.value.tables);
    assignments.push(...parsed.value.assignments);
  }
  return { tables, assignments };
}

let shipped: MinimumWageUserData | undefined;

/** The shipped tables and county tiers of every province that has a file (read once, on first use). */
export function minimumWageShipped(): MinimumWageUserData {
  shipped ??= shippedRead();
  return shipped;
}

/** How current one province's data is: its latest adjustment and how much of it was read in a source. */
export interface MinimumWageProvinceCurrency {
  readonly province: string;
  /** Start of the latest table known for the province; null when none is. */
  readonly latestAdjustment: IsoDate | null;
  /** Document of that table (number, else title). */
  readonly latestBasis: string | null;
  /** The latest table is known to have been adjusted since, on a day not read: confirmed in force to this day. */
  readonly latestConfirmedTo: IsoDate | null;
  readonly tables: number;
  /** Tables whose figures were read in a source. */
  readonly tablesVerified: number;
  /** County tier assignments, and those read in a source. */
  readonly countyTiers: number;
  readonly countyTiersVerified: number;
}

/** Per province (two-digit prefix), from any data set (the shipped one, or it merged with the user's). */
export function minimumWageProvinceCurrency(province: string, data: MinimumWageUserData): MinimumWageProvinceCurrency {
  const tables = data.tables.filter((t) => t.region.startsWith(province));
  const latest = tables.reduce<MinimumWageTable | null>((best, t) => (!best || t.effectiveFrom > best.effectiveFrom ? t : best), null);
  const tiers = data.assignments.filter((a) => a.regionCode.startsWith(province));
  return {
    province,
    latestAdjustment: latest?.effectiveFrom ?? null,
    latestBasis: latest ? (latest.source?.number ?? latest.basis) : null,
    latestConfirmedTo: latest?.confirmedTo ?? null,
    tables: tables.length,
    tablesVerified: tables.filter((t) => t.verified).length,
    countyTiers: tiers.length,
    countyTiersVerified: tiers.filter((a) => a.verified).length,
  };
}
