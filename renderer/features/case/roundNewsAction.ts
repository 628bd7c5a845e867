// What the round on screen does when another tab says it saved a round (roundNews.ts): nothing when the
// news is about another round or the revision shown; reload when nothing here is unsaved; otherwise save
// now, so an unsaved edit meets the conflict at once rather than at the next keystroke.
import type { RoundNews } from './roundNews';
import type { RoundSaveState } from './caseSlice';

export interface RoundOnScreen {
  readonly roundId: string | null;
  /** The stored revision the round on screen is based on. */
  readonly revision: number | null;
  readonly saveState: RoundSaveState;
  /** An autosave is waiting to run. */
  readonly savePending: boolean;
}

export type RoundNewsAction = 'ignore' | 'reload' | 'saveNow';

export function roundNewsAction(news: RoundNews, shown: RoundOnScreen): RoundNewsAction {
  if (shown.roundId !== news.roundId || news.revision === shown.revision) return 'ignore';
  // A save under way brings its own answer; an input with an error cannot be saved until fixed, and the
  // save after the fix brings the conflict.
  if (shown.saveState === 'saving' || shown.saveState === 'invalid') return 'ignore';
  if (shown.saveState === 'saved' && !shown.savePending) return 'reload';
  return 'saveNow';
}
