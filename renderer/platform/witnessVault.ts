// The desktop's OS-protected witness key store, over the one typed IPC contract. The browser edition has
// none: its key stays a non-extractable WebCrypto key in IndexedDB (renderer/db/witnessKeyRepo.ts).
import type { DesktopBridge } from '../../shared/ipc/contract';
import { resultOk } from '../../shared/result';
import type { WitnessOsVault } from '../../shared/witness/osVault';

export function desktopWitnessVault(bridge: DesktopBridge): WitnessOsVault {
  return {
    async available() {
      const protection = await bridge.invoke('witness:protection', {});
      return protection.ok && protection.value.available;
    },
    seal(seed, publicKeyHex) {
      // Structured clone copies the bytes across IPC, so no second copy is made here to zero.
      return bridge.invoke('witness:seal', { seed: seed as Uint8Array<ArrayBuffer>, publicKeyHex });
    },
    async sign(publicKeyHex, message) {
      const signed = await bridge.invoke('witness:sign', { publicKeyHex, message: message as Uint8Array<ArrayBuffer> });
      return signed.ok ? resultOk(new Uint8Array(signed.value.signature)) : signed;
    },
  };
}

/** The desktop app's vault (the preload exposes `window.wagedesk` there only); undefined in the browser. */
export function witnessVaultOfWindow(): WitnessOsVault | undefined {
  const bridge = typeof window === 'undefined' ? undefined : (window as { wagedesk?: DesktopBridge }).wagedesk;
  return bridge ? desktopWitnessVault(bridge) : undefined;
}
