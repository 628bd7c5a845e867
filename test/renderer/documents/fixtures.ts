// The sample's Spring Festival round (January 2021) as the documents screen sees it: the round's case
// file read as any user's file is, its documents built, and one row per template against the stored
// versions. `edit` changes the file first, as a user editing the enterprise or the round would.
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import { type CaseFile, type CaseFileInput, caseFileParse } from '../../../shared/case/caseFile';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { referenceCaseFile } from '../../../shared/sample/referenceRounds';
import { caseDocuments } from '../../../templates/caseViewModel';
import { caseContextOf, caseDataOf } from '../../../templates/case/fromFile';
import { templateRows, type TemplateRow } from '../../../renderer/features/documents/templateRows';

export function sampleFile(edit: (input: CaseFileInput) => CaseFileInput = (input) => input): CaseFile {
  const parsed = caseFileParse(edit(referenceCaseFile()));
  if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.message}`);
  return parsed.value;
}

/** Who owns the round's agreements: its round id and the enterprise's credit code. */
export function sampleOwner(file: CaseFile = sampleFile()): { readonly roundId: string; readonly creditCode: string } {
  return { roundId: file.round.id, creditCode: file.enterprise.creditCode };
}

export function sampleRows(today: IsoDate, stored: readonly AgreementVersion[] = [], file: CaseFile = sampleFile()): TemplateRow[] {
  const ctx = caseContextOf(file);
  if (!ctx.ok) throw new Error(ctx.error.code);
  const { views, documents } = caseDocuments(caseDataOf(file), ctx.value);
  return templateRows(file.round.kind, file.round.id, documents, views, stored, today);
}

export function sampleWageRow(today: IsoDate, stored: readonly AgreementVersion[] = [], file: CaseFile = sampleFile()): TemplateRow {
  return sampleRows(today, stored, file).find((r) => r.name === 'wage-agreement')!;
}
