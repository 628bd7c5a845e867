// Whether what is on screen is saved, said in words (a live region, so screen readers hear it too).
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { errorText } from '../../app/errorText';

export function SaveStatus() {
  const { t } = useTranslation();
  const state = useAppStore((s) => s.roundSaveState);
  const error = useAppStore((s) => s.roundSaveError);
  const invalidCount = useAppStore((s) => Object.keys(s.roundFieldErrors).length);

  let text: string;
  if (invalidCount > 0) text = t('scenarios.saveInvalid', { count: invalidCount });
  else if (state === 'saved') text = t('scenarios.saved');
  else if (state === 'pending' || state === 'saving') text = t('scenarios.saving');
  else if (error) text = t('scenarios.saveRefused', { reason: errorText(error) });
  else text = t('scenarios.saving');

  const tone = invalidCount > 0 || state === 'invalid' || state === 'failed' || state === 'conflict' ? 'save-status save-status-bad' : 'save-status';
  return (
    <span className={tone} aria-live="polite" data-state={state}>
      {text}
    </span>
  );
}
