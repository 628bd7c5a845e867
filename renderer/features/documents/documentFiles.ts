// Files out of the documents area: the .docx of a document or of a redline (docx and the templates'
// renderer load only when asked for, keeping them out of the screen's first load) and a version as JSON
// for verification.
import i18next from 'i18next';
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import type { AppError } from '../../../shared/result';
import type { Document } from '../../../templates/model';
import type { Redline } from '../../../templates/redline/redline';
import type { RevisionAuthor } from '../../../templates/redline/revisions';
import { errorText } from '../../app/errorText';
import { platform } from '../../platform';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The user-facing sentence for an error of this area (its own texts first, then the app's). */
export function documentsErrorText(error: AppError): string {
  const key = `documents.errors.${error.code}`;
  return i18next.exists(key) ? i18next.t(key, error.params ?? {}) : errorText(error);
}

/** Saves the document as .docx; answers the notice to show. */
export async function docxSave(doc: Document, fileName: string): Promise<{ readonly tone: 'info' | 'error'; readonly text: string } | null> {
  try {
    const { documentDocxBytes } = await import('../../../templates/render/docx');
    const bytes = await documentDocxBytes(doc);
    const saved = await platform().saveFile({ suggestedName: fileName, data: new Uint8Array(bytes), mimeType: DOCX_MIME, extensions: ['docx'] });
    if (!saved.ok) return { tone: 'error', text: errorText(saved.error) };
    return saved.value.saved ? { tone: 'info', text: i18next.t('documents.downloaded', { name: saved.value.path }) } : null;
  } catch (error) {
    return { tone: 'error', text: i18next.t('documents.errors.render', { message: error instanceof Error ? error.message : String(error) }) };
  }
}

/** Saves the redline as .docx with Word tracked changes (who and when in `by`); answers the notice to show. */
export async function redlineDocxSave(redline: Redline, by: RevisionAuthor, fileName: string): Promise<{ readonly tone: 'info' | 'error'; readonly text: string } | null> {
  try {
    const { redlineDocxBytes } = await import('../../../templates/redline/redlineDocx');
    const bytes = await redlineDocxBytes(redline, by);
    const saved = await platform().saveFile({ suggestedName: fileName.replace(/[\\/:*?"<>|]/g, '_'), data: new Uint8Array(bytes), mimeType: DOCX_MIME, extensions: ['docx'] });
    if (!saved.ok) return { tone: 'error', text: errorText(saved.error) };
    return saved.value.saved ? { tone: 'info', text: i18next.t('documents.downloaded', { name: saved.value.path }) } : null;
  } catch (error) {
    return { tone: 'error', text: i18next.t('documents.errors.render', { message: error instanceof Error ? error.message : String(error) }) };
  }
}

/** Saves a version as JSON (the verify screen reads it back and re-computes its fingerprint). */
export async function versionJsonSave(version: AgreementVersion, fileName: string): Promise<{ readonly tone: 'info' | 'error'; readonly text: string } | null> {
  const data = new TextEncoder().encode(`${JSON.stringify(version, null, 2)}\n`);
  const saved = await platform().saveFile({ suggestedName: fileName, data: new Uint8Array(data), mimeType: 'application/json', extensions: ['json'] });
  if (!saved.ok) return { tone: 'error', text: errorText(saved.error) };
  return saved.value.saved ? { tone: 'info', text: i18next.t('documents.downloaded', { name: saved.value.path }) } : null;
}
