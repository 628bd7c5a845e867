// The other figures of 《工资集体协商试行办法》 art 8 a chair brings to the table besides the minimum wage:
// the province's yearly enterprise wage guideline (企业工资指导线: a baseline, and usually an upper and a
// lower line, each a growth rate of the money wage), the local consumer price index and the region's
// average wage. Each is dated data with its source and a verified flag; what no one entered stays unknown.
import type { IsoDate } from '../dates/isoDate';
import type { Fen } from '../money/fen';
import type { BasisPoints } from '../money/rate';

/** Where a figure was read; a reproduction (a news or portal page quoting the notice) is never verified on its own. */
export interface EconomySource {
  readonly title: string;
  /** Document number, e.g. '浙人社发〔2025〕1号'; null when not read. */
  readonly number: string | null;
  readonly date: IsoDate | null;
  /** A URL, or 'owner/repo:path'. */
  readonly readAt: string;
  readonly kind: 'notice' | 'reproduction' | 'secondary';
}

/** One year's guideline of a region (a province's two-digit prefix, or a city's four digits). */
export interface WageGuideline {
  readonly region: string;
  readonly year: number;
  readonly effectiveFrom: IsoDate;
  /** Last day it applies (inclusive); null while open. */
  readonly effectiveTo: IsoDate | null;
  /** 基准线: growth of the money wage, in bp (600 = 6 %). */
  readonly baseline: BasisPoints;
  /** 上线 (预警线); null when the notice sets none. */
  readonly upper: BasisPoints | null;
  /** 下线; null when the notice sets none. */
  readonly lower: BasisPoints | null;
  readonly verified: boolean;
  readonly source?: EconomySource;
  readonly note?: string;
}

/** The region's consumer price index of a year as a change on the year before (bp, may be negative). */
export interface ConsumerPrices {
  readonly region: string;
  readonly year: number;
  readonly change: BasisPoints;
  readonly verified: boolean;
  readonly source?: EconomySource;
  readonly note?: string;
}

/** The region's average wage of a year (城镇非私营/全口径 as the source says: `note` names which), per year in 分. */
export interface AverageWage {
  readonly region: string;
  readonly year: number;
  readonly annual: Fen;
  readonly verified: boolean;
  readonly source?: EconomySource;
  readonly note?: string;
}

export interface EconomyData {
  readonly guidelines: readonly WageGuideline[];
  readonly prices: readonly ConsumerPrices[];
  readonly averageWages: readonly AverageWage[];
}

export const economyDataEmpty: EconomyData = { guidelines: [], prices: [], averageWages: [] };

/** The most specific entry of `year` whose region is a prefix of the code (a city's over its province's). */
function mostSpecific<T extends { readonly region: string; readonly year: number }>(regionCode: string, year: number, list: readonly T[]): T | null {
  let best: T | null = null;
  for (const e of list) {
    if (e.year !== year || !regionCode.startsWith(e.region)) continue;
    if (!best || e.region.length > best.region.length) best = e;
  }
  return best;
}

/** The guideline of `year` for a county (or any code), or null: unknown, never guessed. */
export function wageGuidelineFor(regionCode: string, year: number, data: EconomyData): WageGuideline | null {
  return mostSpecific(regionCode, year, data.guidelines);
}

export function consumerPricesFor(regionCode: string, year: number, data: EconomyData): ConsumerPrices | null {
  return mostSpecific(regionCode, year, data.prices);
}

export function averageWageFor(regionCode: string, year: number, data: EconomyData): AverageWage | null {
  return mostSpecific(regionCode, year, data.averageWages);
}

/** Where a raise sits against the lines: under the lower line, between lower and baseline, between baseline and upper, above the upper. */
export type GuidelinePosition = 'below-lower' | 'below-baseline' | 'at-or-above-baseline' | 'above-upper';

export function guidelinePosition(raise: BasisPoints, g: WageGuideline): GuidelinePosition {
  if (g.upper !== null && raise > g.upper) return 'above-upper';
  if (raise >= g.baseline) return 'at-or-above-baseline';
  if (g.lower !== null && raise < g.lower) return 'below-lower';
  return 'below-baseline';
}

/** The entries that can apply to `regionCode` (its province's, its city's): what a case file of it carries. */
export function economyDataOfRegion(data: EconomyData, regionCode: string): EconomyData {
  const applies = (e: { readonly region: string }) => regionCode.startsWith(e.region);
  return { guidelines: data.guidelines.filter(applies), prices: data.prices.filter(applies), averageWages: data.averageWages.filter(applies) };
}
