// Enterprises in the store: the list, saving with field errors, undoable deletion, the sample. The store
// is part of the first screen, so the data facade loads when first called (after the first paint).
import type { StateCreator } from 'zustand';
import i18next from 'i18next';
import type { AppState } from '../../app/store';
import { errorText } from '../../app/errorText';
import type { SaveOutcome } from '../../app/saveOutcome';
import { sendLazy } from '../../data/sendLazy';
import { profileNewsListen, profileNewsPost } from '../case/roundNews';
import type { Enterprise, EnterpriseId, EnterpriseInput } from '../../../shared/enterprise/model';

export interface EnterprisesSlice {
  enterprises: readonly Enterprise[];
  enterprisesStatus: 'idle' | 'loading' | 'ready' | 'error';
  enterprisesLoad(): Promise<void>;
  /**
   * id null creates. Invalid input stores nothing and returns the field → i18n key map. A save over a
   * profile changed since `baseRevision` is refused and the list reloaded, so the form shows both.
   */
  enterpriseSave(id: string | null, input: EnterpriseInput, options?: EnterpriseSaveOptions): Promise<SaveOutcome>;
  /** Undo of keeping this window's profile: `input` saved back over `saved`, unless changed since. */
  enterpriseUndoTo(saved: Enterprise, input: EnterpriseInput): Promise<void>;
  enterpriseRemove(id: string): Promise<void>;
  sampleLoad(): Promise<void>;
}

export interface EnterpriseSaveOptions {
  /** The revision the form was filled from; by default the one listed now. */
  readonly baseRevision?: number | null;
  /** Keeping this window's profile over another's: the notice's undo saves this one back. */
  readonly undoTo?: EnterpriseInput;
}

let newsListening = false;

/** Tells other tabs a profile was written, so their lists and open forms follow at once. */
function announce(saved: Enterprise): void {
  if (saved.revision !== undefined) profileNewsPost({ enterpriseId: saved.id, profileRevision: saved.revision });
}

export const createEnterprisesSlice: StateCreator<AppState, [], [], EnterprisesSlice> = (set, get) => ({
  enterprises: [],
  enterprisesStatus: 'loading',

  async enterprisesLoad() {
    if (!newsListening) {
      newsListening = true;
      // Another tab saved a profile: the list (and an open form's saved side) follows quietly.
      profileNewsListen(() => void sendLazy('enterprisesList').then((listed) => listed.ok && set({ enterprises: listed.value.items })));
    }
    set({ enterprisesStatus: 'loading' });
    const listed = await sendLazy('enterprisesList');
    if (listed.ok) {
      set({ enterprises: listed.value.items, enterprisesStatus: 'ready' });
    } else {
      set({ enterprisesStatus: 'error' });
      get().noticeShow({ tone: 'error', text: errorText(listed.error) });
    }
  },

  async enterpriseSave(id, input, options = {}) {
    // Based on the profile the form was filled from: another tab's save since is not overwritten unseen.
    const baseRevision = options.baseRevision !== undefined ? options.baseRevision : (get().enterprises.find((e) => e.id === id)?.revision ?? null);
    const saved = id ? await sendLazy('enterpriseUpdate', { id: id as EnterpriseId, input, baseRevision }) : await sendLazy('enterpriseCreate', { input });
    if (!saved.ok) {
      if (saved.error.fields) return { ok: false, fields: saved.error.fields };
      if (saved.error.code === 'save.conflict') {
        // The form keeps what was typed; the list now holds the newer profile, and the form shows both.
        await get().enterprisesLoad();
        return { ok: false };
      }
      get().noticeShow({ tone: 'error', text: errorText(saved.error) });
      return { ok: false };
    }
    announce(saved.value);
    await get().enterprisesLoad();
    const undoTo = options.undoTo;
    get().noticeShow({
      tone: 'info',
      text: i18next.t(id ? 'enterprises.updated' : 'enterprises.created', { name: saved.value.name }),
      ...(undoTo && id ? { undo: () => get().enterpriseUndoTo(saved.value, undoTo) } : {}),
    });
    return { ok: true, id: saved.value.id };
  },

  async enterpriseUndoTo(saved, input) {
    const back = await sendLazy('enterpriseUpdate', { id: saved.id, input, baseRevision: saved.revision ?? null });
    if (!back.ok) get().noticeShow({ tone: 'error', text: back.error.code === 'save.conflict' ? i18next.t('enterprises.conflict') : errorText(back.error) });
    else announce(back.value);
    await get().enterprisesLoad();
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
