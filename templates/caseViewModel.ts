// The one function from a round to its documents: every template's view model from the round's data (or
// exactly what is missing for it), and each document built with the round's own clause wordings. The app's
// documents screen, the command line's `render` and `bundle`, and the built-in sample all go through here.
import type { CaseContext, CaseData } from './case/caseData';
import { congressResolutionViewFor, filingCoverViewFor, meetingMinutesViewFor, requestLetterViewFor } from './case/dossierViews';
import { type MissingValue, Needs } from './case/needs';
import { jobRetentionViewFor } from './case/retentionView';
import { ohsAgreementViewFor, womenWorkersViewFor } from './case/specialViews';
import { wageAgreementViewFor } from './case/wageView';
import type { Document } from './model';
import { documentApplyOverrides, documentUnmatchedOverrides } from './overrides';
import { templateNames, templateRegistry, type TemplateName } from './registry';
import type { CaseViewModel } from './viewModel';

export type { CaseContext, CaseData } from './case/caseData';
export type { MissingValue } from './case/needs';

export interface CaseViews {
  readonly vm: CaseViewModel;
  /** Per template, what it still needs; empty when the document can be made. */
  readonly missing: Readonly<Record<TemplateName, readonly MissingValue[]>>;
}

/** Every view model of the round; a template's view is absent exactly when `missing` lists something for it. */
export function caseViewModel(data: CaseData, ctx: CaseContext): CaseViews {
  const missing = {} as Record<TemplateName, readonly MissingValue[]>;
  const build = <V>(name: TemplateName, make: (needs: Needs) => V | null): V | undefined => {
    const needs = new Needs();
    const view = make(needs);
    missing[name] = needs.missing;
    return view === null || !needs.complete ? undefined : view;
  };
  const wageAgreement = build('wage-agreement', (n) => wageAgreementViewFor(data, ctx, n));
  const jobRetention = build('job-retention', (n) => jobRetentionViewFor(data, ctx, n));
  const requestLetter = build('request-letter', (n) => requestLetterViewFor(data, ctx, n));
  const congressResolution = build('congress-resolution', (n) => congressResolutionViewFor(data, n));
  const filingCover = build('filing-cover', (n) => filingCoverViewFor(data, ctx, n));
  const ohsAgreement = build('ohs-agreement', (n) => ohsAgreementViewFor(data, n));
  const womenWorkers = build('women-workers', (n) => womenWorkersViewFor(data, n));
  const meetingMinutes = build('meeting-minutes', (n) => meetingMinutesViewFor(data, n));
  return {
    vm: {
      ...(wageAgreement ? { wageAgreement } : {}),
      ...(jobRetention ? { jobRetention } : {}),
      ...(requestLetter ? { requestLetter } : {}),
      ...(congressResolution ? { congressResolution } : {}),
      ...(filingCover ? { filingCover } : {}),
      ...(ohsAgreement ? { ohsAgreement } : {}),
      ...(womenWorkers ? { womenWorkers } : {}),
      ...(meetingMinutes ? { meetingMinutes } : {}),
    },
    missing,
  };
}

export interface CaseDocument {
  readonly name: TemplateName;
  readonly titleZh: string;
  /** The live document with the round's clause wordings; null when something is missing. */
  readonly doc: Document | null;
  readonly missing: readonly MissingValue[];
  /** Edited clauses the document no longer has (a term was dropped): kept, and said so. */
  readonly unmatchedOverrides: readonly string[];
}

/** One template's document for the round, its edited clauses applied (the print view, the .docx and a freeze read this). */
export function caseDocument(name: TemplateName, data: CaseData, views: CaseViews): CaseDocument {
  const entry = templateRegistry[name];
  const built = entry.build(views.vm);
  const edits = data.round.details.clauseOverrides[name] ?? [];
  return {
    name,
    titleZh: entry.titleZh,
    doc: built ? documentApplyOverrides(built, edits) : null,
    missing: views.missing[name],
    unmatchedOverrides: built ? documentUnmatchedOverrides(built, edits) : [],
  };
}

/** Every template's document for the round, in the registry's order. */
export function caseDocuments(data: CaseData, ctx: CaseContext): { readonly views: CaseViews; readonly documents: readonly CaseDocument[] } {
  const views = caseViewModel(data, ctx);
  return { views, documents: templateNames.map((name) => caseDocument(name, data, views)) };
}
