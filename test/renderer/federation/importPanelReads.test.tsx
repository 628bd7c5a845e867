// The import panel's reads: a file removed from the list, the list cancelled, or the panel closed ends
// that file's worker at once, leaving the other files reading; a read that never answers ends as
// stalled, said in Chinese on its own row.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registryEmpty } from '../../../shared/bundle/registry';
import { i18nInit } from '../../../renderer/i18n';
import { featureMessagesRegister } from '../../../renderer/i18n/featureMessages';
import { federationEn, federationZh } from '../../../renderer/features/federation/messages';
import { ImportPanel } from '../../../renderer/features/federation/ImportPanel';
import { fileReadStallMs } from '../../../renderer/platform/fileRead/fileRead';
import { SilentWorker } from '../platform/silentWorker';
import { referenceContents } from '../../shared/bundle/fixtures';

beforeAll(async () => {
  await i18nInit('zh-CN');
  featureMessagesRegister('federation', federationZh, federationEn);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  SilentWorker.made = [];
});

function panelWithFiles(...names: string[]) {
  vi.useFakeTimers();
  vi.stubGlobal('Worker', SilentWorker);
  const view = render(<ImportPanel registry={registryEmpty()} pinned={[]} onImport={async () => ({ ok: true, value: [] })} />);
  const input = screen.getByLabelText(/报送包/, { selector: 'input' });
  act(() => {
    fireEvent.change(input, { target: { files: names.map((name) => new File(['x'], name)) } });
  });
  return view;
}

describe('ImportPanel reads', () => {
  it('ends the worker of a removed file, the others still reading', () => {
    panelWithFiles('a.wdbundle', 'b.wdbundle');
    expect(SilentWorker.made).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: /a\.wdbundle/ }));
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true, false]);
    expect(screen.queryByText('a.wdbundle')).toBeNull();
  });

  it('keeps 确认导入 off while a file is still being read, so none is left out unsaid', async () => {
    const contents = await referenceContents();
    panelWithFiles('a.wdbundle', 'b.wdbundle');
    const opened = { contents, formatVersion: 1, bundleHash: 'a'.repeat(64), encrypted: false, parts: [] };
    await act(async () => SilentWorker.made[0]?.say({ type: 'done', outcome: { kind: 'bundle', bytes: null, opened: { ok: true, value: opened } } }));
    const confirm = screen.getByRole('button', { name: '确认导入' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    // The second read fails: the readable one can go on its own, as the panel says.
    await act(async () => SilentWorker.made[1]?.say({ type: 'done', outcome: { kind: 'bundle', bytes: null, opened: { ok: false, error: { code: 'bundle.damaged', message: 'damaged' } } } }));
    expect(confirm.disabled).toBe(false);
    expect(screen.getByText(/确认导入只会导入可读取的文件/)).toBeTruthy();
  });

  it('ends every worker when the panel closes', () => {
    const view = panelWithFiles('a.wdbundle', 'b.wdbundle');
    view.unmount();
    expect(SilentWorker.made.map((w) => w.terminated)).toEqual([true, true]);
  });

  it('says a read that never answers stalled, on its own row, its worker ended', async () => {
    panelWithFiles('stuck.wdbundle');
    await act(() => vi.advanceTimersByTimeAsync(fileReadStallMs));
    expect(SilentWorker.made[0]?.terminated).toBe(true);
    expect(screen.getByRole('alert').textContent).toContain('很久没有进展');
  });
});
