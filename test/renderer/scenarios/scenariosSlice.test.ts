import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18nInit } from '../../../renderer/i18n';
import { scenariosMessagesRegister } from '../../../renderer/features/scenarios/messages';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { useAppStore } from '../../../renderer/app/store';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { wageCaseRepo } from '../../../renderer/db/wageCaseRepo';
import { caseScenarioWageSet } from '../../../renderer/features/scenarios/caseEdits';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';
import { SCENARIO_AUTOSAVE_MS } from '../../../renderer/features/scenarios/scenariosSlice';
import type { Enterprise, EnterpriseId } from '../../../shared/enterprise/model';
import type { Fen } from '../../../shared/money/fen';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import { okValue, testCreditCode, testDbOpen, testDbsDelete, testEnterpriseInput } from '../db/testDb';

let db: WageDeskDb;
let enterprise: Enterprise;
const store = () => useAppStore.getState();

/** Sets scenario `s`'s wage in quarter `i` (分), as the scenario editor does. */
function wageSet(s: number, i: number, amount: number, coalesce?: string) {
  store().scenarioCaseUpdate((file) => caseScenarioWageSet(file, s, i, amount as Fen, caseModelRun(file).resolvedWages[s] ?? []), coalesce ? { coalesce } : {});
}

const q2Wage = (file: WageCaseFile | null) => file?.scenarios[0]?.wages.find((w) => w.quarter === '2020-Q2');
const storedCase = async () => okValue(await wageCaseRepo(db).get(enterprise.id))?.case ?? null;

beforeAll(async () => {
  await i18nInit('zh-CN');
  scenariosMessagesRegister(); // the screen registers its text when it loads; the slice alone does not
});

beforeEach(async () => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  enterprise = okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '福鼎市测试皮革厂', regionCode: '350982' })));
  useAppStore.setState({ enterprises: [enterprise], enterprisesStatus: 'ready', notice: null });
  await store().scenarioEnterpriseSelect(enterprise.id);
});

afterEach(async () => {
  await store().scenarioEnterpriseSelect(null);
  await testDbsDelete(db);
});

describe('scenarios slice', () => {
  it('starts with no case for the enterprise, then loads the reference case for it and saves it', async () => {
    expect(store()).toMatchObject({ scenarioEnterpriseId: enterprise.id, scenarioCase: null, scenarioCaseStatus: 'ready' });
    await store().scenarioReferenceLoad();
    const file = store().scenarioCase;
    expect(file).toMatchObject({ baseQuarter: '2019-Q4', regionCode: '350982' });
    expect(caseModelRun(file!).ok).toBe(true);
    expect(store().notice?.text).toContain('参考案例');
    expect(store().scenarioSaveState).toBe('pending');
    await store().scenarioSaveNow();
    expect(store().scenarioSaveState).toBe('saved');
    expect((await storedCase())?.title).toBe(file?.title);
  });

  it('undoes the last edit; typing into one field undoes as one step', async () => {
    await store().scenarioReferenceLoad();
    wageSet(0, 1, 150_000, 'wage.0.1');
    wageSet(0, 1, 151_000, 'wage.0.1');
    expect(q2Wage(store().scenarioCase)).toMatchObject({ amountFen: 151_000 });
    expect(store().scenarioUndoStack).toHaveLength(2); // the reference load, then the one typed figure
    store().scenarioUndo();
    expect(q2Wage(store().scenarioCase)).toMatchObject({ amountFen: 157_000 });
    store().scenarioUndo();
    expect(store().scenarioCase).toBeNull(); // back to no case at all…
    await store().scenarioSaveNow();
    expect(await storedCase()).toBeNull(); // …and none stored
  });

  it('keeps separate undo steps for different fields', async () => {
    await store().scenarioReferenceLoad();
    wageSet(0, 1, 150_000, 'wage.0.1');
    wageSet(0, 2, 180_000, 'wage.0.2');
    store().scenarioUndo();
    expect(q2Wage(store().scenarioCase)).toMatchObject({ amountFen: 150_000 });
    expect(store().scenarioCase?.scenarios[0]?.wages.find((w) => w.quarter === '2020-Q3')).toMatchObject({ amountFen: 175_000 });
  });

  it('saves an edit by itself a moment later', async () => {
    await store().scenarioReferenceLoad();
    await store().scenarioSaveNow();
    wageSet(0, 1, 150_000);
    expect(store().scenarioSaveState).toBe('pending');
    await vi.waitFor(() => expect(store().scenarioSaveState).toBe('saved'), { timeout: SCENARIO_AUTOSAVE_MS * 5 });
    expect(q2Wage(await storedCase())).toMatchObject({ amountFen: 150_000 });
  });

  it('saves nothing while an input has an error, and saves once it is fixed', async () => {
    await store().scenarioReferenceLoad();
    await store().scenarioSaveNow();
    store().scenarioFieldErrorSet('scenario.0.wage.1', 'scenarios.errors.yuan');
    wageSet(0, 2, 180_000);
    await store().scenarioSaveNow();
    expect(store().scenarioSaveState).toBe('invalid');
    expect((await storedCase())?.scenarios[0]?.wages.find((w) => w.quarter === '2020-Q3')).toMatchObject({ amountFen: 175_000 });

    store().scenarioFieldErrorSet('scenario.0.wage.1', null);
    await store().scenarioSaveNow();
    expect(store().scenarioSaveState).toBe('saved');
    expect((await storedCase())?.scenarios[0]?.wages.find((w) => w.quarter === '2020-Q3')).toMatchObject({ amountFen: 180_000 });
  });

  it('refuses a case that fails its checks, says why, and keeps the stored one', async () => {
    await store().scenarioReferenceLoad();
    await store().scenarioSaveNow();
    store().scenarioCaseUpdate((file) => ({ ...file, headcount: file.headcount.map((h) => ({ ...h, working: -5 })) }));
    await store().scenarioSaveNow();
    expect(store()).toMatchObject({ scenarioSaveState: 'invalid', scenarioSaveError: { code: 'case.invalid' } });
    expect((await storedCase())?.headcount[0]?.working).toBe(120);
  });

  it('saves the pending edit before switching to another enterprise, and loads that one’s case', async () => {
    const other = okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '另一家厂', creditCode: testCreditCode('350982', 5) })));
    useAppStore.setState({ enterprises: [enterprise, other] });
    await store().scenarioReferenceLoad();
    await store().scenarioEnterpriseSelect(other.id);
    expect(store()).toMatchObject({ scenarioEnterpriseId: other.id, scenarioCase: null, scenarioUndoStack: [] });
    expect(await storedCase()).not.toBeNull();
    await store().scenarioEnterpriseSelect(enterprise.id);
    expect(store().scenarioCase?.baseQuarter).toBe('2019-Q4');
    expect(okValue(await wageCaseRepo(db).get(other.id as EnterpriseId))).toBeNull();
  });

  it('starts a blank case at the county minimum wage, with the enterprise’s headcount', async () => {
    await store().scenarioBlankCreate();
    const file = store().scenarioCase!;
    expect(file.headcount.every((h) => h.working === enterprise.headcount)).toBe(true);
    expect(file.scenarios).toHaveLength(1);
    const model = caseModelRun(file);
    expect(model.ok).toBe(true);
    expect(store().scenarioUndoStack).toHaveLength(1);
  });
});
