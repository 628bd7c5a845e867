// Every counted case of the corpus, for the count test. Known gaps (forms.ts *Gaps) are not counted.
import { backupRowsCases, backupTextCases } from './backups';
import { bundleCases } from './bundles';
import { calendarCases } from './calendars';
import { procedureCases, termsCases, wageCaseCases } from './caseFiles';
import type { CorpusKind } from './corpusCase';
import { enterpriseCases, personCases } from './forms';
import { rosterFileCases, rosterRowsCases } from './rosters';

export const corpusAllCases: readonly { readonly name: string; readonly kind: CorpusKind; readonly code: string }[] = [
  ...enterpriseCases, ...personCases,
  ...wageCaseCases, ...procedureCases, ...termsCases,
  ...rosterRowsCases, ...rosterFileCases,
  ...backupTextCases, ...backupRowsCases,
  ...bundleCases,
  ...calendarCases,
];
