import { useEffect } from 'react';
import { Shell } from './Shell';
import { useAppStore } from './store';
import { EnterpriseListScreen } from '../features/enterprises/EnterpriseListScreen';
import { EnterpriseFormScreen } from '../features/enterprises/EnterpriseFormScreen';
import { EnterpriseDetailScreen } from '../features/enterprises/EnterpriseDetailScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { PlaceholderScreen } from '../features/placeholder/PlaceholderScreen';

export function App() {
  const route = useAppStore((s) => s.route);
  const routeSync = useAppStore((s) => s.routeSync);
  const enterprisesLoad = useAppStore((s) => s.enterprisesLoad);

  useEffect(() => {
    const onHash = () => routeSync(window.location.hash);
    window.addEventListener('hashchange', onHash);
    void enterprisesLoad();
    return () => window.removeEventListener('hashchange', onHash);
  }, [routeSync, enterprisesLoad]);

  // Move focus to the new screen's content so keyboard and screen-reader users follow navigation.
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route]);

  return <Shell>{screenFor(route)}</Shell>;
}

function screenFor(route: ReturnType<typeof useAppStore.getState>['route']) {
  if (route.area === 'settings') return <SettingsScreen />;
  if (route.area !== 'enterprises') return <PlaceholderScreen area={route.area} />;
  switch (route.view) {
    case 'list':
      return <EnterpriseListScreen />;
    case 'new':
      return <EnterpriseFormScreen key="new" id={null} />;
    case 'edit':
      return <EnterpriseFormScreen key={route.id} id={route.id} />;
    case 'detail':
      return <EnterpriseDetailScreen key={route.id} id={route.id} />;
  }
}
