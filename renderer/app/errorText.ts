// A repository or IPC error as the sentence the user reads, in the current language.
import i18next from 'i18next';
import type { AppError } from '../../shared/result';

export function errorText(error: AppError): string {
  const key = `errors.${error.code}`;
  return i18next.exists(key) ? i18next.t(key, error.params ?? {}) : i18next.t('errors.unknown', { message: error.message });
}
