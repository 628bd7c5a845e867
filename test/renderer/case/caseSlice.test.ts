// The round on screen: small edits undo field by field (typing one figure is one step) and save a moment
// after the last one; nothing is saved while an input has an error or the round fails its checks;
// switching round saves what is pending first; a save or a load that finishes late changes nothing.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18nInit } from '../../../renderer/i18n';
import { scenariosMessagesRegister } from '../../../renderer/features/scenarios/messages';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { useAppStore } from '../../../renderer/app/store';
import { send } from '../../../renderer/data/send';
import { roundRepo } from '../../../renderer/db/roundRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { ROUND_AUTOSAVE_MS } from '../../../renderer/features/case/caseSlice';
import { pendingRoundKeep, roundJson } from '../../../renderer/features/case/pendingJournal';
import { caseScenarioWageSet } from '../../../renderer/features/scenarios/caseEdits';
import { caseModelRun } from '../../../renderer/features/scenarios/caseModel';
import { wageCaseBlank } from '../../../renderer/features/scenarios/caseNew';
import { type Round, roundSchema } from '../../../shared/case/round';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Enterprise } from '../../../shared/enterprise/model';
import type { Fen } from '../../../shared/money/fen';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { minimumWageDataDefault } from '../../../shared/wage/floor';
import { okValue, testDbOpen, testDbsDelete } from '../db/testDb';
import { testCtx, testEnterpriseWithPeople } from '../data/testCase';

let db: WageDeskDb;
let enterprise: Enterprise;
let round: Round;
const store = () => useAppStore.getState();

/** A round made and given the sample's model through the facade, as the new-round dialog and the scenarios screen do. */
async function roundWithModel(title: string): Promise<Round> {
  const created = okValue(await send('roundCreate', { enterpriseId: enterprise.id, title, kind: 'wage', copyFrom: null })).round;
  return okValue(await send('roundSave', { enterpriseId: enterprise.id, round: roundSchema.parse({ ...created, wage: referenceWageCase() }) })).round;
}

/** Sets scenario `s`'s wage in quarter `i` (分), as the scenario editor does. */
function wageSet(s: number, i: number, amount: number, coalesce?: string) {
  store().roundWageUpdate((file) => caseScenarioWageSet(file, s, i, amount as Fen, caseModelRun(file).resolvedWages[s] ?? []), coalesce ? { coalesce } : {});
}

const wageIn = (r: Round | undefined, quarter: string) => r?.wage?.scenarios[0]?.wages.find((w) => w.quarter === quarter);
const shown = () => store().caseData?.round;
const stored = async (id = round.id) => okValue(await roundRepo(db).get(id)).round;
const settled = () => vi.waitFor(() => expect(store().roundSaveState).toBe('saved'), { timeout: ROUND_AUTOSAVE_MS * 5 });

beforeAll(async () => {
  await i18nInit('zh-CN');
  scenariosMessagesRegister(); // the screen registers its text when it loads; the slice alone does not
});

beforeEach(async () => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  enterprise = (await testEnterpriseWithPeople(testCtx(db), { name: '福鼎市测试皮革厂', regionCode: '350982' })).enterprise;
  useAppStore.setState({ enterprises: [enterprise], enterprisesStatus: 'ready', notice: null });
  round = await roundWithModel('2021年工资集体协商');
  await store().caseSelect(enterprise.id, round.id);
});

afterEach(async () => {
  await store().caseSelect(null, null);
  await testDbsDelete(db);
});

describe('case slice: loading', () => {
  it('loads the round the route names with the enterprise’s round list', () => {
    expect(store()).toMatchObject({ caseEnterpriseId: enterprise.id, caseRoundId: round.id, caseStatus: 'ready', roundSaveState: 'saved', roundUndoStack: [] });
    expect(shown()).toEqual(round);
    expect(store().caseRounds?.rounds.map((r) => r.id)).toEqual([round.id]);
  });

  it('shows the round chosen last when two loads cross', async () => {
    const other = await roundWithModel('2022年工资集体协商');
    const first = store().caseSelect(enterprise.id, other.id);
    const second = store().caseSelect(enterprise.id, round.id);
    await Promise.all([first, second]);
    expect(store().caseRoundId).toBe(round.id);
    expect(shown()?.id).toBe(round.id);
  });

  it('says a round of another enterprise or one that is gone is missing', async () => {
    await store().caseSelect(enterprise.id, 'no-such-round' as Round['id']);
    expect(store()).toMatchObject({ caseStatus: 'missing', caseData: null });
  });
});

describe('case slice: undo', () => {
  it('undoes the last edit; typing into one field undoes as one step', async () => {
    wageSet(0, 1, 150_000, 'wage.0.1');
    wageSet(0, 1, 151_000, 'wage.0.1');
    expect(wageIn(shown(), '2020-Q2')).toMatchObject({ amountFen: 151_000 });
    expect(store().roundUndoStack).toHaveLength(1);
    store().roundUndo();
    expect(wageIn(shown(), '2020-Q2')).toMatchObject({ amountFen: 157_000 });
    expect(store().roundUndoStack).toHaveLength(0);
    await store().roundSaveNow();
    expect(wageIn(await stored(), '2020-Q2')).toMatchObject({ amountFen: 157_000 });
  });

  it('keeps separate undo steps for different fields', () => {
    wageSet(0, 1, 150_000, 'wage.0.1');
    wageSet(0, 2, 180_000, 'wage.0.2');
    store().roundUndo();
    expect(wageIn(shown(), '2020-Q2')).toMatchObject({ amountFen: 150_000 });
    expect(wageIn(shown(), '2020-Q3')).toMatchObject({ amountFen: 175_000 });
  });

  it('announces a big edit with an undo that takes it back', async () => {
    const revision = store().caseRevision;
    store().roundWageReplace((file) => ({ ...file, scenarios: file.scenarios.slice(0, 1) }), '已删除方案');
    expect(shown()?.wage?.scenarios).toHaveLength(1);
    expect(store().caseRevision).toBe(revision + 1); // the inputs start over from the new model
    expect(store().notice?.text).toBe('已删除方案');
    await store().notice!.undo!();
    expect(shown()?.wage?.scenarios).toHaveLength(2);
    await settled();
    expect((await stored()).wage?.scenarios).toHaveLength(2);
  });

  it('starts a blank model at the county minimum wage with the enterprise’s headcount, as one undoable edit', async () => {
    const blank = okValue(await send('roundCreate', { enterpriseId: enterprise.id, title: '2022年工资集体协商', kind: 'wage', copyFrom: null })).round;
    await store().caseSelect(enterprise.id, blank.id);
    store().roundWageUpdate((file) => ({ ...file, title: '不应出现' }));
    expect(store().roundUndoStack).toEqual([]); // no model yet: nothing to edit
    store().roundWageReplace(wageCaseBlank(enterprise, isoDate('2021-01-15'), '方案1', minimumWageDataDefault), '已新建测算');
    const file = shown()!.wage!;
    expect(file.headcount.every((h) => h.working === enterprise.headcount)).toBe(true);
    expect(file.scenarios[0]?.wages[0]).toMatchObject({ quarter: '2021-Q1', amountFen: 157_000 }); // 福鼎市's 1570 元 a month
    expect(caseModelRun(file).ok).toBe(true);
    expect(store().roundUndoStack).toHaveLength(1);
    await settled();
    expect((await stored(blank.id)).wage?.title).toBe(enterprise.name);
  });
});

describe('case slice: saving', () => {
  it('saves an edit by itself a moment later', async () => {
    wageSet(0, 1, 150_000);
    expect(store().roundSaveState).toBe('pending');
    await settled();
    expect(wageIn(await stored(), '2020-Q2')).toMatchObject({ amountFen: 150_000 });
  });

  it('saves nothing while an input has an error, and saves once it is fixed', async () => {
    store().roundFieldErrorSet('scenario.0.wage.1', 'scenarios.errors.yuan');
    wageSet(0, 2, 180_000);
    expect(store().roundSaveState).toBe('invalid');
    await store().roundSaveNow();
    expect(store().roundSaveState).toBe('invalid');
    expect(wageIn(await stored(), '2020-Q3')).toMatchObject({ amountFen: 175_000 });

    store().roundFieldErrorSet('scenario.0.wage.1', null);
    await settled();
    expect(wageIn(await stored(), '2020-Q3')).toMatchObject({ amountFen: 180_000 });
  });

  it('refuses a round that fails its checks, says why, and keeps the stored one', async () => {
    store().roundWageUpdate((file) => ({ ...file, headcount: file.headcount.map((h) => ({ ...h, working: -5 })) }));
    await store().roundSaveNow();
    expect(store()).toMatchObject({ roundSaveState: 'invalid', roundSaveError: { code: 'round.invalid', params: { field: 'wage.headcount.0.working' } } });
    expect((await stored()).wage?.headcount[0]?.working).toBe(120);
  });

  it('saves a form’s edit at once, or answers why not and keeps the round shown', async () => {
    expect(await store().roundSaveWith((r) => ({ ...r, details: { ...r.details, signingPlace: '公司三楼会议室' } }))).toBeNull();
    expect((await stored()).details.signingPlace).toBe('公司三楼会议室');
    expect(store().roundUndoStack).toHaveLength(1);
    const refused = await store().roundSaveWith((r) => ({ ...r, details: { ...r.details, signingPlace: '地'.repeat(201) } }));
    expect(refused).toMatchObject({ code: 'round.invalid', params: { field: 'details.signingPlace' } });
    expect(shown()?.details.signingPlace).toBe('公司三楼会议室');
  });

  it('ignores a save that finishes after a later edit: the later edit is still pending, then saved', async () => {
    wageSet(0, 1, 150_000);
    const early = store().roundSaveNow();
    wageSet(0, 1, 151_000);
    await early;
    expect(store().roundSaveState).toBe('pending');
    await settled();
    expect(wageIn(await stored(), '2020-Q2')).toMatchObject({ amountFen: 151_000 });
  });

  it('saves the pending edit before switching round, and shows the other round with its own history', async () => {
    const other = await roundWithModel('2022年工资集体协商');
    wageSet(0, 1, 150_000);
    await store().caseSelect(enterprise.id, other.id);
    expect(store()).toMatchObject({ caseRoundId: other.id, roundSaveState: 'saved', roundUndoStack: [] });
    expect(wageIn(shown(), '2020-Q2')).toMatchObject({ amountFen: 157_000 });
    expect(wageIn(await stored(), '2020-Q2')).toMatchObject({ amountFen: 150_000 });
    await store().caseSelect(enterprise.id, round.id);
    expect(wageIn(shown(), '2020-Q2')).toMatchObject({ amountFen: 150_000 });
  });

  it('leaves the next round’s state alone when the previous round’s save finishes late', async () => {
    const other = await roundWithModel('2022年工资集体协商');
    wageSet(0, 1, 150_000);
    const late = store().roundSaveNow();
    await store().caseSelect(enterprise.id, other.id);
    wageSet(0, 1, 160_000);
    await late;
    expect(store().roundSaveState).toBe('pending');
    await settled();
    expect(wageIn(await stored(), '2020-Q2')).toMatchObject({ amountFen: 150_000 });
    expect(wageIn(await stored(other.id), '2020-Q2')).toMatchObject({ amountFen: 160_000 });
  });
});

describe('case slice: leaving the page inside the autosave delay', () => {
  const KEPT = 'wagedesk.roundPending';
  afterEach(() => localStorage.removeItem(KEPT));

  /** The round with scenario 0's 2020-Q2 wage set to `amount`, as the edit would have made it. */
  function edited(base: Round, amount: number): Round {
    return { ...base, wage: caseScenarioWageSet(base.wage!, 0, 1, amount as Fen, caseModelRun(base.wage!).resolvedWages[0] ?? []) };
  }

  it('keeps the edit as the page goes, starts its save, and forgets it once the save lands', async () => {
    wageSet(0, 1, 150_000);
    store().roundLeaving();
    expect(localStorage.getItem(KEPT)).toContain(round.id);
    await settled();
    expect(wageIn(await stored(), '2020-Q2')).toMatchObject({ amountFen: 150_000 });
    expect(localStorage.getItem(KEPT)).toBeNull();
  });

  it('brings back an edit whose save was cut off, saves it and lets it be undone', async () => {
    const before = await stored();
    pendingRoundKeep(enterprise.id, roundJson(before), edited(before, 148_000));
    await store().caseSelect(null, null);
    await store().caseSelect(enterprise.id, round.id);
    expect(wageIn(shown(), '2020-Q2')).toMatchObject({ amountFen: 148_000 });
    expect(store().notice?.text).toContain('尚未保存的修改');
    await settled();
    expect(wageIn(await stored(), '2020-Q2')).toMatchObject({ amountFen: 148_000 });
    store().roundUndo();
    expect(wageIn(shown(), '2020-Q2')).toEqual(wageIn(before, '2020-Q2'));
    expect(localStorage.getItem(KEPT)).toBeNull();
  });

  it('drops a kept edit when the round was saved since (another tab), rather than overwrite it', async () => {
    const before = await stored();
    pendingRoundKeep(enterprise.id, roundJson(before), edited(before, 148_000));
    await store().caseSelect(null, null);
    okValue(await send('roundSave', { enterpriseId: enterprise.id, round: edited(before, 152_000) }));
    await store().caseSelect(enterprise.id, round.id);
    expect(wageIn(shown(), '2020-Q2')).toMatchObject({ amountFen: 152_000 });
    expect(store().roundSaveState).toBe('saved');
    expect(localStorage.getItem(KEPT)).toBeNull();
  });
});

describe('another tab saved the round meanwhile', () => {
  const quarter = '2020-Q2';
  /** Another tab's save: through the facade, based on the revision this one loaded. */
  async function otherTabSaves(amountFen: number) {
    const base = okValue(await roundRepo(db).get(round.id));
    const edited = { ...base.round, wage: { ...base.round.wage!, scenarios: base.round.wage!.scenarios.map((s, i) => (i === 0 ? { ...s, wages: s.wages.map((w) => (w.quarter === quarter ? { ...w, kind: 'amount' as const, amountFen: amountFen as Fen } : w)) } : s)) } };
    okValue(await send('roundSave', { enterpriseId: enterprise.id, round: edited, baseRevision: base.revision }));
  }
  const index = () => shown()!.wage!.scenarios[0]!.wages.findIndex((w) => w.quarter === quarter);

  it('refuses the autosave, keeps both values, and keeping mine saves it undoably', async () => {
    await otherTabSaves(175_000);
    wageSet(0, index(), 180_000);
    await vi.waitFor(() => expect(store().roundSaveState).toBe('conflict'), { timeout: ROUND_AUTOSAVE_MS * 5 });
    expect(wageIn(shown(), quarter)).toMatchObject({ amountFen: 180_000 });
    expect(wageIn(store().roundConflict?.theirs, quarter)).toMatchObject({ amountFen: 175_000 });
    expect(wageIn(await stored(), quarter)).toMatchObject({ amountFen: 175_000 });

    await store().roundConflictKeepMine();
    expect(store().roundSaveState).toBe('saved');
    expect(store().roundConflict).toBeNull();
    expect(wageIn(await stored(), quarter)).toMatchObject({ amountFen: 180_000 });
    store().roundUndo();
    await settled();
    expect(wageIn(await stored(), quarter)).toMatchObject({ amountFen: 175_000 });
  });

  it('announces a round this tab wrote outside the autosave (a term) when it reloads it', async () => {
    const other = new BroadcastChannel('wagedesk.rounds');
    const heard: unknown[] = [];
    other.addEventListener('message', (e: MessageEvent<unknown>) => heard.push(e.data));
    try {
      await otherTabSaves(175_000); // as termSave writes the round through the facade
      await store().caseReload();
      const revision = okValue(await roundRepo(db).get(round.id)).revision;
      await vi.waitFor(() => expect(heard).toContainEqual({ enterpriseId: enterprise.id, roundId: round.id, revision }));
    } finally {
      other.close();
    }
  });

  it('taking theirs shows the stored round; undo brings mine back and saves it', async () => {
    await otherTabSaves(175_000);
    wageSet(0, index(), 180_000);
    await vi.waitFor(() => expect(store().roundSaveState).toBe('conflict'), { timeout: ROUND_AUTOSAVE_MS * 5 });
    await store().roundConflictTakeTheirs();
    expect(wageIn(shown(), quarter)).toMatchObject({ amountFen: 175_000 });
    expect(store().roundConflict).toBeNull();
    store().roundUndo();
    await settled();
    expect(wageIn(await stored(), quarter)).toMatchObject({ amountFen: 180_000 });
  });
});
