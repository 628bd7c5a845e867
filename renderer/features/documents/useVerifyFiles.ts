// The files picked on the verify panel: each read in its own worker (platform/fileRead) with its
// progress and its own result, so a big or stuck file holds up none of the others. Removing a file, or
// closing the panel, gives its read up and ends its worker; a read that stalls ends as file.stalled.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/result';
import { fileRead } from '../../platform/fileRead/fileRead';

export type VerifyFileState<O> = { readonly kind: 'reading'; readonly percent?: number } | { readonly kind: 'done'; readonly outcome: O };

export interface VerifyFileRow<O> {
  readonly id: number;
  readonly name: string;
  readonly state: VerifyFileState<O>;
}

let fileSeq = 0;

/** `describe`: the fingerprint read from a file (or why none was) as the result to show for it. */
export function useVerifyFiles<O>(describe: (found: Result<string>) => Promise<O>) {
  const [rows, setRows] = useState<readonly VerifyFileRow<O>[]>([]);
  const reads = useRef(new Map<number, AbortController>());

  // The panel closed: every read still going is given up and its worker ended.
  useEffect(() => {
    const live = reads.current;
    return () => {
      for (const read of live.values()) read.abort();
      live.clear();
    };
  }, []);

  const update = (id: number, state: VerifyFileState<O>) => setRows((all) => all.map((row) => (row.id === id ? { ...row, state } : row)));

  const pick = (files: readonly File[]) => {
    const picked = files.map((file) => ({ file, id: ++fileSeq, read: new AbortController() }));
    setRows((all) => [...all, ...picked.map(({ file, id }): VerifyFileRow<O> => ({ id, name: file.name, state: { kind: 'reading' } }))]);
    for (const { file, id, read } of picked) {
      reads.current.set(id, read);
      void (async () => {
        const outcome = await fileRead({ kind: 'fingerprint', source: file, name: file.name }, (percent) => update(id, { kind: 'reading', percent }), { signal: read.signal });
        if (read.signal.aborted) return;
        reads.current.delete(id);
        const found: Result<string> = outcome.kind === 'fingerprint' ? outcome.read : { ok: false, error: { code: 'file.readFailed', message: 'unexpected outcome' } };
        const shown = await describe(found);
        if (!read.signal.aborted) update(id, { kind: 'done', outcome: shown });
      })();
    }
  };

  const remove = useCallback((id: number) => {
    reads.current.get(id)?.abort();
    reads.current.delete(id);
    setRows((all) => all.filter((row) => row.id !== id));
  }, []);

  return { rows, pick, remove };
}
