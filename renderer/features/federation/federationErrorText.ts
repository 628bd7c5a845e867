// An error from the bundle core, the registry or storage as the sentence the user reads: the
// federation's own texts first (bundle.*, import.*, registry.*), then the app's (storage.*, file.*).
import i18next from 'i18next';
import type { AppError } from '../../../shared/result';
import { errorText } from '../../app/errorText';

export function federationErrorText(error: AppError): string {
  // The enterprise's bundle signature names no agreement: its own sentence.
  const code = error.code === 'bundle.signatureInvalid' && error.params?.role === 'enterprise' ? 'bundle.enterpriseSignatureInvalid' : error.code;
  const key = `federation.errors.${code}`;
  return i18next.exists(key) ? i18next.t(key, { path: '', field: '', ...(error.params ?? {}) }) : errorText(error);
}
