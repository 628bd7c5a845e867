// Areas not built yet say so plainly, and say what is coming.
import { useTranslation } from 'react-i18next';
import type { Area } from '../../app/route';

export function PlaceholderScreen({ area }: { readonly area: Exclude<Area, 'enterprises' | 'settings'> }) {
  const { t } = useTranslation();
  return (
    <section className="placeholder" aria-labelledby="placeholder-title">
      <h1 id="placeholder-title">{t('placeholder.title', { area: t(`nav.${area}`) })}</h1>
      <p>{t('placeholder.body')}</p>
      <p className="placeholder-coming">{t(`placeholder.${area}`)}</p>
    </section>
  );
}
