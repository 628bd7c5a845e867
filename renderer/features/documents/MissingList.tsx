// What a document still needs, each item linked to the screen where it is entered: the enterprise or its
// people, the round's scenarios, terms or procedure, the document details, or Settings (minimum wages).
import { useTranslation } from 'react-i18next';
import type { MissingValue } from '../../../templates/caseViewModel';
import type { CaseScreen } from '../../../templates/case/needs';
import { routeHash, type Route } from '../../app/route';
import { useAppStore } from '../../app/store';

function routeOf(screen: CaseScreen, enterpriseId: string, roundId: string): Route | null {
  switch (screen) {
    case 'enterprise':
      return { area: 'enterprises', view: 'edit', id: enterpriseId };
    case 'people':
      return { area: 'enterprises', view: 'detail', id: enterpriseId };
    case 'settings':
      return { area: 'settings' };
    case 'details':
      return null;
    default:
      return { area: screen, enterpriseId, roundId };
  }
}

export function MissingList({ missing, onDetails }: { readonly missing: readonly MissingValue[]; readonly onDetails: () => void }) {
  const { t } = useTranslation();
  const navigate = useAppStore((s) => s.navigate);
  const enterpriseId = useAppStore((s) => s.caseEnterpriseId) ?? '';
  const roundId = useAppStore((s) => s.caseRoundId) ?? '';
  return (
    <ul className="doc-missing">
      {missing.map((m) => {
        const route = routeOf(m.screen, enterpriseId, roundId);
        return (
          <li key={m.what}>
            <span>{t(`documents.need.${m.what}`)}</span>{' '}
            <a
              href={route ? routeHash(route) : '#'}
              onClick={(e) => {
                e.preventDefault();
                if (route) navigate(route);
                else onDetails();
              }}
            >
              {t(`documents.goTo.${m.screen}`)}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
