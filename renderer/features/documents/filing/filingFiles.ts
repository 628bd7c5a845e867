// The filing package saved as one .zip of numbered .docx parts; the renderer and fflate load only when asked.
import i18next from 'i18next';
import type { IsoDate } from '../../../../shared/dates/isoDate';
import type { FilingPackage } from '../../../../templates/filing/filingPackage';
import { errorText } from '../../../app/errorText';
import { platform } from '../../../platform';

export async function filingZipSave(pkg: FilingPackage, enterpriseName: string, today: IsoDate): Promise<{ readonly tone: 'info' | 'error'; readonly text: string } | null> {
  try {
    const { filingPackageZip, filingZipName } = await import('../../../../templates/filing/filingZip');
    const bytes = await filingPackageZip(pkg);
    const saved = await platform().saveFile({ suggestedName: filingZipName(enterpriseName, today), data: new Uint8Array(bytes), mimeType: 'application/zip', extensions: ['zip'] });
    if (!saved.ok) return { tone: 'error', text: errorText(saved.error) };
    return saved.value.saved ? { tone: 'info', text: i18next.t('filing.exported', { name: saved.value.path }) } : null;
  } catch (error) {
    return { tone: 'error', text: i18next.t('documents.errors.render', { message: error instanceof Error ? error.message : String(error) }) };
  }
}
