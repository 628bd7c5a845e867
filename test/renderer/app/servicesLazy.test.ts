// firstPaint: the data layer waits for the first frame, and a window that never paints (hidden) still
// gets its data after the fallback timer.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  vi.resetModules();
});

describe('firstPaint', () => {
  it('resolves after the first animation frame, and at once ever after', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { firstPaint } = await import('../../../renderer/app/servicesLazy');
    let done = false;
    const first = firstPaint().then(() => (done = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    frames.shift()!(0);
    await first;
    expect(done).toBe(true);
    await firstPaint();
    expect(frames).toHaveLength(0);
  });

  it('does not wait for a frame that never comes (a hidden window)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { firstPaint } = await import('../../../renderer/app/servicesLazy');
    let done = false;
    void firstPaint().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });
});
