// A signed sector agreement as a file and back: written as a sector bundle (shared/bundle/sectorBundle.ts)
// for the members, the labour administration or another federation, and read off the UI thread
// (platform/fileRead) with the same checks as an enterprise's bundle.
import i18next from 'i18next';
import { sectorBundleBuild, sectorBundleContentsOf, type SectorBundleOpened } from '../../../shared/bundle/sectorBundle';
import { isoDateToday } from '../../../shared/dates/isoDate';
import type { AppError, Result } from '../../../shared/result';
import type { SectorAgreement } from '../../../shared/sector/sectorAgreement';
import { platform } from '../../platform';
import { fileRead, type FileReadProgress } from '../../platform/fileRead/fileRead';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { federationErrorText } from '../federation/federationErrorText';
import { federationEn, federationZh } from '../federation/messages';
import { sectorErrorText } from './sectorDraft';

// The bundle reader's errors are worded with the federation's texts, which may not be loaded yet when the
// sector screen is opened directly.
featureMessagesRegister('federation', federationZh, federationEn);

/** Builds and saves the bundle; the saved file's path (null: the user cancelled), or the error in words. */
export async function sectorBundleSave(agreement: SectorAgreement): Promise<{ readonly ok: true; readonly path: string | null } | { readonly ok: false; readonly error: string }> {
  const built = await sectorBundleBuild(await sectorBundleContentsOf(agreement, new Date().toISOString()));
  if (!built.ok) return { ok: false, error: sectorBundleErrorText(built.error) };
  const saved = await platform().saveFile({
    suggestedName: i18next.t('sector.print.fileName', { title: agreement.title, date: isoDateToday() }),
    data: built.value,
    mimeType: 'application/octet-stream',
    extensions: ['wdbundle'],
  });
  if (!saved.ok) return { ok: false, error: sectorErrorText(saved.error) };
  return { ok: true, path: saved.value.saved ? saved.value.path : null };
}

export async function sectorBundleRead(file: Blob, onProgress: FileReadProgress, signal?: AbortSignal): Promise<Result<SectorBundleOpened>> {
  const outcome = await fileRead({ kind: 'sectorBundle', source: file }, onProgress, signal ? { signal } : {});
  return outcome.kind === 'sectorBundle' ? outcome.read : { ok: false, error: { code: 'file.readFailed', message: 'unexpected outcome' } };
}

/** A bundle or import error as the user reads it: the sector's own sentences, then the bundle reader's. */
export function sectorBundleErrorText(error: AppError): string {
  return error.code.startsWith('sector.') ? sectorErrorText(error) : federationErrorText(error);
}
