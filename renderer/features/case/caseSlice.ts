// The round on screen (协商轮次): which enterprise and round the route names, the enterprise's round list,
// and the whole case of that round as loaded through the data facade. Every area of a round (scenarios,
// procedure, terms, documents) edits this one copy: small edits save a moment after the last one, big
// ones are announced with an undo, forms save at once. Only types are imported statically; the facade
// loads with the first screen that needs it.
import type { StateCreator } from 'zustand';
import i18next from 'i18next';
import { pendingRoundForget, pendingRoundKeep, pendingRoundRead, pendingRoundTake, roundJson } from './pendingJournal';
import { roundNewsListen, roundNewsPost, type RoundNews } from './roundNews';
import { roundNewsAction } from './roundNewsAction';
import type { AppState } from '../../app/store';
import { errorText } from '../../app/errorText';
import type { AppError } from '../../../shared/result';
import type { Round, RoundId } from '../../../shared/case/round';
import type { WageCaseFile } from '../../../shared/wage/caseFile';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { CaseLoaded, RoundListing } from '../../data/caseHandlers';
import type { RepoResult, RoundConflict, StoredRound } from '../../data/types';

/** Autosave waits this long after the last edit (ms), so typing a figure is one write. */
export const ROUND_AUTOSAVE_MS = 600;
/** Edits of the same field within this time (ms) undo as one. */
const COALESCE_MS = 2_000;
const UNDO_LIMIT = 50;

/**
 * saved: the store holds what is shown. pending/saving: an edit is on its way. invalid: an input has an
 * error or the round fails its checks, so nothing is saved until it is fixed. failed: storage refused.
 * conflict: another tab or screen saved the round since it was loaded; the user chooses (roundConflict).
 */
export type RoundSaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'failed' | 'conflict';

/** A save refused because the stored round moved on: what is stored now, beside the round on screen. */
export interface RoundConflictShown {
  readonly theirs: Round;
  /** The stored round's revision: keeping mine saves over exactly this one. */
  readonly revision: number;
}

export interface RoundEditOptions {
  /** Edits with the same key in quick succession (typing one figure, dragging a slider) undo as one. */
  readonly coalesce?: string;
}

export interface CaseSlice {
  caseEnterpriseId: EnterpriseId | null;
  caseRoundId: RoundId | null;
  /** The enterprise's rounds in order with their status; null until loaded. */
  caseRounds: RoundListing | null;
  /** The round's whole case; null while loading or when none is chosen. */
  caseData: CaseLoaded | null;
  caseStatus: 'idle' | 'loading' | 'ready' | 'error' | 'missing';
  /** Goes up whenever the round is replaced as a whole (load, undo, big edit): inputs start over from it. */
  caseRevision: number;
  roundSaveState: RoundSaveState;
  roundSaveError: AppError | null;
  roundUndoStack: readonly Round[];
  /** Input id → i18n key of its error; while any is set nothing is saved. */
  roundFieldErrors: Readonly<Record<string, string>>;
  /** Set while a save is refused over a newer stored round; the round on screen stays as typed. */
  roundConflict: RoundConflictShown | null;

  /** Saves what is pending, then loads the enterprise's rounds and the round (either may be null). */
  caseSelect(enterpriseId: EnterpriseId | null, roundId: RoundId | null): Promise<void>;
  /** Reads the round list and the round again (after a term, import or payment changed the store). */
  caseReload(): Promise<void>;
  /** A small edit; undoable, saved shortly after. */
  roundUpdate(edit: (round: Round) => Round, options?: RoundEditOptions): void;
  /** A big edit, announced with an undo button; a function applies to the round in the store. */
  roundReplace(next: Round | ((current: Round) => Round), noticeText: string): void;
  /** Applies an edit and saves it at once (forms): the error, or null when saved. Undoable like any edit. */
  roundSaveWith(edit: (round: Round) => Round): Promise<AppError | null>;
  /** Puts a round the facade already wrote (a term change) into the store, without saving again. */
  roundStored(round: Round): void;
  /** roundUpdate for the round's wage model (no-op while the round has none). */
  roundWageUpdate(edit: (file: WageCaseFile) => WageCaseFile, options?: RoundEditOptions): void;
  /** roundReplace for the round's wage model; a function applies to the model in the store. */
  roundWageReplace(next: WageCaseFile | ((current: WageCaseFile) => WageCaseFile), noticeText: string): void;
  roundUndo(): void;
  roundFieldErrorSet(field: string, key: string | null): void;
  /** Writes the pending edit now (autosave calls it; so does switching round). */
  roundSaveNow(): Promise<void>;
  /** Saves an edit still waiting for the autosave, so whatever reads the stored round next sees it. */
  roundFlush(): Promise<void>;
  /** The page is going away: keeps an edit not yet saved where the next load finds it, and starts its save. */
  roundLeaving(): void;
  /** Saves the round on screen over the stored one the conflict showed; undo brings the stored one back. */
  roundConflictKeepMine(): Promise<void>;
  /** Takes the stored round; undo brings back the one that was on screen. */
  roundConflictTakeTheirs(): Promise<void>;
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** Goes up with every change of the round, so a save that finishes late knows it is stale. */
let editSeq = 0;
let lastEdit: { readonly key: string; readonly at: number } | null = null;
/** Goes up with every selection, so a load that finishes late for another round is dropped. */
let loadSeq = 0;
/** roundJson of the round on screen as stored (loaded or last saved): what a kept unsaved edit applies over. */
let storedJson: string | null = null;
/** The stored row's revision the round on screen is based on (loaded or last saved): every save states it. */
let storedRevision: number | null = null;
let newsListening = false;

function saveCancel(): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
}

// procedure.blocked: a form's record the data layer refused (the form says why); not a storage failure.
const invalidCodes = /^(round|case|scenario|terms|procedure)\./;

async function facade() {
  return (await import('../../data/send')).send;
}

/** The stored round a refused save carries (data/caseHandlers.ts roundSave), or null. */
function conflictOf(error: AppError & { readonly conflict?: unknown }): StoredRound | null {
  return error.code === 'save.conflict' && error.conflict !== undefined ? (error.conflict as RoundConflict).stored : null;
}

export const createCaseSlice: StateCreator<AppState, [], [], CaseSlice> = (set, get) => {
  function saveSchedule(): void {
    saveCancel();
    editSeq++;
    set({ roundSaveState: Object.keys(get().roundFieldErrors).length > 0 ? 'invalid' : 'pending' });
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      void get().roundSaveNow();
    }, ROUND_AUTOSAVE_MS);
  }

  function undoPush(before: Round): void {
    set({ roundUndoStack: [...get().roundUndoStack, before].slice(-UNDO_LIMIT) });
  }

  function roundSet(round: Round, whole: boolean): void {
    const data = get().caseData;
    if (!data) return;
    set({ caseData: { ...data, round }, ...(whole ? { caseRevision: get().caseRevision + 1 } : {}) });
  }

  async function load(enterpriseId: EnterpriseId | null, roundId: RoundId | null, keepUndo: boolean): Promise<void> {
    const seq = ++loadSeq;
    if (enterpriseId === null) {
      set({ caseRounds: null, caseData: null, caseStatus: 'idle' });
      return;
    }
    const send = await facade();
    const [rounds, loaded] = await Promise.all([
      send('roundsList', { enterpriseId }),
      roundId === null ? Promise.resolve(null) : send('caseLoad', { enterpriseId, roundId }),
    ]);
    if (seq !== loadSeq) return; // another round was chosen meanwhile
    set({ caseRounds: rounds.ok ? rounds.value : null });
    if (!rounds.ok) get().noticeShow({ tone: 'error', text: errorText(rounds.error) });
    if (loaded === null) {
      set({ caseData: null, caseStatus: 'idle' });
      return;
    }
    if (!loaded.ok) {
      set({ caseData: null, caseStatus: loaded.error.code === 'notFound' ? 'missing' : 'error' });
      if (loaded.error.code !== 'notFound') get().noticeShow({ tone: 'error', text: errorText(loaded.error) });
      return;
    }
    set({ caseData: loaded.value, caseStatus: 'ready', caseRevision: get().caseRevision + 1, roundConflict: null, ...(keepUndo ? {} : { roundUndoStack: [] }) });
    storedJson = roundJson(loaded.value.round);
    storedRevision = loaded.value.revision;
    newsListen();
    // An edit the page was closed on before it could be saved (pendingJournal.ts): back on screen, saved, undoable.
    const kept = pendingRoundTake(enterpriseId, loaded.value.round);
    const pending = kept === null ? null : await pendingRoundRead(kept);
    if (pending !== null && seq === loadSeq) {
      undoPush(loaded.value.round);
      roundSet(pending, true);
      saveSchedule();
      get().noticeShow({ tone: 'info', text: i18next.t('common.pendingRestored') });
    }
  }

  async function write(round: Round, seq: number): Promise<RepoResult<StoredRound> | null> {
    const enterpriseId = get().caseEnterpriseId;
    if (enterpriseId === null) return null;
    set({ roundSaveState: 'saving' });
    const saved = await (await facade())('roundSave', { enterpriseId, round, baseRevision: storedRevision });
    // A later edit has its own save coming, and another round its own state: this one is stale.
    if (saved.ok) {
      pendingRoundForget(round.id);
      if (get().caseData?.round.id === round.id) {
        storedJson = roundJson(saved.value.round);
        storedRevision = saved.value.revision;
      }
      roundNewsPost({ enterpriseId, roundId: round.id, revision: saved.value.revision });
    }
    const theirs = saved.ok ? null : conflictOf(saved.error);
    // A conflict stands whatever was typed since: the bar compares the round on screen as it is now.
    if (!saved.ok && theirs !== null && get().caseData?.round.id === round.id) {
      set({ roundSaveState: 'conflict', roundSaveError: saved.error, roundConflict: { theirs: theirs.round, revision: theirs.revision } });
      return saved;
    }
    if (seq !== editSeq || get().caseData?.round.id !== round.id) return saved;
    if (saved.ok) set({ roundSaveState: 'saved', roundSaveError: null, roundConflict: null });
    else if (invalidCodes.test(saved.error.code)) set({ roundSaveState: 'invalid', roundSaveError: saved.error });
    else {
      set({ roundSaveState: 'failed', roundSaveError: saved.error });
      get().noticeShow({ tone: 'error', text: errorText(saved.error) });
    }
    return saved;
  }

  /** Another tab saved a round: reload, show the conflict at once, or nothing (roundNewsAction.ts). */
  function newsHeard(news: RoundNews): void {
    const shown = { roundId: get().caseData?.round.id ?? null, revision: storedRevision, saveState: get().roundSaveState, savePending: saveTimer !== undefined };
    const action = roundNewsAction(news, shown);
    if (action === 'reload') void load(get().caseEnterpriseId, get().caseRoundId, true).then(() => get().noticeShow({ tone: 'info', text: i18next.t('common.roundReloaded') }));
    else if (action === 'saveNow') void get().roundSaveNow();
  }

  function newsListen(): void {
    if (newsListening) return;
    newsListening = true;
    roundNewsListen(newsHeard);
  }

  return {
    caseEnterpriseId: null,
    caseRoundId: null,
    caseRounds: null,
    caseData: null,
    caseStatus: 'idle',
    caseRevision: 0,
    roundSaveState: 'saved',
    roundSaveError: null,
    roundUndoStack: [],
    roundFieldErrors: {},
    roundConflict: null,

    async caseSelect(enterpriseId, roundId) {
      if (enterpriseId === get().caseEnterpriseId && roundId === get().caseRoundId && get().caseStatus !== 'idle') return;
      if (saveTimer !== undefined) await get().roundSaveNow();
      saveCancel();
      lastEdit = null;
      editSeq++;
      const sameEnterprise = enterpriseId === get().caseEnterpriseId;
      set({
        caseEnterpriseId: enterpriseId,
        caseRoundId: roundId,
        ...(sameEnterprise ? {} : { caseRounds: null }),
        caseData: null,
        caseStatus: roundId === null ? 'idle' : 'loading',
        roundSaveState: 'saved',
        roundSaveError: null,
        roundUndoStack: [],
        roundFieldErrors: {},
        roundConflict: null,
      });
      storedRevision = null;
      await load(enterpriseId, roundId, false);
    },

    async roundFlush() {
      if (saveTimer !== undefined) await get().roundSaveNow();
    },

    async caseReload() {
      if (saveTimer !== undefined) await get().roundSaveNow();
      const before = storedRevision;
      await load(get().caseEnterpriseId, get().caseRoundId, true);
      // A term, import or payment wrote the round here: other tabs hear of it now, not at their next save.
      const [enterpriseId, roundId] = [get().caseEnterpriseId, get().caseData?.round.id];
      if (enterpriseId !== null && roundId !== undefined && storedRevision !== null && storedRevision !== before) {
        roundNewsPost({ enterpriseId, roundId, revision: storedRevision });
      }
    },

    roundUpdate(edit, options = {}) {
      const before = get().caseData?.round;
      if (!before) return;
      const next = edit(before);
      if (next === before) return;
      const now = Date.now();
      const key = options.coalesce ?? null;
      const merges = key !== null && lastEdit !== null && lastEdit.key === key && now - lastEdit.at <= COALESCE_MS && get().roundUndoStack.length > 0;
      if (!merges) undoPush(before);
      lastEdit = key === null ? null : { key, at: now };
      roundSet(next, false);
      set({ roundSaveError: null });
      saveSchedule();
    },

    roundReplace(next, noticeText) {
      const current = get().caseData?.round;
      if (!current) return;
      const round = typeof next === 'function' ? next(current) : next;
      lastEdit = null;
      undoPush(current);
      roundSet(round, true);
      set({ roundFieldErrors: {}, roundSaveError: null });
      saveSchedule();
      get().noticeShow({ tone: 'info', text: noticeText, undo: async () => get().roundUndo() });
    },

    async roundSaveWith(edit) {
      const current = get().caseData?.round;
      if (!current) return { code: 'notFound', message: 'no round chosen' };
      const next = edit(current);
      saveCancel();
      lastEdit = null;
      const seq = ++editSeq;
      const saved = await write(next, seq);
      if (!saved) return { code: 'notFound', message: 'no enterprise chosen' };
      if (!saved.ok && saved.error.code === 'save.conflict') {
        // The form's edit joins the round on screen, so the conflict bar shows it and keeping it saves it.
        undoPush(current);
        roundSet(next, true);
      }
      if (!saved.ok) return saved.error;
      undoPush(current);
      roundSet(saved.value.round, true);
      await load(get().caseEnterpriseId, get().caseRoundId, true);
      return null;
    },

    roundStored(round) {
      roundSet(round, true);
    },

    roundWageUpdate(edit, options) {
      get().roundUpdate((r) => (r.wage === null ? r : { ...r, wage: edit(r.wage) }), options);
    },

    roundWageReplace(next, noticeText) {
      get().roundReplace((r) => ({ ...r, wage: typeof next === 'function' ? (r.wage === null ? null : next(r.wage)) : next }), noticeText);
    },

    roundUndo() {
      const stack = get().roundUndoStack;
      const top = stack.at(-1);
      if (!top) return;
      lastEdit = null;
      roundSet(top, true);
      set({ roundUndoStack: stack.slice(0, -1), roundFieldErrors: {}, roundSaveError: null });
      saveSchedule();
    },

    roundFieldErrorSet(field, key) {
      const errors = get().roundFieldErrors;
      if ((errors[field] ?? null) === key) return;
      const { [field]: _old, ...rest } = errors;
      const next = key === null ? rest : { ...rest, [field]: key };
      set({ roundFieldErrors: next });
      if (Object.keys(next).length > 0) {
        saveCancel();
        set({ roundSaveState: 'invalid' });
      } else if (get().roundSaveState === 'invalid' && get().roundSaveError === null) {
        saveSchedule();
      }
    },

    roundLeaving() {
      const round = get().caseData?.round;
      const enterpriseId = get().caseEnterpriseId;
      if (saveTimer === undefined || !round || enterpriseId === null || storedJson === null) return;
      if (Object.keys(get().roundFieldErrors).length > 0) return;
      pendingRoundKeep(enterpriseId, storedJson, round);
      void get().roundSaveNow();
    },

    async roundConflictKeepMine() {
      const conflict = get().roundConflict;
      const data = get().caseData;
      if (!conflict || !data) return;
      // Undo after keeping mine brings theirs back (and saves it), so their figures are never lost either.
      undoPush(conflict.theirs);
      lastEdit = null;
      storedRevision = conflict.revision;
      set({ roundConflict: null, roundSaveError: null });
      saveCancel();
      await write(data.round, ++editSeq);
    },

    async roundConflictTakeTheirs() {
      const data = get().caseData;
      if (!get().roundConflict || !data) return;
      saveCancel();
      lastEdit = null;
      editSeq++;
      // Mine goes on the undo stack: Ctrl+Z puts it back on screen and saves it over theirs.
      undoPush(data.round);
      pendingRoundForget(data.round.id);
      set({ roundConflict: null, roundSaveError: null, roundSaveState: 'saved', roundFieldErrors: {} });
      await load(get().caseEnterpriseId, get().caseRoundId, true);
    },

    async roundSaveNow() {
      saveCancel();
      const round = get().caseData?.round;
      if (!round) return;
      if (Object.keys(get().roundFieldErrors).length > 0) {
        set({ roundSaveState: 'invalid' });
        return;
      }
      await write(round, editSeq);
    },
  };
};

/** The notice after a round was created, removed or restored. */
export function roundNoticeText(key: 'created' | 'deleted' | 'restored', title: string): string {
  return i18next.t(`rounds.${key}`, { title });
}
