// Where a many-file import stands: files read and planned one by one (第 n / N 个), then the single
// write (no count inside it: it is one transaction, whole or nothing), then done.
import { useTranslation } from 'react-i18next';

export type ImportProgressState =
  | { readonly stage: 'reading'; readonly done: number; readonly total: number }
  | { readonly stage: 'writing'; readonly total: number }
  | { readonly stage: 'done'; readonly total: number };

export function ImportProgress({ progress }: { readonly progress: ImportProgressState }) {
  const { t } = useTranslation();
  const text =
    progress.stage === 'reading'
      ? progress.done < progress.total
        ? t('federation.import.progressReading', { done: progress.done, total: progress.total })
        : t('federation.import.progressRead', { total: progress.total })
      : progress.stage === 'writing'
        ? t('federation.import.progressWriting', { total: progress.total })
        : t('federation.import.progressDone', { total: progress.total });
  // Indeterminate while writing: the transaction reports no partial count.
  const value = progress.stage === 'reading' ? progress.done : progress.stage === 'done' ? progress.total : undefined;
  return (
    <div className="federation-progress" role="status" aria-live="polite" data-stage={progress.stage}>
      <progress aria-label={t('federation.import.progressLabel')} max={Math.max(progress.total, 1)} value={value} />
      <span>{text}</span>
    </div>
  );
}
