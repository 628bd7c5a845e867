// The user's minimum-wage data (tables the province published after the shipped ones, and county
// tiers), as stored in settings ('minimumWage.user') and as an import/export JSON file. Provinces revise
// at least every two years (MWR art 10) and the app lives offline, so the user keeps it current.
// Format 'wagedesk.minimumWage', version 1; money in integer 分 (fields end in Fen).
import { z } from 'zod';
import { isoDateText, legalSourceSchema as sourceSchema } from './legalSourceSchema';
import type { Fen } from '../money/fen';
import type { IsoDate } from '../dates/isoDate';
import { type Result, resultErr, resultOk } from '../result';
import type { MinimumWageTable, MinimumWageTier, TierAssignment } from './minimumWage';
import { regionByCode, regionCountyLevel } from './region';

export const MINIMUM_WAGE_FILE_FORMAT = 'wagedesk.minimumWage';
/**
 * 2 adds each table's source, what it includes, and its county lists (tiers with their counties), the
 * shape the shipped per-province files use; 1 (figures by tier, counties assigned apart) is still read.
 */
export const MINIMUM_WAGE_FILE_VERSION = 2;
const VERSIONS_READ: readonly unknown[] = [1, 2];
/** The settings key the user's data is stored under. */
export const MINIMUM_WAGE_SETTINGS_KEY = 'minimumWage.user';

const tierKey = z.string().regex(/^[1-9]$/);
/** 分 per month or per hour; at most 1 000 000 元 keeps typos out. */
const amount = z.number().int().positive().max(100_000_000);
const amounts = z.record(tierKey, amount);

const tierSchema = z.strictObject({
  tier: z.number().int().min(1).max(9),
  monthlyFen: amount,
  hourlyFen: amount,
  /** Six-digit county-level codes the notice lists for this tier. */
  counties: z.array(z.string().regex(/^\d{6}$/)).max(5_000).default([]),
  /** The notice assigns this tier to every county of the region it does not list elsewhere. */
  otherCounties: z.boolean().default(false),
});

const tableSchema = z.strictObject({
  /** GB/T 2260 prefix: '35' for a province, a 6-digit code for one county. */
  region: z.string().regex(/^\d{2}(\d{2}){0,2}$/),
  effectiveFrom: isoDateText,
  effectiveTo: isoDateText.nullable().default(null),
  /** With an open end only: a later adjustment is known but not its start; the last day a source shows this table in force. */
  confirmedTo: isoDateText.optional(),
  basis: z.string().trim().min(1).max(200),
  monthlyFen: amounts.default({}),
  hourlyFen: amounts.default({}),
  tiers: z.array(tierSchema).max(9).optional(),
  verified: z.boolean().default(false),
  /** The county lists of `tiers` were read in the source (the figures may be, and the lists not, or the reverse). */
  countiesVerified: z.boolean().default(false),
  source: sourceSchema.optional(),
  includesSocialInsurance: z.union([z.boolean(), z.literal('unknown')]).default('unknown'),
  note: z.string().max(1000).optional(),
});

const assignmentSchema = z.strictObject({
  regionCode: z.string().regex(/^\d{6}$/),
  tier: z.number().int().min(1).max(9),
  effectiveFrom: isoDateText,
  effectiveTo: isoDateText.nullable().optional(),
  verified: z.boolean().default(false),
});

export const minimumWageFileSchema = z.strictObject({
  format: z.literal(MINIMUM_WAGE_FILE_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  /** What the file covers, for people reading it (a shipped file names its province). */
  about: z.string().max(4000).optional(),
  tables: z.array(tableSchema).max(500).default([]),
  assignments: z.array(assignmentSchema).max(20_000).default([]),
});

export type MinimumWageFile = z.input<typeof minimumWageFileSchema>;
type TableParsed = z.output<typeof tableSchema>;

export interface MinimumWageUserData {
  readonly tables: readonly MinimumWageTable[];
  readonly assignments: readonly TierAssignment[];
}

export const minimumWageUserDataEmpty: MinimumWageUserData = { tables: [], assignments: [] };

/** The division a table's region prefix names ('35' → 350000), if it exists. */
function regionOfPrefix(prefix: string): string {
  return prefix.padEnd(6, '0');
}

/** A figure at or below zero anywhere in the tables, found before the schema so the message can say so. */
function amountNotPositive(input: unknown): string | null {
  const tables = (input as { tables?: unknown }).tables;
  if (!Array.isArray(tables)) return null;
  for (const [i, t] of tables.entries()) {
    if (typeof t !== 'object' || t === null) continue;
    const table = t as Record<string, unknown>;
    for (const key of ['monthlyFen', 'hourlyFen'] as const) {
      const byTier = table[key];
      if (typeof byTier !== 'object' || byTier === null) continue;
      for (const [tier, v] of Object.entries(byTier)) if (typeof v === 'number' && v <= 0) return `tables.${i}.${key}.${tier}`;
    }
    if (!Array.isArray(table.tiers)) continue;
    for (const [j, tier] of table.tiers.entries()) {
      for (const key of ['monthlyFen', 'hourlyFen'] as const) {
        const v = (tier as Record<string, unknown> | null)?.[key];
        if (typeof v === 'number' && v <= 0) return `tables.${i}.tiers.${j}.${key}`;
      }
    }
  }
  return null;
}

/**
 * A table's figures and its county assignments. The counties of a `tiers` list are in force with the
 * table and end with it; `otherCounties` stands for every county-level division of the region not
 * listed under another tier (only where the notice says so).
 */
function tableRead(t: TableParsed, field: string): Result<{ table: MinimumWageTable; assignments: TierAssignment[] }> {
  const monthly: Record<MinimumWageTier, Fen> = { ...(t.monthlyFen as Record<MinimumWageTier, Fen>) };
  const hourly: Record<MinimumWageTier, Fen> = { ...(t.hourlyFen as Record<MinimumWageTier, Fen>) };
  const assignments: TierAssignment[] = [];
  const effectiveFrom = t.effectiveFrom as IsoDate;
  const effectiveTo = t.effectiveTo as IsoDate | null;
  // A table confirmed only to a day vouches for its counties' tiers only to that day: a later table of the
  // region (江西's 2021 lists, then the 2025 figures) must not take them over; its counties ask.
  const listedTo = effectiveTo ?? ((t.confirmedTo as IsoDate | undefined) ?? null);
  if (t.tiers) {
    const listed = new Set<string>();
    const countyLevel = new Set(regionCountyLevel().map((r) => r.code));
    let others: MinimumWageTier | null = null;
    for (const [j, tier] of t.tiers.entries()) {
      const tierField = `${field}.tiers.${j}`;
      if (monthly[tier.tier] !== undefined) return resultErr('minimumWageFile.tierDuplicate', `tier ${tier.tier} is listed twice`, { field: tierField, tier: tier.tier });
      monthly[tier.tier] = tier.monthlyFen as Fen;
      hourly[tier.tier] = tier.hourlyFen as Fen;
      if (tier.counties.length === 0 && !tier.otherCounties) {
        return resultErr('minimumWageFile.tierNoCounties', `tier ${tier.tier} lists no counties`, { field: `${tierField}.counties`, tier: tier.tier });
      }
      if (tier.otherCounties) {
        if (others !== null) return resultErr('minimumWageFile.tierDuplicate', 'two tiers take the other counties', { field: `${tierField}.otherCounties`, tier: tier.tier });
        others = tier.tier;
      }
      for (const [k, code] of tier.counties.entries()) {
        const countyField = `${tierField}.counties.${k}`;
        if (!countyLevel.has(code)) return resultErr('minimumWageFile.regionUnknown', `${code} is not a county-level division`, { field: countyField, code });
        if (!code.startsWith(t.region)) return resultErr('minimumWageFile.countyOutside', `${code} is not in region ${t.region}`, { field: countyField, code });
        if (listed.has(code)) return resultErr('minimumWageFile.countyDuplicate', `${code} is listed twice`, { field: countyField, code });
        listed.add(code);
        assignments.push({ regionCode: code, tier: tier.tier, effectiveFrom, effectiveTo: listedTo, verified: t.countiesVerified });
      }
    }
    if (others !== null) {
      for (const code of countyLevel) {
        if (code.startsWith(t.region) && !listed.has(code)) assignments.push({ regionCode: code, tier: others, effectiveFrom, effectiveTo: listedTo, verified: t.countiesVerified });
      }
    }
  }
  if (Object.keys(monthly).length === 0) return resultErr('minimumWageFile.invalid', 'a table needs figures', { field: `${field}.monthlyFen` });
  const missing = Object.keys(monthly).find((tier) => hourly[Number(tier)] === undefined);
  if (missing) return resultErr('minimumWageFile.hourlyMissing', `tier ${missing} has no hourly figure`, { field: `${field}.hourlyFen.${missing}`, tier: missing });
  const table: MinimumWageTable = {
    region: t.region,
    effectiveFrom,
    effectiveTo,
    basis: t.basis,
    monthly,
    hourly,
    verified: t.verified,
    ...(t.confirmedTo === undefined ? {} : { confirmedTo: t.confirmedTo as IsoDate }),
    ...(t.note === undefined ? {} : { note: t.note }),
    ...(t.source === undefined
      ? {}
      : { source: { ...t.source, date: t.source.date as IsoDate | null } }),
    ...(t.includesSocialInsurance === 'unknown' ? {} : { includesSocialInsurance: t.includesSocialInsurance }),
  };
  return resultOk({ table, assignments });
}

/** Two tables of one region whose stated periods share a day (an open end runs only to the next start). */
function tablesOverlap(tables: readonly MinimumWageTable[]): { index: number; other: MinimumWageTable } | null {
  const order = tables.map((t, index) => ({ t, index })).sort((a, b) => (a.t.effectiveFrom < b.t.effectiveFrom ? -1 : 1));
  for (const [i, a] of order.entries()) {
    for (const b of order.slice(i + 1)) {
      if (b.t.region !== a.t.region) continue;
      if (a.t.effectiveTo !== null && a.t.effectiveTo >= b.t.effectiveFrom) return { index: Math.max(a.index, b.index), other: a.index > b.index ? b.t : a.t };
    }
  }
  return null;
}

/**
 * Error codes (params.field is a dotted path into the file): minimumWageFile.json,
 * minimumWageFile.format (not this app's file), minimumWageFile.version (a newer app wrote it),
 * minimumWageFile.invalid, minimumWageFile.amountNotPositive (a figure of zero or less),
 * minimumWageFile.regionUnknown (a region or county code that is no division of China),
 * minimumWageFile.countyOutside (a county listed under another province's table),
 * minimumWageFile.tierNoCounties, minimumWageFile.tierDuplicate, minimumWageFile.countyDuplicate,
 * minimumWageFile.periodReversed, minimumWageFile.overlap (two tables of one region in force on the same
 * day), minimumWageFile.hourlyMissing (a tier with a monthly figure and no hourly one),
 * minimumWageFile.tableDuplicate, minimumWageFile.assignmentDuplicate. Nothing is returned but the error:
 * a caller stores nothing from a file that fails.
 */
export function minimumWageFileParse(input: unknown): Result<MinimumWageUserData> {
  const head = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(input);
  if (!head.success || head.data.format !== MINIMUM_WAGE_FILE_FORMAT) return resultErr('minimumWageFile.format', 'not a minimum-wage file', { field: 'format' });
  if (!VERSIONS_READ.includes(head.data.version)) return resultErr('minimumWageFile.version', `unsupported version ${String(head.data.version)}`, { field: 'version' });
  const negative = amountNotPositive(input);
  if (negative) return resultErr('minimumWageFile.amountNotPositive', 'a figure is zero or negative', { field: negative });
  const parsed = minimumWageFileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return resultErr('minimumWageFile.invalid', issue.message, { field: issue.path.map(String).join('.') });
  }
  const seenTables = new Set<string>();
  const tables: MinimumWageTable[] = [];
  const listedAssignments: TierAssignment[] = [];
  for (const [i, t] of parsed.data.tables.entries()) {
    const field = `tables.${i}`;
    if (!regionByCode(regionOfPrefix(t.region))) return resultErr('minimumWageFile.regionUnknown', `${t.region} is no division of China`, { field: `${field}.region`, code: t.region });
    if (t.effectiveTo !== null && t.effectiveTo < t.effectiveFrom) return resultErr('minimumWageFile.periodReversed', 'ends before it starts', { field: `${field}.effectiveTo` });
    if (t.confirmedTo !== undefined && t.confirmedTo < t.effectiveFrom) return resultErr('minimumWageFile.periodReversed', 'confirmed in force before it starts', { field: `${field}.confirmedTo` });
    // A known end says all confirmedTo would: the two together are a mistake, not more precision.
    if (t.confirmedTo !== undefined && t.effectiveTo !== null) return resultErr('minimumWageFile.invalid', 'confirmedTo goes with an open end only', { field: `${field}.confirmedTo` });
    const key = `${t.region}|${t.effectiveFrom}`;
    if (seenTables.has(key)) return resultErr('minimumWageFile.tableDuplicate', `two tables for ${t.region} from ${t.effectiveFrom}`, { field });
    seenTables.add(key);
    const read = tableRead(t, field);
    if (!read.ok) return read;
    tables.push(read.value.table);
    // A county listed from the same day by two tables (a province's and a city's) would have two tiers.
    const twice = read.value.assignments.find((a) => listedAssignments.some((b) => b.regionCode === a.regionCode && b.effectiveFrom === a.effectiveFrom));
    if (twice) return resultErr('minimumWageFile.countyDuplicate', `${twice.regionCode} is listed by two tables from ${twice.effectiveFrom}`, { field, code: twice.regionCode });
    listedAssignments.push(...read.value.assignments);
  }
  const overlap = tablesOverlap(tables);
  if (overlap) {
    return resultErr('minimumWageFile.overlap', `two tables of ${overlap.other.region} are in force on the same days`, {
      field: `tables.${overlap.index}`,
      from: overlap.other.effectiveFrom,
      to: overlap.other.effectiveTo ?? '',
    });
  }
  const seenAssignments = new Set<string>(listedAssignments.map((a) => `${a.regionCode}|${a.effectiveFrom}`));
  const assignments: TierAssignment[] = [...listedAssignments];
  for (const [i, a] of parsed.data.assignments.entries()) {
    const field = `assignments.${i}`;
    if (!regionByCode(a.regionCode)) return resultErr('minimumWageFile.regionUnknown', `${a.regionCode} is no division of China`, { field: `${field}.regionCode`, code: a.regionCode });
    const key = `${a.regionCode}|${a.effectiveFrom}`;
    if (seenAssignments.has(key)) return resultErr('minimumWageFile.assignmentDuplicate', `${a.regionCode} is assigned twice from ${a.effectiveFrom}`, { field });
    seenAssignments.add(key);
    assignments.push({
      regionCode: a.regionCode,
      tier: a.tier,
      effectiveFrom: a.effectiveFrom as IsoDate,
      ...(a.effectiveTo === undefined ? {} : { effectiveTo: a.effectiveTo as IsoDate | null }),
      verified: a.verified,
    });
  }
  return resultOk({ tables, assignments });
}

/** Reads file text: minimumWageFile.json when it is not JSON, otherwise as minimumWageFileParse. */
export function minimumWageFileParseText(text: string): Result<MinimumWageUserData> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return resultErr('minimumWageFile.json', 'not JSON', { field: '' });
  }
  return minimumWageFileParse(value);
}

/** The file (and settings value) for the user's data; minimumWageFileParse reads it back unchanged. */
export function minimumWageFileFrom(data: MinimumWageUserData): MinimumWageFile {
  return {
    format: MINIMUM_WAGE_FILE_FORMAT,
    version: MINIMUM_WAGE_FILE_VERSION,
    tables: data.tables.map((t) => ({
      region: t.region,
      effectiveFrom: t.effectiveFrom,
      effectiveTo: t.effectiveTo,
      ...(t.confirmedTo === undefined ? {} : { confirmedTo: t.confirmedTo }),
      basis: t.basis,
      monthlyFen: { ...t.monthly },
      hourlyFen: { ...t.hourly },
      verified: t.verified,
      ...(t.note === undefined ? {} : { note: t.note }),
      ...(t.source === undefined ? {} : { source: { ...t.source } }),
      ...(t.includesSocialInsurance === undefined ? {} : { includesSocialInsurance: t.includesSocialInsurance }),
    })),
    assignments: data.assignments.map((a) => ({ ...a })),
  };
}

/**
 * The data the checks run on: the user's tables and tiers over the shipped ones. A user entry with the
 * same region (or county) and start date replaces the shipped one; the others are added, and the lookup
 * takes the latest start in force (minimumWage.ts), so a newer user table supersedes an open-ended one.
 */
export function minimumWageDataMerge(shipped: MinimumWageUserData, user: MinimumWageUserData): MinimumWageUserData {
  const tableKey = (t: MinimumWageTable) => `${t.region}|${t.effectiveFrom}`;
  const assignmentKey = (a: TierAssignment) => `${a.regionCode}|${a.effectiveFrom}`;
  const userTables = new Set(user.tables.map(tableKey));
  const userAssignments = new Set(user.assignments.map(assignmentKey));
  return {
    tables: [...shipped.tables.filter((t) => !userTables.has(tableKey(t))), ...user.tables],
    assignments: [...shipped.assignments.filter((a) => !userAssignments.has(assignmentKey(a))), ...user.assignments],
  };
}
