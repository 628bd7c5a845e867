// The user's minimum-wage data (tables the province published after the shipped ones, and county
// tiers), as stored in settings ('minimumWage.user') and as an import/export JSON file. Provinces revise
// at least every two years (MWR art 10) and the app lives offline, so the user keeps it current.
// Format 'wagedesk.minimumWage', version 1; money in integer 分 (fields end in Fen).
import { z } from 'zod';
import type { Fen } from '../money/fen';
import { type IsoDate, isoDateParse } from '../dates/isoDate';
import { type Result, resultErr, resultOk } from '../result';
import type { MinimumWageTable, MinimumWageTier, TierAssignment } from './minimumWage';

export const MINIMUM_WAGE_FILE_FORMAT = 'wagedesk.minimumWage';
export const MINIMUM_WAGE_FILE_VERSION = 1;
/** The settings key the user's data is stored under. */
export const MINIMUM_WAGE_SETTINGS_KEY = 'minimumWage.user';

const isoDateText = z.string().refine((s) => isoDateParse(s) !== null, 'not a calendar date (YYYY-MM-DD)');
const tierKey = z.string().regex(/^[1-9]$/);
/** 分 per month or per hour; at most 1 000 000 元 keeps typos out. */
const amounts = z.record(tierKey, z.number().int().positive().max(100_000_000));

const tableSchema = z.strictObject({
  /** GB/T 2260 prefix: '35' for a province, a 6-digit code for one county. */
  region: z.string().regex(/^\d{2}(\d{2}){0,2}$/),
  effectiveFrom: isoDateText,
  effectiveTo: isoDateText.nullable().default(null),
  basis: z.string().trim().min(1).max(200),
  monthlyFen: amounts,
  hourlyFen: amounts,
  verified: z.boolean().default(false),
  note: z.string().max(500).optional(),
});

const assignmentSchema = z.strictObject({
  regionCode: z.string().regex(/^\d{6}$/),
  tier: z.number().int().min(1).max(9),
  effectiveFrom: isoDateText,
  verified: z.boolean().default(false),
});

export const minimumWageFileSchema = z.strictObject({
  format: z.literal(MINIMUM_WAGE_FILE_FORMAT),
  version: z.literal(MINIMUM_WAGE_FILE_VERSION),
  tables: z.array(tableSchema).max(500).default([]),
  assignments: z.array(assignmentSchema).max(20_000).default([]),
});

export type MinimumWageFile = z.input<typeof minimumWageFileSchema>;

export interface MinimumWageUserData {
  readonly tables: readonly MinimumWageTable[];
  readonly assignments: readonly TierAssignment[];
}

export const minimumWageUserDataEmpty: MinimumWageUserData = { tables: [], assignments: [] };

/**
 * Error codes (params.field is a dotted path into the file): minimumWageFile.json,
 * minimumWageFile.format (not this app's file), minimumWageFile.version (a newer app wrote it),
 * minimumWageFile.invalid, minimumWageFile.periodReversed, minimumWageFile.hourlyMissing (a tier with a
 * monthly figure and no hourly one), minimumWageFile.tableDuplicate, minimumWageFile.assignmentDuplicate.
 */
export function minimumWageFileParse(input: unknown): Result<MinimumWageUserData> {
  const head = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(input);
  if (!head.success || head.data.format !== MINIMUM_WAGE_FILE_FORMAT) return resultErr('minimumWageFile.format', 'not a minimum-wage file', { field: 'format' });
  if (head.data.version !== MINIMUM_WAGE_FILE_VERSION) return resultErr('minimumWageFile.version', `unsupported version ${String(head.data.version)}`, { field: 'version' });
  const parsed = minimumWageFileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return resultErr('minimumWageFile.invalid', issue.message, { field: issue.path.map(String).join('.') });
  }
  const seenTables = new Set<string>();
  const tables: MinimumWageTable[] = [];
  for (const [i, t] of parsed.data.tables.entries()) {
    const field = `tables.${i}`;
    if (t.effectiveTo !== null && t.effectiveTo < t.effectiveFrom) return resultErr('minimumWageFile.periodReversed', 'ends before it starts', { field: `${field}.effectiveTo` });
    const missing = Object.keys(t.monthlyFen).find((tier) => t.hourlyFen[tier] === undefined);
    if (missing) return resultErr('minimumWageFile.hourlyMissing', `tier ${missing} has no hourly figure`, { field: `${field}.hourlyFen.${missing}`, tier: missing });
    const key = `${t.region}|${t.effectiveFrom}`;
    if (seenTables.has(key)) return resultErr('minimumWageFile.tableDuplicate', `two tables for ${t.region} from ${t.effectiveFrom}`, { field });
    seenTables.add(key);
    tables.push({
      region: t.region,
      effectiveFrom: t.effectiveFrom as IsoDate,
      effectiveTo: t.effectiveTo as IsoDate | null,
      basis: t.basis,
      monthly: t.monthlyFen as Record<MinimumWageTier, Fen>,
      hourly: t.hourlyFen as Record<MinimumWageTier, Fen>,
      verified: t.verified,
      ...(t.note === undefined ? {} : { note: t.note }),
    });
  }
  const seenAssignments = new Set<string>();
  const assignments: TierAssignment[] = [];
  for (const [i, a] of parsed.data.assignments.entries()) {
    const key = `${a.regionCode}|${a.effectiveFrom}`;
    if (seenAssignments.has(key)) return resultErr('minimumWageFile.assignmentDuplicate', `${a.regionCode} is assigned twice from ${a.effectiveFrom}`, { field: `assignments.${i}` });
    seenAssignments.add(key);
    assignments.push({ regionCode: a.regionCode, tier: a.tier, effectiveFrom: a.effectiveFrom as IsoDate, verified: a.verified });
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
      basis: t.basis,
      monthlyFen: { ...t.monthly },
      hourlyFen: { ...t.hourly },
      verified: t.verified,
      ...(t.note === undefined ? {} : { note: t.note }),
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
