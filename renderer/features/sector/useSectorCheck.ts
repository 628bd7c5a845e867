// The sector agreements held and every member checked against them, for the federation workbench: read
// once when the workbench opens, checked again on each registry read. The coverage card and the registry
// rows both show this one value.
import { useEffect, useMemo, useState } from 'react';
import type { BundleRegistry } from '../../../shared/bundle/registry';
import type { MemberFacts } from '../../../shared/sector/memberCheck';
import { sectorRegistryCheck, type SectorRegistryCheck } from '../../../shared/sector/registryCheck';
import type { SectorAgreement } from '../../../shared/sector/sectorAgreement';
import { isoDateToday } from '../../../shared/dates/isoDate';
import { send } from '../../data/send';

export interface SectorWorkbench {
  /** The signed ones: a draft binds no member, so it neither covers nor checks anyone. */
  readonly agreements: readonly SectorAgreement[];
  /** How many are still being negotiated. */
  readonly drafts: number;
  readonly check: SectorRegistryCheck;
}

export function useSectorCheck(registry: BundleRegistry | null): SectorWorkbench {
  const [agreements, setAgreements] = useState<readonly SectorAgreement[]>([]);
  const [local, setLocal] = useState<readonly MemberFacts[]>([]);

  useEffect(() => {
    let live = true;
    void send('sectorList').then(async (r) => {
      if (!live || !r.ok) return;
      setAgreements(r.value.items);
      // Members whose enterprise is kept on this machine are checked on their own rounds too.
      const codes = [...new Set(r.value.items.filter((a) => a.signedAt !== null).flatMap((a) => a.members.map((m) => m.creditCode)))];
      const rounds = await send('sectorMemberRounds', { creditCodes: codes });
      if (live && rounds.ok) setLocal(rounds.value);
    });
    return () => {
      live = false;
    };
  }, []);

  const signed = useMemo(() => agreements.filter((a) => a.signedAt !== null), [agreements]);
  const check = useMemo(() => sectorRegistryCheck(agreements, registry, local, undefined, isoDateToday()), [agreements, registry, local]);
  return { agreements: signed, drafts: agreements.length - signed.length, check };
}
