// The request letter with the 测算说明 annex the round chose (round.details.explainScenario). The print
// view, the documents list's Word download and the command line all take the letter from here, so the
// paper, the file and the command line's copy carry the same annex.
import type { Result } from '../../shared/result';
import type { CaseDocument } from '../caseViewModel';
import { documentWithExplanation } from '../documents/explanationAnnex';
import type { CaseContext, CaseData } from './caseData';
import { type ExplanationAnnexView, explanationAnnexViewFor } from './explanationView';

/** The template the annex goes with. */
export const EXPLANATION_LETTER = 'request-letter';

/** The round's choice and the annex made for it. */
export interface ExplanationChoice {
  readonly scenario: string;
  readonly made: Result<ExplanationAnnexView>;
}

/** The round's choice and its annex, made once for the letter and the screen that says what it carries; null when none is chosen. */
export function explanationChosen(data: CaseData, ctx: CaseContext): ExplanationChoice | null {
  const scenario = data.round.details.explainScenario;
  return scenario ? { scenario, made: explanationAnnexViewFor(data, ctx, scenario) } : null;
}

/**
 * `documents` with the chosen annex on the request letter. A choice that cannot be made (the scenario was
 * renamed, the model has an error) leaves the letter as it is: the choice's error says why, for the screen.
 */
export function documentsWithChosenExplanation(documents: readonly CaseDocument[], chosen: ExplanationChoice | null): readonly CaseDocument[] {
  if (!chosen?.made.ok) return documents;
  const annex = chosen.made.value;
  return documents.map((d) => (d.name === EXPLANATION_LETTER && d.doc ? { ...d, doc: documentWithExplanation(d.doc, annex) } : d));
}
