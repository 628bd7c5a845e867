// The negotiation records of one enterprise, kept in the screen (no other area reads them): loaded when
// the enterprise is chosen, saved through the repository (which validates every record), deleted with undo.
import { useCallback, useEffect, useState } from 'react';
import i18next from 'i18next';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import type { ProcedureRecordInput } from '../../../shared/procedure/record';
import { servicesReady } from '../../app/servicesLazy';
import { errorText } from '../../app/errorText';
import { useAppStore } from '../../app/store';
import { negotiationRepo, type NegotiationRepo, type StoredNegotiation } from '../../db/negotiationRepo';
import type { RepoResult } from '../../db/repoResult';

async function repo(): Promise<NegotiationRepo> {
  return negotiationRepo((await servicesReady()).db);
}

export interface NegotiationsState {
  readonly status: 'loading' | 'ready' | 'error';
  readonly items: readonly StoredNegotiation[];
  /** Stored rows that could not be read (left in the store untouched). */
  readonly skippedCount: number;
  save(id: string | null, record: ProcedureRecordInput): Promise<RepoResult<StoredNegotiation>>;
  remove(id: string): Promise<void>;
}

export function useNegotiations(enterpriseId: string | null): NegotiationsState {
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [status, setStatus] = useState<NegotiationsState['status']>('loading');
  const [items, setItems] = useState<readonly StoredNegotiation[]>([]);
  const [skippedCount, setSkippedCount] = useState(0);

  const load = useCallback(async (id: string) => {
    const listed = await (await repo()).listByEnterprise(id as EnterpriseId);
    if (!listed.ok) {
      setStatus('error');
      noticeShow({ tone: 'error', text: errorText(listed.error) });
      return;
    }
    setItems(listed.value.items);
    setSkippedCount(listed.value.skipped.length);
    setStatus('ready');
  }, [noticeShow]);

  useEffect(() => {
    setStatus('loading');
    setItems([]);
    if (enterpriseId !== null) void load(enterpriseId);
  }, [enterpriseId, load]);

  const save = useCallback(async (id: string | null, record: ProcedureRecordInput) => {
    if (enterpriseId === null) return { ok: false as const, error: { code: 'notFound', message: 'no enterprise chosen' } };
    const saved = await (await repo()).save(enterpriseId as EnterpriseId, id, record);
    if (saved.ok) await load(enterpriseId);
    return saved;
  }, [enterpriseId, load]);

  const remove = useCallback(async (id: string) => {
    if (enterpriseId === null) return;
    const r = await repo();
    const title = items.find((item) => item.id === id)?.record.title ?? '';
    const removed = await r.remove(id);
    if (!removed.ok) {
      noticeShow({ tone: 'error', text: errorText(removed.error) });
      return;
    }
    await load(enterpriseId);
    noticeShow({
      tone: 'info',
      text: i18next.t('negotiations.deleted', { title }),
      undo: async () => {
        const restored = await r.undoRemove(removed.value);
        if (!restored.ok) noticeShow({ tone: 'error', text: errorText(restored.error) });
        await load(enterpriseId);
      },
    });
  }, [enterpriseId, items, load, noticeShow]);

  return { status, items, skippedCount, save, remove };
}
