import { lazy, Suspense, useEffect } from 'react';
import { Shell } from './Shell';
import { useAppStore } from './store';
import { firstPaint } from './servicesLazy';
import { EnterpriseListScreen } from '../features/enterprises/EnterpriseListScreen';
import { LoadingNote } from '../components/LoadingNote';

// Screens other than the first one load on demand, keeping the start-up bundle small.
const EnterpriseFormScreen = lazy(() => import('../features/enterprises/EnterpriseFormScreen').then((m) => ({ default: m.EnterpriseFormScreen })));
const EnterpriseDetailScreen = lazy(() => import('../features/enterprises/EnterpriseDetailScreen').then((m) => ({ default: m.EnterpriseDetailScreen })));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const ScenariosScreen = lazy(() => import('../features/scenarios/ScenariosScreen').then((m) => ({ default: m.ScenariosScreen })));
const NegotiationsScreen = lazy(() => import('../features/negotiations/NegotiationsScreen').then((m) => ({ default: m.NegotiationsScreen })));
const TermsScreen = lazy(() => import('../features/terms/TermsScreen').then((m) => ({ default: m.TermsScreen })));
const DocumentsScreen = lazy(() => import('../features/documents/DocumentsScreen').then((m) => ({ default: m.DocumentsScreen })));
const FederationScreen = lazy(() => import('../features/federation/FederationScreen').then((m) => ({ default: m.FederationScreen })));
const SectorScreen = lazy(() => import('../features/sector/SectorScreen').then((m) => ({ default: m.SectorScreen })));

export function App() {
  const route = useAppStore((s) => s.route);
  const routeSync = useAppStore((s) => s.routeSync);
  const enterprisesLoad = useAppStore((s) => s.enterprisesLoad);

  useEffect(() => {
    const onHash = () => routeSync(window.location.hash);
    window.addEventListener('hashchange', onHash);
    // A reload or close inside the autosave delay: the edit is kept for the next load (pendingJournal.ts).
    const onLeave = () => useAppStore.getState().roundLeaving();
    window.addEventListener('pagehide', onLeave);
    void enterprisesLoad();
    // The user's role goes into every audit entry; it loads with the data layer.
    void firstPaint()
      .then(() => import('../features/audit/auditRole'))
      .then((m) => m.auditRoleLoad());
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pagehide', onLeave);
    };
  }, [routeSync, enterprisesLoad]);

  // Automatic backups (autoBackup.ts) start once the first screen is painted; their code loads on demand.
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    void firstPaint()
      .then(() => import('./autoBackupLive'))
      .then((m) => {
        if (live) stop = m.autoBackupLiveStart();
      });
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  // Move focus to the new screen's content so keyboard and screen-reader users follow navigation.
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route]);

  return (
    <Shell>
      <Suspense fallback={<LoadingNote />}>{screenFor(route)}</Suspense>
    </Shell>
  );
}

function screenFor(route: ReturnType<typeof useAppStore.getState>['route']) {
  if (route.area === 'settings') return <SettingsScreen />;
  if (route.area === 'scenarios') return <ScenariosScreen />;
  if (route.area === 'negotiations') return <NegotiationsScreen />;
  if (route.area === 'terms') return <TermsScreen />;
  if (route.area === 'documents') return <DocumentsScreen />;
  if (route.area === 'federation') return <FederationScreen />;
  if (route.area === 'sector') return <SectorScreen />;
  if (route.area !== 'enterprises') return null;
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
