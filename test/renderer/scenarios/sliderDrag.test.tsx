// Dragging a base-wage slider: the figures are rendered a step behind the round (CaseView defers them), so
// they must still settle on the value the drag ended at, the drag must undo as one step, and the round
// must be saved with that value.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type Round, roundSchema } from '../../../shared/case/round';
import type { Enterprise } from '../../../shared/enterprise/model';
import { referenceWageCase } from '../../../shared/sample/referenceWageCase';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { useAppStore } from '../../../renderer/app/store';
import { send } from '../../../renderer/data/send';
import { roundRepo } from '../../../renderer/db/roundRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { i18nInit } from '../../../renderer/i18n';
import { scenariosMessagesRegister } from '../../../renderer/features/scenarios/messages';
import { yuanText } from '../../../renderer/features/scenarios/figureReads';
import { ScenariosScreen } from '../../../renderer/features/scenarios/ScenariosScreen';
import { ROUND_AUTOSAVE_MS } from '../../../renderer/features/case/caseSlice';
import { okValue, testDbOpen, testDbsDelete } from '../db/testDb';
import { testCtx, testEnterpriseWithPeople } from '../data/testCase';

const AGREED = '实际协议 as agreed';
const Q2 = '2020年第2季度';
let db: WageDeskDb;
let enterprise: Enterprise;
let round: Round;
const store = () => useAppStore.getState();

/** The comparison table's base wage for the first scenario in 2020-Q2 (its value, without the difference). */
function tableQ2Wage(container: HTMLElement): string | null | undefined {
  const cell = container.querySelectorAll('table.comparison tbody')[1]?.querySelector('tr.measure-baseWage td');
  return cell?.firstChild?.textContent;
}

beforeAll(async () => {
  await i18nInit('zh-CN');
  scenariosMessagesRegister();
});

beforeEach(async () => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  enterprise = (await testEnterpriseWithPeople(testCtx(db), { name: '福鼎市测试皮革厂', regionCode: '350982' })).enterprise;
  // A round made and given the sample's model through the facade, opened by its route as a link would.
  const created = okValue(await send('roundCreate', { enterpriseId: enterprise.id, title: '2020年工资集体协商', kind: 'wage', copyFrom: null })).round;
  round = okValue(await send('roundSave', { enterpriseId: enterprise.id, round: roundSchema.parse({ ...created, wage: referenceWageCase() }) })).round;
  useAppStore.setState({ enterprises: [enterprise], enterprisesStatus: 'ready', notice: null });
  store().navigate({ area: 'scenarios', enterpriseId: enterprise.id, roundId: round.id });
});

afterEach(async () => {
  cleanup();
  await store().caseSelect(null, null);
  await testDbsDelete(db);
});

describe('dragging a base-wage slider', () => {
  it('settles the figures on the final value, undoes as one step and saves it', async () => {
    const { container } = render(<ScenariosScreen />);
    const slider = await screen.findByRole<HTMLInputElement>('slider', { name: `${AGREED}，${Q2}，每月基本工资滑块` });
    expect(tableQ2Wage(container)).toBe('1,570.00');
    const undoDepth = store().roundUndoStack.length;

    // One drag: many small steps in quick succession, as a mouse moves the thumb.
    for (let amount = 157_000; amount <= 175_000; amount += 1_000) {
      fireEvent.change(slider, { target: { value: String(amount) } });
    }
    await waitFor(() => expect(tableQ2Wage(container)).toBe('1,750.00'));
    expect(slider.value).toBe('175000');
    expect(screen.getByRole('textbox', { name: `${AGREED}，${Q2}，每月基本工资（元）` })).toHaveProperty('value', yuanText(175_000));
    expect(store().roundUndoStack).toHaveLength(undoDepth + 1);

    await waitFor(() => expect(store().roundSaveState).toBe('saved'), { timeout: ROUND_AUTOSAVE_MS * 5 });
    const stored = okValue(await roundRepo(db).get(round.id)).round.wage;
    expect(stored?.scenarios[0]?.wages.find((w) => w.quarter === '2020-Q2')).toMatchObject({ amountFen: 175_000 });

    // The row lets go of the dragged value once the figures show it: typing the figure moves the thumb.
    fireEvent.change(screen.getByRole('textbox', { name: `${AGREED}，${Q2}，每月基本工资（元）` }), { target: { value: '1800' } });
    await waitFor(() => expect(tableQ2Wage(container)).toBe('1,800.00'));
    expect(slider.value).toBe('180000');

    // The same figure edited again within moments is the same edit: one undo takes back drag and typing.
    expect(store().roundUndoStack).toHaveLength(undoDepth + 1);
    act(() => store().roundUndo());
    await waitFor(() => expect(tableQ2Wage(container)).toBe('1,570.00'));
    expect(screen.getByRole<HTMLInputElement>('slider', { name: `${AGREED}，${Q2}，每月基本工资滑块` }).value).toBe('157000');
  }, 30_000); // the whole screen, charts included, on a shared machine
});
