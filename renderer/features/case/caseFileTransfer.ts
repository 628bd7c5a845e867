// A round out to a case file and a case file in (docs/case-format.md), for the round list and the
// enterprise list. Export goes through the data facade and the platform's save dialog; import reads the
// file, checks it whole (caseFileParse) and writes nothing unless all of it is good.
import i18next from 'i18next';
import { caseFileParseText, type CaseFile } from '../../../shared/case/caseFile';
import type { RoundId } from '../../../shared/case/round';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { AppError, Result } from '../../../shared/result';
import { errorText } from '../../app/errorText';
import { send } from '../../data/send';
import { platform } from '../../platform';
import { minimumWageUserCurrent } from '../minimumWage/minimumWageLoad';
import { economyLoad } from '../economy/economyLoad';
import { userDataSourcesReload } from '../../app/userDataSource';
import type { CaseImported } from '../../data/caseFileHandlers';

/** A case file is a few megabytes at most (a 100 000-worker roster); anything larger is not one. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The user-facing sentence for an error reading or importing a case file. */
export function caseFileErrorText(error: AppError): string {
  const p = error.params ?? {};
  switch (error.code) {
    case 'case.json':
      return i18next.t('rounds.caseErrors.json');
    case 'case.format':
      return i18next.t('rounds.caseErrors.format');
    case 'case.version':
      return i18next.t('rounds.caseErrors.version', { version: p.version });
    case 'case.invalid':
      return i18next.t('rounds.caseErrors.invalid', { field: p.field });
    case 'case.otherEnterprise':
      return i18next.t('rounds.caseErrors.otherEnterprise', { creditCode: p.creditCode });
    case 'terms.idTwice':
      return i18next.t('rounds.caseErrors.termIdTwice', { id: p.id });
    case 'case.tooLarge':
      return i18next.t('rounds.caseErrors.tooLarge');
    case 'case.tooDeep':
    case 'case.unreadable':
      return errorText(error);
    default:
      return error.code.startsWith('case.') || error.code.startsWith('ledger.') || error.code.startsWith('roster.')
        ? i18next.t('rounds.caseErrors.other', { field: p.field ?? error.code })
        : errorText(error);
  }
}

/** The notice after an import: what was added, and the reference figures taken into Settings or left. */
export function caseImportedText(title: string, counts: CaseImported['counts']): string {
  const parts = [i18next.t('rounds.imported', { title, ...counts })];
  if (counts.figures > 0) parts.push(i18next.t('rounds.importedFigures', { count: counts.figures }));
  if (counts.figuresDiffering > 0) parts.push(i18next.t('rounds.importedFiguresDiffering', { count: counts.figuresDiffering }));
  return parts.join(' ');
}

/** After an import (or its undo) that changed the reference figures, the screens read them again. */
export async function caseFiguresReload(counts: CaseImported['counts']): Promise<void> {
  if (counts.figures > 0) await userDataSourcesReload();
}

export async function caseFileRead(file: File): Promise<Result<CaseFile>> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: { code: 'case.tooLarge', message: 'file too large' } };
  return caseFileParseText(await file.text());
}

/** Saves the round as a case file; answers the notice to show. */
export async function caseFileExport(enterpriseId: EnterpriseId, roundId: RoundId, fileName: string): Promise<{ readonly tone: 'info' | 'error'; readonly text: string } | null> {
  const economy = await economyLoad();
  const exported = await send('caseExport', { enterpriseId, roundId, minimumWage: minimumWageUserCurrent(), economy });
  if (!exported.ok) return { tone: 'error', text: caseFileErrorText(exported.error) };
  const data = new TextEncoder().encode(`${JSON.stringify(exported.value, null, 2)}\n`);
  const saved = await platform().saveFile({ suggestedName: fileName.replace(/[\\/:*?"<>|]/g, '_'), data: new Uint8Array(data), mimeType: 'application/json', extensions: ['json'] });
  if (!saved.ok) return { tone: 'error', text: errorText(saved.error) };
  return saved.value.saved ? { tone: 'info', text: i18next.t('rounds.exported', { path: saved.value.path }) } : null;
}
