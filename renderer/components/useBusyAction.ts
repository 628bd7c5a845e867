// One action at a time behind a button: `busy` while it runs (the button disables), and the error it
// returned, cleared when the next one starts.
import { useCallback, useState } from 'react';
import type { AppError } from '../../shared/result';

export interface BusyAction {
  readonly busy: boolean;
  readonly error: AppError | null;
  /** Runs `work`; the AppError it returns (or null) becomes `error`. */
  run(work: () => Promise<AppError | null>): Promise<void>;
}

export function useBusyAction(): BusyAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(async (work: () => Promise<AppError | null>) => {
    setBusy(true);
    setError(null);
    try {
      setError(await work());
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
