// A division's full name in the enterprise list. The county table of all China (shared/regions) is tens of
// kilobytes: it loads after the first paint, and the cell shows the code until then.
import { useEffect, useState } from 'react';
import { firstPaint } from '../../app/servicesLazy';

let label: ((code: string) => string) | null = null;
let loading: Promise<(code: string) => string> | null = null;

function labelLoad(): Promise<(code: string) => string> {
  loading ??= firstPaint()
    .then(() => import('./regionLabel'))
    .then((m) => (label = m.regionLabel));
  return loading;
}

export function RegionName({ code }: { readonly code: string }) {
  const [ready, setReady] = useState(label !== null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void labelLoad().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return <>{label ? label(code) : code}</>;
}
