// The economy figures as an import/export file and as stored in settings ('economy.user'): format
// 'wagedesk.economy', version 1. Rates in bp (fields end in Bp), money in integer 分 (fields end in Fen).
// A file that fails any check is refused whole with the field it is about, so nothing of it is stored.
import { z } from 'zod';
import { isoDateText, legalSourceSchema as sourceSchema } from '../regions/legalSourceSchema';
import type { IsoDate } from '../dates/isoDate';
import type { Fen } from '../money/fen';
import type { BasisPoints } from '../money/rate';
import { regionByCode } from '../regions/region';
import { type Result, resultErr, resultOk } from '../result';
import type { AverageWage, ConsumerPrices, EconomyData, EconomySource, WageGuideline } from './economy';

export const ECONOMY_FILE_FORMAT = 'wagedesk.economy';
export const ECONOMY_FILE_VERSION = 1;
export const ECONOMY_SETTINGS_KEY = 'economy.user';

const regionPrefix = z.string().regex(/^\d{2}(\d{2}){0,2}$/);
const year = z.number().int().min(1990).max(2100);
/** A growth line: 0 to 100 %; a negative one is refused before the schema so the message can say so. */
const line = z.number().int().min(0).max(10_000);

const common = {
  region: regionPrefix,
  year,
  verified: z.boolean().default(false),
  source: sourceSchema.optional(),
  note: z.string().max(1000).optional(),
};

const guidelineSchema = z.strictObject({
  ...common,
  effectiveFrom: isoDateText,
  effectiveTo: isoDateText.nullable().default(null),
  baselineBp: line,
  upperBp: line.nullable().default(null),
  lowerBp: line.nullable().default(null),
});

/** CPI change on the previous year: prices can fall, so only the size is bounded (±50 %). */
const pricesSchema = z.strictObject({ ...common, changeBp: z.number().int().min(-5_000).max(5_000) });

/** 分 per year; at most 10 000 000 元 keeps typos out. */
const averageWageSchema = z.strictObject({ ...common, annualFen: z.number().int().positive().max(1_000_000_000) });

export const economyFileSchema = z.strictObject({
  format: z.literal(ECONOMY_FILE_FORMAT),
  version: z.literal(ECONOMY_FILE_VERSION),
  about: z.string().max(4000).optional(),
  guidelines: z.array(guidelineSchema).max(2_000).default([]),
  prices: z.array(pricesSchema).max(2_000).default([]),
  averageWages: z.array(averageWageSchema).max(2_000).default([]),
});

export type EconomyFile = z.input<typeof economyFileSchema>;

/** The first figure below zero where none may be (guideline lines, average wages), as a dotted field path. */
function negativeFigure(input: unknown): string | null {
  const record = input as Record<string, unknown>;
  const checks: readonly (readonly [list: string, keys: readonly string[]])[] = [
    ['guidelines', ['baselineBp', 'upperBp', 'lowerBp']],
    ['averageWages', ['annualFen']],
  ];
  for (const [list, keys] of checks) {
    const rows = record[list];
    if (!Array.isArray(rows)) continue;
    for (const [i, row] of rows.entries()) {
      for (const key of keys) {
        const v = (row as Record<string, unknown> | null)?.[key];
        if (typeof v === 'number' && (v < 0 || (key === 'annualFen' && v === 0))) return `${list}.${i}.${key}`;
      }
    }
  }
  return null;
}

const sourceOf = (s: z.output<typeof sourceSchema> | undefined): { source?: EconomySource } =>
  s === undefined ? {} : { source: { ...s, date: s.date as IsoDate | null } };
const noteOf = (note: string | undefined): { note?: string } => (note === undefined ? {} : { note });

/** Region codes that name no division of China ('33' → 330000 must exist). */
const regionKnown = (prefix: string) => regionByCode(prefix.padEnd(6, '0')) !== undefined;

/** Two entries of one list for the same region and year. */
function duplicateOf<T extends { readonly region: string; readonly year: number }>(rows: readonly T[]): number | null {
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    const key = `${r.region}|${r.year}`;
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return null;
}

/** Two guidelines of one region whose periods share a day (an open end runs until the next one starts). */
function guidelinesOverlap(rows: readonly WageGuideline[]): { index: number; other: WageGuideline } | null {
  for (const [i, a] of rows.entries()) {
    for (const [j, b] of rows.entries()) {
      if (j <= i || a.region !== b.region) continue;
      const [first, second] = a.effectiveFrom <= b.effectiveFrom ? [a, b] : [b, a];
      if (first.effectiveFrom === second.effectiveFrom || (first.effectiveTo !== null && first.effectiveTo >= second.effectiveFrom)) return { index: j, other: a };
    }
  }
  return null;
}

/**
 * Error codes (params.field is a dotted path into the file): economyFile.json (not JSON), economyFile.format,
 * economyFile.version, economyFile.invalid, economyFile.negative (a guideline line or an average wage
 * below zero), economyFile.regionUnknown, economyFile.periodReversed, economyFile.linesOrder (lower >
 * baseline or baseline > upper), economyFile.duplicate (two entries of a list for one region and year),
 * economyFile.overlap (two guidelines of one region in force on the same days).
 */
export function economyFileParse(input: unknown): Result<EconomyData> {
  const head = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(input);
  if (!head.success || head.data.format !== ECONOMY_FILE_FORMAT) return resultErr('economyFile.format', 'not an economy file', { field: 'format' });
  if (head.data.version !== ECONOMY_FILE_VERSION) return resultErr('economyFile.version', `unsupported version ${String(head.data.version)}`, { field: 'version' });
  const negative = negativeFigure(input);
  if (negative) return resultErr('economyFile.negative', 'a figure is below zero', { field: negative });
  const parsed = economyFileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return resultErr('economyFile.invalid', issue.message, { field: issue.path.map(String).join('.') });
  }
  const file = parsed.data;
  for (const list of ['guidelines', 'prices', 'averageWages'] as const) {
    const rows: readonly { readonly region: string; readonly year: number }[] = file[list];
    for (const [i, row] of rows.entries()) {
      if (!regionKnown(row.region)) return resultErr('economyFile.regionUnknown', `${row.region} is no division of China`, { field: `${list}.${i}.region`, code: row.region });
    }
    const twice = duplicateOf(rows);
    if (twice !== null) {
      const row = rows[twice]!;
      return resultErr('economyFile.duplicate', `two entries for ${row.region} in ${row.year}`, { field: `${list}.${twice}`, code: row.region, year: row.year });
    }
  }
  const guidelines: WageGuideline[] = [];
  for (const [i, g] of file.guidelines.entries()) {
    const field = `guidelines.${i}`;
    if (g.effectiveTo !== null && g.effectiveTo < g.effectiveFrom) return resultErr('economyFile.periodReversed', 'ends before it starts', { field: `${field}.effectiveTo` });
    if ((g.lowerBp !== null && g.lowerBp > g.baselineBp) || (g.upperBp !== null && g.upperBp < g.baselineBp)) {
      return resultErr('economyFile.linesOrder', 'the lines are out of order', { field });
    }
    guidelines.push({
      region: g.region,
      year: g.year,
      effectiveFrom: g.effectiveFrom as IsoDate,
      effectiveTo: g.effectiveTo as IsoDate | null,
      baseline: g.baselineBp as BasisPoints,
      upper: g.upperBp as BasisPoints | null,
      lower: g.lowerBp as BasisPoints | null,
      verified: g.verified,
      ...sourceOf(g.source),
      ...noteOf(g.note),
    });
  }
  const overlap = guidelinesOverlap(guidelines);
  if (overlap) {
    return resultErr('economyFile.overlap', `two guidelines of ${overlap.other.region} are in force on the same days`, {
      field: `guidelines.${overlap.index}`,
      code: overlap.other.region,
      from: overlap.other.effectiveFrom,
    });
  }
  const prices: ConsumerPrices[] = file.prices.map((p) => ({
    region: p.region,
    year: p.year,
    change: p.changeBp as BasisPoints,
    verified: p.verified,
    ...sourceOf(p.source),
    ...noteOf(p.note),
  }));
  const averageWages: AverageWage[] = file.averageWages.map((w) => ({
    region: w.region,
    year: w.year,
    annual: w.annualFen as Fen,
    verified: w.verified,
    ...sourceOf(w.source),
    ...noteOf(w.note),
  }));
  return resultOk({ guidelines, prices, averageWages });
}

/** Reads file text (a leading byte-order mark is allowed): economyFile.json when it is not JSON. */
export function economyFileParseText(text: string): Result<EconomyData> {
  if (text.length > 5_000_000) return resultErr('economyFile.json', 'too large to be an economy file', { field: '' });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return resultErr('economyFile.json', 'not JSON', { field: '' });
  }
  return economyFileParse(value);
}

/** The file (and the settings value) for `data`; economyFileParse reads it back unchanged. */
export function economyFileFrom(data: EconomyData): EconomyFile {
  const extra = (r: { readonly source?: EconomySource; readonly note?: string }) => ({
    ...(r.source === undefined ? {} : { source: { ...r.source } }),
    ...(r.note === undefined ? {} : { note: r.note }),
  });
  return {
    format: ECONOMY_FILE_FORMAT,
    version: ECONOMY_FILE_VERSION,
    guidelines: data.guidelines.map((g) => ({
      region: g.region,
      year: g.year,
      effectiveFrom: g.effectiveFrom,
      effectiveTo: g.effectiveTo,
      baselineBp: g.baseline,
      upperBp: g.upper,
      lowerBp: g.lower,
      verified: g.verified,
      ...extra(g),
    })),
    prices: data.prices.map((p) => ({ region: p.region, year: p.year, changeBp: p.change, verified: p.verified, ...extra(p) })),
    averageWages: data.averageWages.map((w) => ({ region: w.region, year: w.year, annualFen: w.annual, verified: w.verified, ...extra(w) })),
  };
}

/** The user's entries over the shipped ones: the same region and year replaces, the rest is added. */
export function economyDataMerge(shipped: EconomyData, user: EconomyData): EconomyData {
  const over = <T extends { readonly region: string; readonly year: number }>(a: readonly T[], b: readonly T[]) => {
    const keys = new Set(b.map((r) => `${r.region}|${r.year}`));
    return [...a.filter((r) => !keys.has(`${r.region}|${r.year}`)), ...b];
  };
  return { guidelines: over(shipped.guidelines, user.guidelines), prices: over(shipped.prices, user.prices), averageWages: over(shipped.averageWages, user.averageWages) };
}

/** The user's data after importing `text`: entries of the same region and year replace the previous ones. Nothing is stored here. */
export function economyUserFromText(text: string, previous: EconomyData): Result<EconomyData> {
  const parsed = economyFileParseText(text);
  if (!parsed.ok) return parsed;
  return economyFileParse(economyFileFrom(economyDataMerge(previous, parsed.value)));
}
