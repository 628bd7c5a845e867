// Enterprises in the store: the list, saving with field errors, undoable deletion, the sample. The store
// is part of the first screen, so the data facade loads when first called (after the first paint).
import type { StateCreator } from 'zustand';
import i18next from 'i18next';
import type { AppState } from '../../app/store';
import { errorText } from '../../app/errorText';
import type { SaveOutcome } from '../../app/saveOutcome';
import { sendLazy } from '../../data/sendLazy';
import type { Enterprise, EnterpriseId, EnterpriseInput } from '../../../shared/enterprise/model';

export interface EnterprisesSlice {
  enterprises: readonly Enterprise[];
  enterprisesStatus: 'idle' | 'loading' | 'ready' | 'error';
  enterprisesLoad(): Promise<void>;
  /** id null creates. Invalid input stores nothing and returns the field → i18n key map. */
  enterpriseSave(id: string | null, input: EnterpriseInput): Promise<SaveOutcome>;
  enterpriseRemove(id: string): Promise<void>;
  sampleLoad(): Promise<void>;
}

export const createEnterprisesSlice: StateCreator<AppState, [], [], EnterprisesSlice> = (set, get) => ({
  enterprises: [],
  enterprisesStatus: 'loading',

  async enterprisesLoad() {
    set({ enterprisesStatus: 'loading' });
    const listed = await sendLazy('enterprisesList');
    if (listed.ok) {
      set({ enterprises: listed.value.items, enterprisesStatus: 'ready' });
    } else {
      set({ enterprisesStatus: 'error' });
      get().noticeShow({ tone: 'error', text: errorText(listed.error) });
    }
  },

  async enterpriseSave(id, input) {
    // Based on the profile as listed when the form was filled: another tab's save since is not overwritten unseen.
    const baseRevision = get().enterprises.find((e) => e.id === id)?.revision ?? null;
    const saved = id ? await sendLazy('enterpriseUpdate', { id: id as EnterpriseId, input, baseRevision }) : await sendLazy('enterpriseCreate', { input });
    if (!saved.ok) {
      if (saved.error.fields) return { ok: false, fields: saved.error.fields };
      if (saved.error.code === 'save.conflict') {
        // The form keeps what was typed; the list now holds the newer profile, so saving again overwrites it knowingly.
        await get().enterprisesLoad();
        get().noticeShow({ tone: 'error', text: i18next.t('enterprises.conflict') });
        return { ok: false };
      }
      get().noticeShow({ tone: 'error', text: errorText(saved.error) });
      return { ok: false };
    }
    await get().enterprisesLoad();
    get().noticeShow({ tone: 'info', text: i18next.t(id ? 'enterprises.updated' : 'enterprises.created', { name: saved.value.name }) });
    return { ok: true, id: saved.value.id };
  },

  async enterpriseRemove(id) {
    const name = get().enterprises.find((e) => e.id === id)?.name ?? '';
    const removed = await sendLazy('enterpriseRemove', { id: id as EnterpriseId });
    if (!removed.ok) {
      get().noticeShow({ tone: 'error', text: errorText(removed.error) });
      return;
    }
    get().navigate({ area: 'enterprises', view: 'list' });
    await get().enterprisesLoad();
    get().noticeShow({
      tone: 'info',
      text: i18next.t('enterprises.deleted', { name }),
      undo: async () => {
        const restored = await sendLazy('enterpriseRestore', { removal: removed.value });
        if (!restored.ok) get().noticeShow({ tone: 'error', text: errorText(restored.error) });
        await get().enterprisesLoad();
      },
    });
  },

  async sampleLoad() {
    // The sample is five case files imported through the same handler as a user's file.
    const loaded = await sendLazy('sampleLoad');
    if (!loaded.ok) {
      get().noticeShow({ tone: 'error', text: errorText(loaded.error) });
      return;
    }
    await get().enterprisesLoad();
    const { name, alreadyLoaded } = loaded.value;
    get().noticeShow({ tone: 'info', text: i18next.t(alreadyLoaded ? 'enterprises.sampleAlready' : 'enterprises.sampleLoaded', { name }) });
  },
});
