// The values of a round that are placeholders rather than facts (the reference case lists what its source
// report does not give), folded away under one line so nobody prints them unawares.
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../shared/case/round';

export function RoundAssumptions({ assumptions }: { readonly assumptions: Round['assumptions'] }) {
  const { t } = useTranslation();
  if (assumptions.length === 0) return null;
  return (
    <details className="assumptions">
      <summary>{t('documents.placeholders', { count: assumptions.length })}</summary>
      <ul>
        {assumptions.map((a, i) => (
          <li key={i}>
            <code>{a.field}</code>
            {'：'}
            {a.note}
          </li>
        ))}
      </ul>
    </details>
  );
}
