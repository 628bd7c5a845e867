// The output-vs-wage case being edited (产值与工资测算): which enterprise, its case file (分 and bp),
// autosave a moment after the last edit, and undo. Only types are imported statically: the case checks,
// the model and the repository load with the screen, keeping the start-up bundle small.
import type { StateCreator } from 'zustand';
import i18next from 'i18next';
import type { AppState } from '../../app/store';
import { servicesReady } from '../../app/servicesLazy';
import { errorText } from '../../app/errorText';
import type { AppError } from '../../../shared/result';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import type { WageCaseRepo } from '../../db/wageCaseRepo';

/** Autosave waits this long after the last edit (ms), so typing a figure is one write. */
export const SCENARIO_AUTOSAVE_MS = 600;
/** Edits of the same field within this time (ms) undo as one. */
const COALESCE_MS = 2_000;
const UNDO_LIMIT = 50;

/**
 * saved: the store holds what is shown. pending/saving: an edit is on its way. invalid: an input has an
 * error or the case fails its checks, so nothing is saved until it is fixed. failed: storage refused.
 */
export type ScenarioSaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed';

export interface ScenarioUndoEntry {
  /** The case before the edit; null when there was none (undo removes the case). */
  readonly before: WageCaseFile | null;
}

export interface ScenarioEditOptions {
  /** Edits with the same key in quick succession (typing one figure, dragging a slider) undo as one. */
  readonly coalesce?: string;
}

export interface ScenariosSlice {
  scenarioEnterpriseId: string | null;
  /** The case on screen; null when the enterprise has none yet. */
  scenarioCase: WageCaseFile | null;
  scenarioCaseStatus: 'idle' | 'loading' | 'ready' | 'error';
  /** Goes up whenever the case is replaced as a whole (load, undo, reference): inputs start over from it. */
  scenarioCaseRevision: number;
  scenarioSaveState: ScenarioSaveState;
  scenarioSaveError: AppError | null;
  scenarioUndoStack: readonly ScenarioUndoEntry[];
  /** Input id → i18n key of its error; while any is set nothing is saved. */
  scenarioFieldErrors: Readonly<Record<string, string>>;

  /** Saves what is pending for the current enterprise, then loads the case of `id`. */
  scenarioEnterpriseSelect(id: string | null): Promise<void>;
  /** A small edit (one figure); undoable, saved shortly after. */
  scenarioCaseUpdate(edit: (file: WageCaseFile) => WageCaseFile, options?: ScenarioEditOptions): void;
  /**
   * A big edit (a pasted column, a new case): undoable, announced with an undo button. An edit given as a
   * function applies to the case in the store, which screens may show a render late (CaseView).
   */
  scenarioCaseReplace(next: WageCaseFile | ((current: WageCaseFile) => WageCaseFile), noticeText: string): void;
  /** Fills the case from the reference case (福鼎, 2020) for the current enterprise. */
  scenarioReferenceLoad(): Promise<void>;
  /** Starts a blank case for the current enterprise. */
  scenarioBlankCreate(): Promise<void>;
  scenarioUndo(): void;
  scenarioFieldErrorSet(field: string, key: string | null): void;
  /** Writes the pending edit now (autosave calls it; so does switching enterprise). */
  scenarioSaveNow(): Promise<void>;
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** Goes up with every change of the case, so a save that finishes late knows it is stale. */
let editSeq = 0;
let lastEdit: { readonly key: string; readonly at: number } | null = null;

async function wageCases(): Promise<WageCaseRepo> {
  const [{ wageCaseRepo }, { db }] = await Promise.all([import('../../db/wageCaseRepo'), servicesReady()]);
  return wageCaseRepo(db);
}

function saveCancel(): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
}

const invalidCodes = /^(case|scenario)\./;

export const createScenariosSlice: StateCreator<AppState, [], [], ScenariosSlice> = (set, get) => {
  function saveSchedule(): void {
    saveCancel();
    editSeq++;
    set({ scenarioSaveState: Object.keys(get().scenarioFieldErrors).length > 0 ? 'invalid' : 'pending' });
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      void get().scenarioSaveNow();
    }, SCENARIO_AUTOSAVE_MS);
  }

  function undoPush(before: WageCaseFile | null): void {
    set({ scenarioUndoStack: [...get().scenarioUndoStack, { before }].slice(-UNDO_LIMIT) });
  }

  function replace(next: WageCaseFile, noticeText: string): void {
    lastEdit = null;
    undoPush(get().scenarioCase);
    set({ scenarioCase: next, scenarioCaseRevision: get().scenarioCaseRevision + 1, scenarioFieldErrors: {}, scenarioSaveError: null });
    saveSchedule();
    get().noticeShow({ tone: 'info', text: noticeText, undo: async () => get().scenarioUndo() });
  }

  function currentEnterprise() {
    const id = get().scenarioEnterpriseId;
    return id === null ? undefined : get().enterprises.find((e) => e.id === id);
  }

  return {
    scenarioEnterpriseId: null,
    scenarioCase: null,
    scenarioCaseStatus: 'idle',
    scenarioCaseRevision: 0,
    scenarioSaveState: 'saved',
    scenarioSaveError: null,
    scenarioUndoStack: [],
    scenarioFieldErrors: {},

    async scenarioEnterpriseSelect(id) {
      if (saveTimer !== undefined) await get().scenarioSaveNow();
      saveCancel();
      lastEdit = null;
      editSeq++;
      set({
        scenarioEnterpriseId: id,
        scenarioCase: null,
        scenarioCaseStatus: id === null ? 'idle' : 'loading',
        scenarioCaseRevision: get().scenarioCaseRevision + 1,
        scenarioSaveState: 'saved',
        scenarioSaveError: null,
        scenarioUndoStack: [],
        scenarioFieldErrors: {},
      });
      if (id === null) return;
      const found = await (await wageCases()).get(id as EnterpriseId);
      if (get().scenarioEnterpriseId !== id) return; // another enterprise was chosen meanwhile
      if (!found.ok) {
        set({ scenarioCaseStatus: 'error' });
        get().noticeShow({ tone: 'error', text: errorText(found.error) });
        return;
      }
      set({ scenarioCase: found.value?.case ?? null, scenarioCaseStatus: 'ready', scenarioCaseRevision: get().scenarioCaseRevision + 1 });
    },

    scenarioCaseUpdate(edit, options = {}) {
      const before = get().scenarioCase;
      if (before === null) return;
      const next = edit(before);
      if (next === before) return;
      const now = Date.now();
      const key = options.coalesce ?? null;
      const merges = key !== null && lastEdit !== null && lastEdit.key === key && now - lastEdit.at <= COALESCE_MS && get().scenarioUndoStack.length > 0;
      if (!merges) undoPush(before);
      lastEdit = key === null ? null : { key, at: now };
      set({ scenarioCase: next, scenarioSaveError: null });
      saveSchedule();
    },

    scenarioCaseReplace(next, noticeText) {
      if (get().scenarioEnterpriseId === null) return;
      const current = get().scenarioCase;
      const file = typeof next === 'function' ? (current === null ? null : next(current)) : next;
      if (file !== null) replace(file, noticeText);
    },

    async scenarioReferenceLoad() {
      const enterprise = currentEnterprise();
      if (!enterprise) return;
      const { wageCaseReference } = await import('./caseNew');
      if (currentEnterprise() !== enterprise) return;
      replace(wageCaseReference(enterprise), i18next.t('scenarios.referenceLoaded', { name: enterprise.name }));
    },

    async scenarioBlankCreate() {
      const enterprise = currentEnterprise();
      if (!enterprise) return;
      const [{ wageCaseBlank }, { isoDateToday }] = await Promise.all([import('./caseNew'), import('../../../shared/dates/isoDate')]);
      if (currentEnterprise() !== enterprise) return;
      replace(wageCaseBlank(enterprise, isoDateToday(), i18next.t('scenarios.scenarioDefaultName', { n: 1 })), i18next.t('scenarios.blankCreated'));
    },

    scenarioUndo() {
      const stack = get().scenarioUndoStack;
      const top = stack.at(-1);
      if (!top) return;
      lastEdit = null;
      set({
        scenarioCase: top.before,
        scenarioUndoStack: stack.slice(0, -1),
        scenarioCaseRevision: get().scenarioCaseRevision + 1,
        scenarioFieldErrors: {},
        scenarioSaveError: null,
      });
      saveSchedule();
    },

    scenarioFieldErrorSet(field, key) {
      const errors = get().scenarioFieldErrors;
      if ((errors[field] ?? null) === key) return;
      const { [field]: _old, ...rest } = errors;
      const next = key === null ? rest : { ...rest, [field]: key };
      set({ scenarioFieldErrors: next });
      if (Object.keys(next).length > 0) {
        saveCancel();
        set({ scenarioSaveState: 'invalid' });
      } else if (get().scenarioSaveState === 'invalid' && get().scenarioSaveError === null) {
        saveSchedule();
      }
    },

    async scenarioSaveNow() {
      saveCancel();
      const { scenarioEnterpriseId: id, scenarioCase: file, scenarioFieldErrors } = get();
      if (id === null) return;
      if (Object.keys(scenarioFieldErrors).length > 0) {
        set({ scenarioSaveState: 'invalid' });
        return;
      }
      const seq = editSeq;
      set({ scenarioSaveState: 'saving' });
      const repo = await wageCases();
      const saved = file === null ? await repo.remove(id as EnterpriseId) : await repo.save(id as EnterpriseId, file);
      // A later edit has its own save coming, and another enterprise its own state: this one is stale.
      if (seq !== editSeq || get().scenarioEnterpriseId !== id) return;
      if (saved.ok) {
        set({ scenarioSaveState: 'saved', scenarioSaveError: null });
      } else if (invalidCodes.test(saved.error.code)) {
        set({ scenarioSaveState: 'invalid', scenarioSaveError: saved.error });
      } else {
        set({ scenarioSaveState: 'failed', scenarioSaveError: saved.error });
        get().noticeShow({ tone: 'error', text: errorText(saved.error) });
      }
    },
  };
};
