// People per enterprise in the store: loaded on demand, saved with field errors, undoable deletion. The
// store is part of the first screen, so the data facade loads when first called.
import type { StateCreator } from 'zustand';
import i18next from 'i18next';
import type { AppState } from '../../app/store';
import { errorText } from '../../app/errorText';
import type { EnterpriseId, Person, PersonId, PersonInput } from '../../../shared/enterprise/model';
import type { SaveOutcome } from '../../app/saveOutcome';
import { sendLazy } from '../../data/sendLazy';

export interface PeopleSlice {
  /** Live people by enterprise id. */
  people: Readonly<Record<string, readonly Person[]>>;
  peopleLoad(enterpriseId: string): Promise<void>;
  personSave(enterpriseId: string, id: string | null, input: PersonInput): Promise<SaveOutcome>;
  personRemove(enterpriseId: string, id: string): Promise<void>;
}

export const createPeopleSlice: StateCreator<AppState, [], [], PeopleSlice> = (set, get) => ({
  people: {},

  async peopleLoad(enterpriseId) {
    const listed = await sendLazy('peopleList', { enterpriseId: enterpriseId as EnterpriseId });
    if (listed.ok) set((s) => ({ people: { ...s.people, [enterpriseId]: listed.value.items } }));
    else get().noticeShow({ tone: 'error', text: errorText(listed.error) });
  },

  async personSave(enterpriseId, id, input) {
    const saved = id ? await sendLazy('personUpdate', { id: id as PersonId, input }) : await sendLazy('personCreate', { enterpriseId: enterpriseId as EnterpriseId, input });
    if (!saved.ok) {
      if (saved.error.fields) return { ok: false, fields: saved.error.fields };
      get().noticeShow({ tone: 'error', text: errorText(saved.error) });
      return { ok: false };
    }
    await get().peopleLoad(enterpriseId);
    return { ok: true, id: saved.value.id };
  },

  async personRemove(enterpriseId, id) {
    const name = get().people[enterpriseId]?.find((p) => p.id === id)?.name ?? '';
    const removed = await sendLazy('personRemove', { id: id as PersonId });
    if (!removed.ok) {
      get().noticeShow({ tone: 'error', text: errorText(removed.error) });
      return;
    }
    await get().peopleLoad(enterpriseId);
    get().noticeShow({
      tone: 'info',
      text: i18next.t('people.deleted', { name }),
      undo: async () => {
        const restored = await sendLazy('personRestore', { removal: removed.value });
        if (!restored.ok) get().noticeShow({ tone: 'error', text: errorText(restored.error) });
        await get().peopleLoad(enterpriseId);
      },
    });
  },
});
