// The terms, roster and ledger of one enterprise, read through the three repositories (each row
// validated on read). Kept local to the terms screen: no other area needs them.
import { useCallback, useEffect, useState } from 'react';
import type { Worker } from '../../../shared/roster/worker';
import type { Ledger } from '../../../shared/terms/ledger';
import type { Term } from '../../../shared/terms/term';
import type { AppError } from '../../../shared/result';
import { servicesReady } from '../../app/servicesLazy';
import { ledgerRepo } from '../../db/ledgerRepo';
import { termRepo } from '../../db/termRepo';
import { workerRepo } from '../../db/workerRepo';

export interface TermsData {
  readonly terms: readonly Term[];
  readonly roster: readonly Worker[];
  readonly ledger: Ledger;
  /** Stored rows that failed validation (left in place, not shown). */
  readonly skipped: number;
}

export type TermsDataState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: AppError }
  | { readonly status: 'ready'; readonly data: TermsData };

export async function termsDataRead(enterpriseId: string): Promise<TermsDataState> {
  const { db } = await servicesReady();
  const [terms, roster, ledger] = await Promise.all([termRepo(db).listByEnterprise(enterpriseId), workerRepo(db).listByEnterprise(enterpriseId), ledgerRepo(db).read(enterpriseId)]);
  if (!terms.ok) return { status: 'error', error: terms.error };
  if (!roster.ok) return { status: 'error', error: roster.error };
  if (!ledger.ok) return { status: 'error', error: ledger.error };
  return {
    status: 'ready',
    data: {
      terms: terms.value.items,
      roster: roster.value.items,
      ledger: ledger.value.ledger,
      skipped: terms.value.skipped.length + roster.value.skipped.length + ledger.value.skipped.length,
    },
  };
}

/** The enterprise's data and a reload; a reply for an enterprise no longer shown is dropped. */
export function useTermsData(enterpriseId: string | null): { readonly state: TermsDataState; readonly reload: () => Promise<void> } {
  const [state, setState] = useState<TermsDataState>({ status: 'loading' });
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    if (enterpriseId === null) return;
    let live = true;
    void termsDataRead(enterpriseId).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [enterpriseId, revision]);

  const reload = useCallback(async () => {
    setRevision((r) => r + 1);
  }, []);
  return { state, reload };
}
