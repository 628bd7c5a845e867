// The user's minimum-wage data: every change is checked as a whole file before it is stored, what is
// stored reads back unchanged (and is re-validated on read), a bad file stores nothing, and the one
// loader serves the shipped data with the user's over it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Fen } from '../../../shared/money/fen';
import { minimumWageFor, type MinimumWageTable } from '../../../shared/regions/minimumWage';
import { MINIMUM_WAGE_SETTINGS_KEY, type MinimumWageUserData, minimumWageUserDataEmpty } from '../../../shared/regions/minimumWageFile';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { minimumWageCurrent, minimumWageLoad, minimumWageUserSet } from '../../../renderer/features/minimumWage/minimumWageLoad';
import {
  minimumWageFileText,
  minimumWageUserAssignmentAdd,
  minimumWageUserFromText,
  minimumWageUserTableAdd,
} from '../../../renderer/features/minimumWage/minimumWageUser';
import type { DataContext } from '../../../renderer/data/context';
import { settingsHandlers } from '../../../renderer/data/settingsHandlers';
import { tableFormEmpty, tableFormRead } from '../../../renderer/features/minimumWage/minimumWageForm';
import { okValue, testDbOpen, testDbsDelete, testDeps } from '../db/testDb';

let db: WageDeskDb;
let ctx: DataContext;
const minimumWageUserRead = async () => okValue(await settingsHandlers.minimumWageUserRead(ctx));
const minimumWageUserWrite = (data: MinimumWageUserData) => settingsHandlers.minimumWageUserWrite(ctx, { data });
beforeEach(() => {
  db = testDbOpen();
  ctx = { db, deps: testDeps() };
  servicesUse(servicesFor(db));
  minimumWageUserSet(minimumWageUserDataEmpty);
});
afterEach(async () => {
  await testDbsDelete(db);
});

const table2024: MinimumWageTable = {
  region: '35',
  effectiveFrom: isoDate('2024-01-01'),
  effectiveTo: null,
  basis: '闽人社发〔2023〕测试号',
  monthly: { 3: 210_000 as Fen },
  hourly: { 3: 2_100 as Fen },
  verified: true,
};

describe('minimumWageUser', () => {
  it('stores a table and a tier and reads them back unchanged (round trip through the file too)', async () => {
    const withTable = okValue(minimumWageUserTableAdd(minimumWageUserDataEmpty, table2024));
    const data = okValue(minimumWageUserAssignmentAdd(withTable, { regionCode: '350982', tier: 3, effectiveFrom: isoDate('2024-01-01'), verified: true }));
    okValue(await minimumWageUserWrite(data));
    const read = await minimumWageUserRead();
    expect(read).toEqual(data);
    expect(okValue(minimumWageUserFromText(minimumWageFileText(read), minimumWageUserDataEmpty))).toEqual(data);
  });

  it('refuses a second table for the same region and start date, naming the field', () => {
    const once = okValue(minimumWageUserTableAdd(minimumWageUserDataEmpty, table2024));
    const twice = minimumWageUserTableAdd(once, table2024);
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error).toMatchObject({ code: 'minimumWageFile.tableDuplicate', params: { field: 'tables.1' } });
  });

  it('refuses a bad file and stores nothing', async () => {
    const bad = JSON.stringify({ format: 'wagedesk.minimumWage', version: 1, tables: [{ ...JSON.parse(minimumWageFileText({ tables: [table2024], assignments: [] })).tables[0], hourlyFen: {} }] });
    const result = minimumWageUserFromText(bad, minimumWageUserDataEmpty);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'minimumWageFile.hourlyMissing', params: { field: 'tables.0.hourlyFen.3' } });
    expect(minimumWageUserFromText('{not json', minimumWageUserDataEmpty).ok).toBe(false);
    expect(minimumWageUserFromText('{"format":"other"}', minimumWageUserDataEmpty).ok).toBe(false);
    const write = await minimumWageUserWrite({ tables: [{ ...table2024, effectiveTo: isoDate('2023-01-01') }], assignments: [] });
    expect(write.ok).toBe(false);
    expect(await db.settings.get(MINIMUM_WAGE_SETTINGS_KEY)).toBeUndefined();
  });

  it('reads a stored value that no longer validates as no user data', async () => {
    await db.settings.put({ key: MINIMUM_WAGE_SETTINGS_KEY, value: { format: 'wagedesk.minimumWage', version: 1, tables: 'broken' } });
    expect(await minimumWageUserRead()).toEqual(minimumWageUserDataEmpty);
  });

  it('the loader serves the user table and tier over the shipped ones: 福鼎 tier 3 in 2024 is 2,100 元', async () => {
    // Shipped: the 2022 table, 福鼎 in tier 3 at 1,810 元; a user table starting later supersedes it.
    expect(minimumWageFor('350982', isoDate('2024-04-01'), minimumWageCurrent().tables, minimumWageCurrent().assignments)).toMatchObject({ tier: 3, monthly: 181_000 });
    okValue(await minimumWageUserWrite({ tables: [table2024], assignments: [{ regionCode: '350982', tier: 3, effectiveFrom: isoDate('2022-04-01'), verified: true }] }));
    const data = await minimumWageLoad(true);
    expect(minimumWageFor('350982', isoDate('2024-04-01'), data.tables, data.assignments)).toMatchObject({ monthly: 210_000, hourly: 2_100 });
    expect(minimumWageFor('350982', isoDate('2023-12-31'), data.tables, data.assignments)).toMatchObject({ monthly: 181_000 });
  });
});

describe('tableFormRead', () => {
  it('reads 元 into 分 and refuses a tier with a monthly figure and no hourly one', () => {
    const monthly = ['', '', '2,100', '', ''];
    const ok = tableFormRead({ ...tableFormEmpty, effectiveFrom: '2024-01-01', basis: '测试', monthly, hourly: ['', '', '21', '', ''] });
    expect(ok).toMatchObject({ ok: true, value: { monthly: { 3: 210_000 }, hourly: { 3: 2_100 } } });
    const bad = tableFormRead({ ...tableFormEmpty, effectiveFrom: '2024-02-30', basis: '', monthly });
    expect(bad).toEqual({ ok: false, errors: { effectiveFrom: 'minimumWage.errors.date', basis: 'minimumWage.errors.basis', 'hourly.3': 'minimumWage.errors.hourlyMissing' } });
  });
});
