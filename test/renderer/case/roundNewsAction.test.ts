// Another tab saved a round: the round on screen reloads when nothing here is unsaved, saves at once (to
// meet the conflict) when something is, and ignores news of other rounds or of the revision it shows.
import { describe, expect, it } from 'vitest';
import { roundNewsAction, type RoundOnScreen } from '../../../renderer/features/case/roundNewsAction';

const news = { enterpriseId: 'e1', roundId: 'r1', revision: 3 };
const shown = (extra: Partial<RoundOnScreen> = {}): RoundOnScreen => ({ roundId: 'r1', revision: 2, saveState: 'saved', savePending: false, ...extra });

describe('roundNewsAction', () => {
  it('reloads a round with nothing unsaved', () => expect(roundNewsAction(news, shown())).toBe('reload'));
  it('saves an unsaved edit at once, so the conflict shows now', () => {
    expect(roundNewsAction(news, shown({ saveState: 'pending', savePending: true }))).toBe('saveNow');
    expect(roundNewsAction(news, shown({ saveState: 'conflict' }))).toBe('saveNow');
    expect(roundNewsAction(news, shown({ saveState: 'failed' }))).toBe('saveNow');
  });
  it('leaves a save under way and an input with an error alone', () => {
    expect(roundNewsAction(news, shown({ saveState: 'saving' }))).toBe('ignore');
    expect(roundNewsAction(news, shown({ saveState: 'invalid' }))).toBe('ignore');
  });
  it('ignores news of another round, or of the revision already shown', () => {
    expect(roundNewsAction({ ...news, roundId: 'r2' }, shown())).toBe('ignore');
    expect(roundNewsAction({ ...news, revision: 2 }, shown())).toBe('ignore');
  });
});
