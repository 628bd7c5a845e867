// Files picked on the verify panel: each read in its own worker with its own progress and result; a
// file removed, or the panel closed, ends its worker; a read that never answers ends as file.stalled.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/result';
import { fileReadStallMs } from '../../../renderer/platform/fileRead/fileRead';
import { useVerifyFiles } from '../../../renderer/features/documents/useVerifyFiles';
import { SilentWorker } from '../platform/silentWorker';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  SilentWorker.made = [];
});

const describeFound = async (found: Result<string>) => (found.ok ? `found ${found.value}` : `problem ${found.error.code}`);
const file = (name: string) => new File(['x'], name);

function started() {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', SilentWorker);
  return renderHook(() => useVerifyFiles(describeFound));
}

describe('useVerifyFiles', () => {
  it('gives each file its own worker, progress and result', async () => {
    const view = started();
    act(() => view.result.current.pick([file('a.docx'), file('b.json')]));
    const [a, b] = SilentWorker.made;
    expect(a?.jobs).toEqual([expect.objectContaining({ kind: 'fingerprint', name: 'a.docx' })]);
    expect(b?.jobs).toEqual([expect.objectContaining({ kind: 'fingerprint', name: 'b.json' })]);
    act(() => b?.say({ type: 'progress', percent: 37 }));
    await act(async () => b?.say({ type: 'done', outcome: { kind: 'fingerprint', read: { ok: true, value: 'ab'.repeat(32) } } }));
    expect(view.result.current.rows.map((r) => [r.name, r.state])).toEqual([
      ['a.docx', { kind: 'reading' }],
      ['b.json', { kind: 'done', outcome: `found ${'ab'.repeat(32)}` }],
    ]);
    act(() => a?.say({ type: 'progress', percent: 12 }));
    expect(view.result.current.rows[0]?.state).toEqual({ kind: 'reading', percent: 12 });
  });

  it('ends the worker of a file removed from the list, the others still reading', () => {
    const view = started();
    act(() => view.result.current.pick([file('stuck.docx'), file('other.docx')]));
    const id = view.result.current.rows[0]!.id;
    act(() => view.result.current.remove(id));
    expect(view.result.current.rows.map((r) => r.name)).toEqual(['other.docx']);
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true, false]);
  });

  it('ends every worker still reading when the panel closes', () => {
    const view = started();
    act(() => view.result.current.pick([file('a.docx'), file('b.docx')]));
    view.unmount();
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('shows a read that never answers as file.stalled, its worker ended', async () => {
    const view = started();
    act(() => view.result.current.pick([file('stuck.docx')]));
    await act(() => vi.advanceTimersByTimeAsync(fileReadStallMs));
    expect(view.result.current.rows[0]?.state).toEqual({ kind: 'done', outcome: 'problem file.stalled' });
    expect(SilentWorker.made[0]?.terminated).toBe(true);
  });
});
