// The sample's bundle, made the way a user's is: the Spring Festival round's case file through
// caseFileParse, caseContextOf and caseBundleContents (which freezes the wage agreement as version 1),
// then both chiefs' drawn signatures added with the agreement flow's agreementSign. The signatures are a
// 1×1 placeholder image: the report shows none, and the tests need a signed version (a new version voids
// them, the federation's witness signs after them). Plain module (no vitest), so the e2e bundle maker
// can use it too.
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import type { BundleContents } from '../../../shared/bundle/contents';
import type { AgreementSignature } from '../../../shared/bundle/signature';
import { type CaseFile, type CaseFileInput, caseFileParse } from '../../../shared/case/caseFile';
import { isoDate } from '../../../shared/dates/isoDate';
import type { Result } from '../../../shared/result';
import { referenceCaseFile } from '../../../shared/sample/referenceRounds';
import { agreementIdFor, agreementSign } from '../../../templates/agreement/flow';
import { caseContextOf } from '../../../templates/case/fromFile';
import { caseBundleContents } from '../../../templates/caseBundle';

/** The round the bundle is for; its agreement id is the wage agreement's for that round. */
export const sampleBundleRoundId = 'ref-2021-1';
export const sampleAgreementId = agreementIdFor('wage-agreement', sampleBundleRoundId);

/** A 1×1 white PNG: stands in for a signature drawn on the signing-room screen. */
export const placeholderSignaturePng = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The case file read as the app reads one. */
export function caseFileRead(input: CaseFileInput): CaseFile {
  return must(caseFileParse(input));
}

/** Both chiefs' drawn signatures on `version`, by the names its content prints, at `signedAt`. */
export function chiefsSigned(version: AgreementVersion, signedAt: string): AgreementVersion {
  const { employer, workers } = version.content.parties;
  const drawn = (role: AgreementSignature['role'], name: string): AgreementSignature => ({ role, name, signedAt, kind: 'drawn', imagePng: placeholderSignaturePng });
  return must(agreementSign(version, [drawn('workers_chief', workers.chief), drawn('employer_chief', employer.chief)]));
}

/** A case file's bundle with its (only) agreement signed by both chiefs on `signedOn` at 10:00 Beijing time. */
export async function signedBundleOf(file: CaseFile, options: { readonly createdAt: string; readonly signedOn: string }): Promise<BundleContents> {
  const contents = must(await caseBundleContents(file, must(caseContextOf(file)), { createdAt: options.createdAt, today: isoDate(options.signedOn) }));
  const signedAt = `${options.signedOn}T10:00:00+08:00`;
  return { ...contents, agreements: contents.agreements.map((a) => chiefsSigned(a, signedAt)) };
}

/** The sample's bundle as the enterprise exports it on the afternoon of the (assumed) signing day, 2021-01-15. */
export async function sampleBundleContents(): Promise<BundleContents> {
  return signedBundleOf(caseFileRead(referenceCaseFile(sampleBundleRoundId)), { createdAt: '2021-01-15T16:00:00+08:00', signedOn: '2021-01-15' });
}
