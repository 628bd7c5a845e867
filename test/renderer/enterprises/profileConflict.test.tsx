// Two windows on one enterprise profile: a save over a newer profile is refused, the form shows each
// differing field with this window's value and the saved one, and the user keeps one or the other, undoably.
// Saves are announced on the round channel, so other tabs follow at once.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { i18nInit } from '../../../renderer/i18n';
import { servicesFor, servicesUse } from '../../../renderer/app/services';
import { useAppStore } from '../../../renderer/app/store';
import { enterpriseRepo } from '../../../renderer/db/enterpriseRepo';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { EnterpriseFormScreen } from '../../../renderer/features/enterprises/EnterpriseFormScreen';
import { enterpriseFormDifferences, enterpriseFormFrom } from '../../../renderer/features/enterprises/enterpriseFormState';
import { isProfileNews } from '../../../renderer/features/case/roundNews';
import type { Enterprise } from '../../../shared/enterprise/model';
import { okValue, testDbOpen, testDbsDelete, testEnterpriseInput } from '../db/testDb';

let db: WageDeskDb;
let enterprise: Enterprise;
const store = () => useAppStore.getState();
const storedName = async () => okValue(await enterpriseRepo(db).get(enterprise.id)).name;
/** Another tab's save, based on the revision stored now. */
async function otherTabSaves(name: string) {
  const now = okValue(await enterpriseRepo(db).get(enterprise.id));
  return okValue(await enterpriseRepo(db).update(enterprise.id, testEnterpriseInput({ name }), now.revision ?? null));
}

beforeAll(async () => {
  await i18nInit('zh-CN');
});
beforeEach(async () => {
  db = testDbOpen();
  servicesUse(servicesFor(db));
  enterprise = okValue(await enterpriseRepo(db).create(testEnterpriseInput({ name: '福鼎市双窗皮具有限公司' })));
  useAppStore.setState({ enterprises: [enterprise], enterprisesStatus: 'ready', notice: null });
});
afterEach(async () => {
  cleanup();
  await testDbsDelete(db);
});

describe('enterpriseFormDifferences', () => {
  it('names each differing field with both values, ignoring surrounding spaces', () => {
    const mine = { ...enterpriseFormFrom(enterprise), name: '甲公司 ', headcount: '50' };
    const theirs = { ...enterpriseFormFrom(enterprise), name: '甲公司', headcount: '45', address: '福鼎市' };
    expect(enterpriseFormDifferences(mine, theirs)).toEqual([
      { field: 'headcount', mine: '50', theirs: '45' },
      { field: 'address', mine: enterprise.address, theirs: '福鼎市' },
    ]);
  });
});

describe('the store', () => {
  it('refuses a save based on an older revision, stores nothing and lists the newer profile', async () => {
    await otherTabSaves('福鼎市他窗皮具有限公司');
    const outcome = await store().enterpriseSave(enterprise.id, testEnterpriseInput({ name: '福鼎市本窗皮具有限公司' }), { baseRevision: enterprise.revision ?? null });
    expect(outcome).toEqual({ ok: false });
    expect(await storedName()).toBe('福鼎市他窗皮具有限公司');
    expect(store().enterprises[0]?.name).toBe('福鼎市他窗皮具有限公司');
  });

  it('keeping mine saves over theirs; the notice’s undo saves theirs back', async () => {
    const theirs = await otherTabSaves('福鼎市他窗皮具有限公司');
    const outcome = await store().enterpriseSave(enterprise.id, testEnterpriseInput({ name: '福鼎市本窗皮具有限公司' }), {
      baseRevision: theirs.revision ?? null,
      undoTo: testEnterpriseInput({ name: theirs.name }),
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(await storedName()).toBe('福鼎市本窗皮具有限公司');
    await store().notice?.undo?.();
    expect(await storedName()).toBe('福鼎市他窗皮具有限公司');
  });

  it('announces a saved profile to other tabs, and follows their news', async () => {
    const other = new BroadcastChannel('wagedesk.rounds');
    const heard: unknown[] = [];
    other.addEventListener('message', (e: MessageEvent<unknown>) => heard.push(e.data));
    try {
      await store().enterprisesLoad();
      const saved = okValue(await enterpriseRepo(db).get(enterprise.id));
      await store().enterpriseSave(enterprise.id, testEnterpriseInput({ name: '福鼎市本窗皮具有限公司' }), { baseRevision: saved.revision ?? null });
      await vi.waitFor(() => expect(heard.filter(isProfileNews)).toEqual([{ enterpriseId: enterprise.id, profileRevision: (saved.revision ?? 0) + 1 }]));

      const theirs = await otherTabSaves('福鼎市他窗皮具有限公司');
      other.postMessage({ enterpriseId: enterprise.id, profileRevision: theirs.revision });
      await vi.waitFor(() => expect(store().enterprises[0]?.name).toBe('福鼎市他窗皮具有限公司'));
    } finally {
      other.close();
    }
  });
});

// The form renders the whole region list: slow on a busy machine, so waits are generous (no timing is tested).
describe('the form', { timeout: 30_000 }, () => {
  const long = { timeout: 15_000 };
  const nameInput = () => screen.getByLabelText<HTMLInputElement>(/^企业名称/);
  const bar = () => screen.queryByRole('alert', { name: '保存冲突' });

  async function conflictShown() {
    render(<EnterpriseFormScreen id={enterprise.id} />);
    fireEvent.change(nameInput(), { target: { value: '福鼎市本窗皮具有限公司' } });
    const theirs = await otherTabSaves('福鼎市他窗皮具有限公司');
    useAppStore.setState({ enterprises: [theirs] }); // as the news from the other tab does
    await waitFor(() => expect(bar()).not.toBeNull(), long);
    expect(bar()!.textContent).toContain('企业名称：本窗口 福鼎市本窗皮具有限公司 / 已保存 福鼎市他窗皮具有限公司');
    expect(nameInput().value).toBe('福鼎市本窗皮具有限公司');
  }

  it('names the region, not its code', async () => {
    render(<EnterpriseFormScreen id={enterprise.id} />);
    fireEvent.change(nameInput(), { target: { value: '福鼎市本窗皮具有限公司' } });
    const theirs = okValue(await enterpriseRepo(db).update(enterprise.id, testEnterpriseInput({ regionCode: '350981' }), enterprise.revision ?? null));
    useAppStore.setState({ enterprises: [theirs] });
    await waitFor(() => expect(bar()).not.toBeNull(), long);
    expect(bar()!.textContent).toContain('所在地区（区县）：本窗口 福建省宁德市福鼎市 / 已保存 福建省宁德市福安市');
  });

  it('an untouched form follows another tab’s save without a conflict', async () => {
    render(<EnterpriseFormScreen id={enterprise.id} />);
    useAppStore.setState({ enterprises: [await otherTabSaves('福鼎市他窗皮具有限公司')] });
    await waitFor(() => expect(nameInput().value).toBe('福鼎市他窗皮具有限公司'), long);
    expect(bar()).toBeNull();
  });

  it('shows both values; taking theirs fills the form with them, and undo brings mine back', async () => {
    await conflictShown();
    fireEvent.click(screen.getByRole('button', { name: '采用已保存的内容' }));
    await waitFor(() => expect(nameInput().value).toBe('福鼎市他窗皮具有限公司'), long);
    expect(bar()).toBeNull();
    await store().notice?.undo?.();
    await waitFor(() => expect(nameInput().value).toBe('福鼎市本窗皮具有限公司'), long);
    expect(bar()).toBeNull();
  });

  it('keeping mine saves it over theirs', async () => {
    await conflictShown();
    fireEvent.click(screen.getByRole('button', { name: '保留本窗口的修改' }));
    await waitFor(async () => expect(await storedName()).toBe('福鼎市本窗皮具有限公司'), long);
  });
});
