import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge } from '../../../shared/ipc/contract';
import { resultErr, resultOk } from '../../../shared/result';
import { desktopWitnessVault, witnessVaultOfWindow } from '../../../renderer/platform/witnessVault';

const PUBLIC_KEY = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';

function bridgeAnswering(answers: Record<string, unknown>) {
  const invoke = vi.fn(async (channel: string) => answers[channel]);
  return { bridge: { invoke } as unknown as DesktopBridge, invoke };
}

afterEach(() => {
  delete (window as { wagedesk?: DesktopBridge }).wagedesk;
});

describe('desktopWitnessVault', () => {
  it('asks the main process over the witness channels only', async () => {
    const { bridge, invoke } = bridgeAnswering({
      'witness:protection': resultOk({ available: true }),
      'witness:seal': resultOk({ publicKeyHex: PUBLIC_KEY }),
      'witness:sign': resultOk({ signature: new Uint8Array(64).fill(7) }),
    });
    const vault = desktopWitnessVault(bridge);
    expect(await vault.available()).toBe(true);
    const seed = new Uint8Array(32).fill(1);
    expect(await vault.seal(seed, PUBLIC_KEY)).toEqual(resultOk({ publicKeyHex: PUBLIC_KEY }));
    expect(await vault.sign(PUBLIC_KEY, new Uint8Array([1, 2]))).toEqual(resultOk(new Uint8Array(64).fill(7)));
    expect(invoke.mock.calls.map((call) => call[0])).toEqual(['witness:protection', 'witness:seal', 'witness:sign']);
    expect(invoke).toHaveBeenCalledWith('witness:seal', { seed, publicKeyHex: PUBLIC_KEY });
  });

  it('takes an error answer to the protection question as "not available"', async () => {
    const { bridge } = bridgeAnswering({ 'witness:protection': resultErr('ipc.internal', 'failed') });
    expect(await desktopWitnessVault(bridge).available()).toBe(false);
  });
});

describe('witnessVaultOfWindow', () => {
  it('is there only in the desktop app (where the preload exposes window.wagedesk)', () => {
    expect(witnessVaultOfWindow()).toBeUndefined();
    (window as { wagedesk?: DesktopBridge }).wagedesk = bridgeAnswering({}).bridge;
    expect(witnessVaultOfWindow()).toBeDefined();
  });
});
