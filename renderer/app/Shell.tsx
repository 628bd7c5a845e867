// The frame around every screen: the product's areas on the left, the language switch on top.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSwitch } from '../i18n';
import { areas, isRoundArea, routeHash, type Area, type Route } from './route';
import { useAppStore } from './store';
import { NoticeBar } from './NoticeBar';


export function Shell({ children }: { readonly children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const area = useAppStore((s) => s.route.area);
  const navigate = useAppStore((s) => s.navigate);
  // The round areas open on the round last used (the route of each carries it: #/e/<id>/<round>/<area>).
  const enterpriseId = useAppStore((s) => s.caseEnterpriseId);
  const roundId = useAppStore((s) => s.caseRoundId);
  const nextLanguage = i18n.language === 'en' ? 'zh-CN' : 'en';

  function routeOf(target: Area): Route {
    if (target === 'enterprises') return { area: 'enterprises', view: 'list' };
    if (isRoundArea(target)) return { area: target, enterpriseId, roundId };
    return { area: target };
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <div className="topbar-right">
          <span className="offline-note">{t('app.offline')}</span>
          <button
            type="button"
            className="language-switch"
            lang={nextLanguage}
            aria-label={`${t('app.language')}: ${t('app.switchTo')}`}
            onClick={() => void languageSwitch(nextLanguage)}
          >
            {t('app.switchTo')}
          </button>
        </div>
      </header>
      <nav className="sidenav" aria-label={t('nav.label')}>
        <ul>
          {areas.map((a) => (
            <li key={a}>
              <a
                href={routeHash(routeOf(a))}
                aria-current={a === area || (a === 'federation' && area === 'sector') ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(routeOf(a));
                }}
              >
                {t(`nav.${a}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
      <NoticeBar />
    </div>
  );
}
