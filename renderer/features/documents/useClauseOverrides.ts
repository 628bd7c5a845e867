// The enterprise's edited clause wordings, loaded with the documents screen and reloaded after each edit.
import { useCallback, useEffect, useState } from 'react';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { AppError } from '../../../shared/result';
import type { TemplateName } from '../../../templates/registry';
import { servicesReady } from '../../app/servicesLazy';
import type { SkippedRecord } from '../../db/restore';
import { clauseOverridesRead, clauseOverridesWith, clauseOverridesWrite, type EnterpriseOverrides } from './clauseOverrides';

export interface ClauseOverridesData {
  /** null while loading. */
  readonly byTemplate: EnterpriseOverrides | null;
  readonly skipped: readonly SkippedRecord[];
  readonly error: AppError | null;
  /** Sets a clause's wording, or restores the standard text with null; answers the error or null. */
  save(name: TemplateName, clauseId: string, text: string | null): Promise<AppError | null>;
}

export function useClauseOverrides(enterpriseId: EnterpriseId | null): ClauseOverridesData {
  const [loaded, setLoaded] = useState<{ readonly id: string; readonly byTemplate: EnterpriseOverrides; readonly skipped: readonly SkippedRecord[] } | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(async (id: EnterpriseId) => {
    const read = await clauseOverridesRead((await servicesReady()).db, id);
    if (read.ok) {
      setLoaded({ id, ...read.value });
      setError(null);
    } else setError(read.error);
  }, []);

  useEffect(() => {
    if (enterpriseId) void load(enterpriseId);
  }, [enterpriseId, load]);

  const current = loaded && loaded.id === enterpriseId ? loaded : null;
  const save = useCallback(
    async (name: TemplateName, clauseId: string, text: string | null) => {
      if (!enterpriseId || !current) return null;
      const next = clauseOverridesWith(current.byTemplate[name] ?? [], clauseId, text, new Date().toISOString());
      const written = await clauseOverridesWrite((await servicesReady()).db, enterpriseId, name, next);
      if (!written.ok) return written.error;
      await load(enterpriseId);
      return null;
    },
    [enterpriseId, current, load],
  );

  return { byTemplate: current?.byTemplate ?? null, skipped: current?.skipped ?? [], error, save };
}
