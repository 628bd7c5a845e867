// A round as the bundle the enterprise sends its federation (docs/bundle-format.md): the profile and the
// people, the round's frozen agreement versions with their signatures, and the procedure in brief. A
// round whose agreement was never frozen has its current text frozen as version 1 here, unsigned, so the
// federation reads the text the parties are about to sign; the app and the command line share this path.
import type { BundleContents } from '../shared/bundle/contents';
import type { CaseFile } from '../shared/case/caseFile';
import { recordSummaryOf } from '../shared/case/recordSummary';
import type { IsoDate } from '../shared/dates/isoDate';
import { type Result, resultErr, resultOk } from '../shared/result';
import { agreementContentOf, signableFacts } from './agreement/content';
import { agreementFreeze, agreementIdFor } from './agreement/flow';
import { type CaseContext, roundMainTemplate } from './case/caseData';
import { caseDataOf } from './case/fromFile';
import { caseDocument, caseViewModel } from './caseViewModel';

export interface CaseBundleOptions {
  /** ISO instant the bundle is made. */
  readonly createdAt: string;
  /** The signing date a text frozen here carries when the record has none. */
  readonly today: IsoDate;
}

/**
 * Errors: bundle.agreementMissing (the round's agreement cannot be made yet: params.missing lists what it
 * needs), and those of freezing (agreement.*).
 */
export async function caseBundleContents(file: CaseFile, ctx: CaseContext, options: CaseBundleOptions): Promise<Result<BundleContents>> {
  const data = caseDataOf(file);
  const name = roundMainTemplate[file.round.kind];
  const agreementId = agreementIdFor(name, file.round.id);
  let agreements = [...file.agreements];
  if (!agreements.some((a) => a.agreementId === agreementId)) {
    const views = caseViewModel(data, ctx);
    const made = caseDocument(name, data, views);
    const facts = signableFacts(name, views.vm);
    if (!made.doc || !facts) {
      return resultErr('bundle.agreementMissing', `${name} cannot be made yet`, { template: name, missing: made.missing.map((m) => m.what).join(',') });
    }
    const content = agreementContentOf(name, made.doc, facts, options.today);
    const frozen = await agreementFreeze(name, { roundId: file.round.id, creditCode: file.enterprise.creditCode }, { kind: 'draft' }, content);
    if (!frozen.ok) return frozen;
    agreements = [...agreements, frozen.value.next];
  }
  return resultOk({
    createdAt: options.createdAt,
    createdBy: 'enterprise',
    enterprise: { profile: file.enterprise, people: file.people.map(({ id: _id, ...person }) => person) },
    agreements,
    recordSummary: recordSummaryOf(file.round.procedure, agreementId),
    witnesses: [],
  });
}
