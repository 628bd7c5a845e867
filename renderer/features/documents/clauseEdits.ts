// A round's edited clause wordings (round.details.clauseOverrides), one template's list at a time: set a
// clause's wording, or restore the standard text. Pure; the documents screen saves the round with it.
import type { RoundClauseOverride } from '../../../shared/case/round';

/** The list with the clause's wording set to `text`, or its override removed with null (恢复标准文本). */
export function clauseOverridesWith(overrides: readonly RoundClauseOverride[], clauseId: string, text: string | null, editedAt: string): RoundClauseOverride[] {
  const others = overrides.filter((o) => o.clauseId !== clauseId);
  return text === null || text.trim() === '' ? others : [...others, { clauseId, text, editedAt }];
}
