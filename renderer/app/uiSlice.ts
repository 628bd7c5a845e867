// Navigation and the one-line notice (with its optional undo) shown after an action.
import type { StateCreator } from 'zustand';
import { routeHash, routeParse, type Route } from './route';
import type { AppState } from './store';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly text: string;
  /** Present when the action can be undone (deletions). */
  readonly undo?: () => Promise<void>;
}

export interface UiSlice {
  route: Route;
  notice: Notice | null;
  navigate(route: Route): void;
  routeSync(hash: string): void;
  noticeShow(notice: Omit<Notice, 'id'>): void;
  noticeClear(): void;
}

let noticeSeq = 0;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  route: routeParse(globalThis.location?.hash ?? ''),
  notice: null,
  navigate(route) {
    const hash = routeHash(route);
    if (globalThis.location && globalThis.location.hash !== hash) globalThis.location.hash = hash;
    set({ route });
  },
  routeSync(hash) {
    set({ route: routeParse(hash) });
  },
  noticeShow(notice) {
    set({ notice: { ...notice, id: ++noticeSeq } });
  },
  noticeClear() {
    set({ notice: null });
  },
});
