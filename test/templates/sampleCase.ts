// The sample's documents as a user's are made: a round's case file through caseFileParse, then
// caseDataOf / caseContextOf, then caseViewModel and caseDocument (the round's own clause wordings
// applied). Each template is read from the round it belongs to: the job-retention agreement from the
// March 2020 job-retention round, everything else from the Spring Festival round of January 2021.
import type { CaseFileInput } from '../../shared/case/caseFile';
import type { RoundInput } from '../../shared/case/round';
import { type ReferenceRoundId, referenceCaseFile } from '../../shared/sample/referenceRounds';
import { type CaseContext, type CaseData, type CaseViews, caseDocument, caseViewModel } from '../../templates/caseViewModel';
import { caseContextOf, caseDataOf } from '../../templates/case/fromFile';
import type { Document } from '../../templates/model';
import type { TemplateName } from '../../templates/registry';
import type { CaseViewModel } from '../../templates/viewModel';
import { caseFileOf } from './userCase';

export interface SampleCase {
  readonly data: CaseData;
  readonly ctx: CaseContext;
  readonly views: CaseViews;
}

export function caseOf(input: CaseFileInput): SampleCase {
  const file = caseFileOf(input);
  const ctx = caseContextOf(file);
  if (!ctx.ok) throw new Error(ctx.error.code);
  const data = caseDataOf(file);
  return { data, ctx: ctx.value, views: caseViewModel(data, ctx.value) };
}

/**
 * The report gives no women workers' contract and no count of women: to lay that template out, the test
 * enters both as a user would (60 of the 120 placeholder workers, the contract included in the round).
 */
export function withWomenWorkers(input: CaseFileInput): CaseFileInput {
  const round = input.round as RoundInput;
  return {
    ...input,
    enterprise: { ...input.enterprise, womenCount: 60 },
    round: { ...round, details: { ...round.details, womenWorkers: { included: true, extras: [] } } },
  };
}

export const sampleRoundOf: Readonly<Record<TemplateName, ReferenceRoundId>> = {
  'wage-agreement': 'ref-2021-1',
  'job-retention': 'ref-2020-jr',
  'request-letter': 'ref-2021-1',
  'congress-resolution': 'ref-2021-1',
  'filing-cover': 'ref-2021-1',
  'ohs-agreement': 'ref-2021-1',
  'women-workers': 'ref-2021-1',
  'meeting-minutes': 'ref-2021-1',
};

const cache = new Map<string, SampleCase>();

/** The sample round's case through the user's path (the women workers' entries added for that template). */
export function sampleCase(name: TemplateName): SampleCase {
  const id = sampleRoundOf[name];
  const key = name === 'women-workers' ? `${id}+women` : id;
  let found = cache.get(key);
  if (!found) {
    found = caseOf(name === 'women-workers' ? withWomenWorkers(referenceCaseFile(id)) : referenceCaseFile(id));
    cache.set(key, found);
  }
  return found;
}

/** Every template's view, each from its own round. */
export function sampleViews(): CaseViewModel {
  return {
    wageAgreement: sampleCase('wage-agreement').views.vm.wageAgreement!,
    jobRetention: sampleCase('job-retention').views.vm.jobRetention!,
    requestLetter: sampleCase('request-letter').views.vm.requestLetter!,
    congressResolution: sampleCase('congress-resolution').views.vm.congressResolution!,
    filingCover: sampleCase('filing-cover').views.vm.filingCover!,
    ohsAgreement: sampleCase('ohs-agreement').views.vm.ohsAgreement!,
    womenWorkers: sampleCase('women-workers').views.vm.womenWorkers!,
    meetingMinutes: sampleCase('meeting-minutes').views.vm.meetingMinutes!,
  };
}

/** The template's document for its sample round, as the documents screen and the .docx read it. */
export function sampleDocument(name: TemplateName): Document {
  const { data, views } = sampleCase(name);
  const made = caseDocument(name, data, views);
  if (!made.doc) throw new Error(`${name} needs ${made.missing.map((m) => m.what).join(', ')}`);
  return made.doc;
}
