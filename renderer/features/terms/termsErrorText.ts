// Errors of this area (roster.*, ledger.*, terms.*) read from the area's own text; the rest (storage.*,
// file.*) as the app says them everywhere.
import i18next from 'i18next';
import type { AppError } from '../../../shared/result';
import { errorText } from '../../app/errorText';

export function termsErrorText(error: AppError): string {
  const key = `terms.errors.${error.code.replace(/\./g, '_')}`;
  return i18next.exists(key) ? i18next.t(key, error.params ?? {}) : errorText(error);
}
