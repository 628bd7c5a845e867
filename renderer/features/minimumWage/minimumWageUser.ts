// The user's minimum-wage data (tables published after the shipped ones, county tiers), kept in the
// `settings` table under 'minimumWage.user' as a minimum-wage file (format line included; read and written
// by data/settingsHandlers.ts). Provinces revise
// at least every two years (MWR art 10) and the app lives offline, so the user adds what is missing. Every
// change goes through the file validator before it is stored, and every read validates again.
import type { MinimumWageTable, TierAssignment } from '../../../shared/regions/minimumWage';
import {
  type MinimumWageUserData,
  minimumWageDataMerge,
  minimumWageFileFrom,
  minimumWageFileParse,
  minimumWageFileParseText,
} from '../../../shared/regions/minimumWageFile';
import { type Result, resultErr } from '../../../shared/result';

/** A minimum-wage file is a few kilobytes; anything this large is not one. */
const MAX_FILE_CHARS = 5_000_000;

/** The user's data as the file the import reads (also what export writes). */
export function minimumWageFileText(data: MinimumWageUserData): string {
  return `${JSON.stringify(minimumWageFileFrom(data), null, 2)}\n`;
}

/** `data` checked as a whole file would be: the one gate before anything is stored. */
export function minimumWageUserChecked(data: MinimumWageUserData): Result<MinimumWageUserData> {
  return minimumWageFileParse(minimumWageFileFrom(data));
}

/**
 * The user's data after importing `text`: its tables and tiers replace those of `previous` with the same
 * region and start date, the others are kept. Errors as minimumWageFileParseText. Nothing is stored here.
 */
export function minimumWageUserFromText(text: string, previous: MinimumWageUserData): Result<MinimumWageUserData> {
  if (text.length > MAX_FILE_CHARS) return resultErr('minimumWageFile.json', 'the file is too large to be a minimum-wage file', { field: '' });
  const parsed = minimumWageFileParseText(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) return parsed;
  return minimumWageUserChecked(minimumWageDataMerge(previous, parsed.value));
}

/** Adds a table; minimumWageFile.tableDuplicate when one for the same region and start date exists. */
export function minimumWageUserTableAdd(data: MinimumWageUserData, table: MinimumWageTable): Result<MinimumWageUserData> {
  return minimumWageUserChecked({ ...data, tables: [...data.tables, table] });
}

/** Adds a county's tier; minimumWageFile.assignmentDuplicate when it already has one from that date. */
export function minimumWageUserAssignmentAdd(data: MinimumWageUserData, assignment: TierAssignment): Result<MinimumWageUserData> {
  return minimumWageUserChecked({ ...data, assignments: [...data.assignments, assignment] });
}

export function minimumWageUserTableRemove(data: MinimumWageUserData, index: number): MinimumWageUserData {
  return { ...data, tables: data.tables.filter((_, i) => i !== index) };
}

export function minimumWageUserAssignmentRemove(data: MinimumWageUserData, index: number): MinimumWageUserData {
  return { ...data, assignments: data.assignments.filter((_, i) => i !== index) };
}
