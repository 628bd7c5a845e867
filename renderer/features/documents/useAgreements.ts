// The enterprise's stored agreement versions, loaded with the screen and reloaded after each write.
import { useCallback, useEffect, useState } from 'react';
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { AppError } from '../../../shared/result';
import { servicesReady } from '../../app/servicesLazy';
import { agreementRepo, type AgreementRepo, type StoredAgreement } from '../../db/agreementRepo';
import type { SkippedRecord } from '../../db/restore';

export async function agreementsOpen(): Promise<AgreementRepo> {
  return agreementRepo((await servicesReady()).db);
}

export interface AgreementsData {
  readonly stored: readonly StoredAgreement[] | null;
  readonly skipped: readonly SkippedRecord[];
  readonly error: AppError | null;
  /** Writes the versions; answers the error, or null when saved (and reloaded). */
  save(versions: readonly AgreementVersion[]): Promise<AppError | null>;
}

export function useAgreements(enterpriseId: EnterpriseId | null): AgreementsData {
  const [stored, setStored] = useState<{ readonly id: string; readonly items: readonly StoredAgreement[]; readonly skipped: readonly SkippedRecord[] } | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(async (id: EnterpriseId) => {
    const listed = await (await agreementsOpen()).listByEnterprise(id);
    if (listed.ok) {
      setStored({ id, items: listed.value.items, skipped: listed.value.skipped });
      setError(null);
    } else setError(listed.error);
  }, []);

  useEffect(() => {
    if (enterpriseId) void load(enterpriseId);
  }, [enterpriseId, load]);

  const save = useCallback(
    async (versions: readonly AgreementVersion[]) => {
      if (!enterpriseId) return null;
      const saved = await (await agreementsOpen()).save(enterpriseId, versions);
      if (!saved.ok) return saved.error;
      await load(enterpriseId);
      return null;
    },
    [enterpriseId, load],
  );

  const current = stored && stored.id === enterpriseId ? stored : null;
  return { stored: current?.items ?? null, skipped: current?.skipped ?? [], error, save };
}
