// The loading note stays out of sight for quick loads and appears for slow ones.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { i18nInit } from '../../../renderer/i18n';
import { LOADING_NOTE_DELAY_MS, LoadingNote } from '../../../renderer/components/LoadingNote';

beforeAll(() => {
  i18nInit('zh-CN');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('LoadingNote', () => {
  it('shows nothing for a quick load and 正在加载… once the load is slow', () => {
    vi.useFakeTimers();
    render(<LoadingNote />);
    expect(screen.queryByRole('status')).toBeNull();
    act(() => vi.advanceTimersByTime(LOADING_NOTE_DELAY_MS - 1));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByRole('status').textContent).toBe('正在加载…');
  });

  it('leaves no timer behind when the load ends first', () => {
    vi.useFakeTimers();
    const { unmount } = render(<LoadingNote />);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
