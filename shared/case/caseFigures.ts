// The reference figures a case file carries (the exporter's own minimum-wage tables and county tiers, the
// guideline, CPI and average-wage figures of the enterprise's region) taken into this store's own entries
// on import. Only what this store does not know yet is added: a figure this store already has (shipped or
// typed) under the same key is kept as it is, and one that differs is counted so the user is told. Each
// added figure keeps the store's data valid as a whole file (no overlapping tables); one that would not is
// left out and counted with the differing ones.
import type { EconomyData } from '../economy/economy';
import { economyFileFrom, economyFileParse } from '../economy/economyFile';
import type { MinimumWageTable, TierAssignment } from '../regions/minimumWage';
import { type MinimumWageUserData, minimumWageFileFrom, minimumWageFileParse } from '../regions/minimumWageFile';

export interface FiguresAdopted<U> {
  /** The user's entries with the adopted figures added (the same object when nothing was added). */
  readonly user: U;
  readonly added: number;
  /** Figures of the file this store holds otherwise, or that would clash with its own: not taken. */
  readonly differing: number;
}

interface Step<T> {
  readonly have: readonly T[];
  readonly incoming: readonly T[];
  readonly key: (row: T) => string;
  /** The row in a normal form, for "the same figure". */
  readonly form: (row: T) => string;
}

/** Adds the incoming rows whose key `have` lacks, one at a time, each kept only while `valid` holds. */
function adopt<U, T>(user: U, step: Step<T>, add: (user: U, row: T) => U, valid: (user: U) => boolean): FiguresAdopted<U> {
  const known = new Map(step.have.map((row) => [step.key(row), step.form(row)]));
  let next = user;
  let added = 0;
  let differing = 0;
  for (const row of step.incoming) {
    const had = known.get(step.key(row));
    if (had !== undefined) {
      if (had !== step.form(row)) differing += 1;
      continue;
    }
    const candidate = add(next, row);
    if (!valid(candidate)) {
      differing += 1;
      continue;
    }
    next = candidate;
    added += 1;
    known.set(step.key(row), step.form(row));
  }
  return { user: next, added, differing };
}

function sum<U>(a: FiguresAdopted<U>, b: FiguresAdopted<U>): FiguresAdopted<U> {
  return { user: b.user, added: a.added + b.added, differing: a.differing + b.differing };
}

/**
 * The file's minimum-wage tables and county tiers over `user` (the entries this store keeps), compared with
 * `inUse` (the shipped data with the user's over it), so a shipped table travelling back is not copied.
 */
export function minimumWageFiguresAdopt(inUse: MinimumWageUserData, user: MinimumWageUserData, incoming: MinimumWageUserData): FiguresAdopted<MinimumWageUserData> {
  const valid = (data: MinimumWageUserData) => minimumWageFileParse(minimumWageFileFrom(data)).ok;
  const tableForm = (t: MinimumWageTable) => JSON.stringify(minimumWageFileFrom({ tables: [t], assignments: [] }).tables);
  const assignmentForm = (a: TierAssignment) => JSON.stringify({ ...a, effectiveTo: a.effectiveTo ?? null });
  const tables = adopt(
    user,
    { have: inUse.tables, incoming: incoming.tables, key: (t) => `${t.region}|${t.effectiveFrom}`, form: tableForm },
    (u, t) => ({ ...u, tables: [...u.tables, t] }),
    valid,
  );
  const assignments = adopt(
    tables.user,
    { have: inUse.assignments, incoming: incoming.assignments, key: (a) => `${a.regionCode}|${a.effectiveFrom}`, form: assignmentForm },
    (u, a) => ({ ...u, assignments: [...u.assignments, a] }),
    valid,
  );
  return sum(tables, assignments);
}

/** The file's guideline, CPI and average-wage figures over `user`, compared with `inUse` as above (key: region and year). */
export function economyFiguresAdopt(inUse: EconomyData, user: EconomyData, incoming: EconomyData): FiguresAdopted<EconomyData> {
  const valid = (data: EconomyData) => economyFileParse(economyFileFrom(data)).ok;
  const key = (r: { readonly region: string; readonly year: number }) => `${r.region}|${r.year}`;
  const form = (r: unknown) => JSON.stringify(r);
  const lists = ['guidelines', 'prices', 'averageWages'] as const;
  let result: FiguresAdopted<EconomyData> = { user, added: 0, differing: 0 };
  for (const list of lists) {
    const step = adopt<EconomyData, EconomyData[typeof list][number]>(
      result.user,
      { have: inUse[list], incoming: incoming[list], key, form },
      (u, row) => ({ ...u, [list]: [...u[list], row] }),
      valid,
    );
    result = sum(result, step);
  }
  return result;
}
