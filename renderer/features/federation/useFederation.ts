// The workbench's data, local to its screen: the registry and the witness identity, loaded from the
// database when the screen opens and replaced after each import or signature.
import { useCallback, useEffect, useState } from 'react';
import type { BundleContents } from '../../../shared/bundle/contents';
import type { BundleImportPlan } from '../../../shared/bundle/importPlan';
import type { BundleRegistry } from '../../../shared/bundle/registry';
import type { AppError, Result } from '../../../shared/result';
import { send } from '../../data/send';
import type { TrustedKey } from '../../../shared/bundle/trust';
import type { FederationKeyInput, ImportDecisions, RepoResult, SkippedRecord, WitnessKeyInfo } from '../../data/types';
import type { RegistryTrust } from './registryOverview';

export interface FederationData {
  readonly status: 'loading' | 'ready' | 'error';
  readonly registry: BundleRegistry | null;
  readonly skipped: readonly SkippedRecord[];
  /** The witness key's public fields; the secret stays in the data layer, which signs. */
  readonly identity: WitnessKeyInfo | null;
  readonly loadError: AppError | null;
  /** Each agreement's witness standing, every signature verified again on this read. */
  readonly trust: RegistryTrust;
  /** Pinned keys: trusted federations and enterprises' signing keys. */
  readonly pinned: readonly TrustedKey[];
  importApply(bundles: readonly BundleContents[], decisions?: ImportDecisions): Promise<Result<readonly BundleImportPlan[]>>;
  federationTrust(input: FederationKeyInput): Promise<RepoResult<TrustedKey>>;
  /** Removes a pinned key; the result's undo puts it back. */
  keyRemove(id: string): Promise<RepoResult<{ readonly key: TrustedKey; readonly undo: () => Promise<void> }>>;
  witnessSign(agreementId: string): Promise<Result<BundleRegistry>>;
  identityCreate(name: string, passphrase: string): Promise<RepoResult<WitnessKeyInfo>>;
  identityImport(file: unknown, passphrase: string): Promise<RepoResult<WitnessKeyInfo>>;
}

export function useFederation(): FederationData {
  const [status, setStatus] = useState<FederationData['status']>('loading');
  const [registry, setRegistry] = useState<BundleRegistry | null>(null);
  const [skipped, setSkipped] = useState<readonly SkippedRecord[]>([]);
  const [identity, setIdentity] = useState<WitnessKeyInfo | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const [trust, setTrust] = useState<RegistryTrust>({});
  const [pinned, setPinned] = useState<readonly TrustedKey[]>([]);

  const reload = useCallback(async () => {
    const [loaded, key] = await Promise.all([send('registryRead'), send('witnessIdentityRead')]);
    if (!loaded.ok) {
      setLoadError(loaded.error);
      setStatus('error');
      return;
    }
    setRegistry(loaded.value.registry);
    setSkipped(loaded.value.skipped);
    setTrust(loaded.value.trust);
    setPinned(loaded.value.pinned);
    setIdentity(key.ok ? key.value : null);
    setLoadError(key.ok ? null : key.error);
    setStatus('ready');
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const importApply = useCallback(
    async (bundles: readonly BundleContents[], decisions?: ImportDecisions) => {
      const done = await send('registryImportApply', decisions ? { bundles, decisions } : { bundles });
      if (done.ok) await reload();
      return done;
    },
    [reload],
  );

  const witnessSign = useCallback(
    async (agreementId: string): Promise<Result<BundleRegistry>> => {
      if (!identity) return { ok: false, error: { code: 'witness.missing', message: 'no witness key' } };
      const signed = await send('registryWitnessSign', { agreementId });
      // Read again, so the new signature is verified and its standing shown like every other.
      if (signed.ok) await reload();
      return signed;
    },
    [identity, reload],
  );

  const federationTrust = useCallback(
    async (input: FederationKeyInput) => {
      const added = await send('trustedFederationAdd', input);
      if (added.ok) await reload();
      return added;
    },
    [reload],
  );

  const keyRemove = useCallback(
    async (id: string) => {
      const removed = await send('trustedKeyRemove', { id });
      if (!removed.ok) return removed;
      await reload();
      const undo = async () => {
        await send('trustedKeyPutBack', { key: removed.value });
        await reload();
      };
      return { ok: true as const, value: { key: removed.value, undo } };
    },
    [reload],
  );

  const identityCreate = useCallback(async (name: string, passphrase: string) => {
    const made = await send('witnessIdentityCreate', { name, passphrase });
    if (made.ok) setIdentity(made.value);
    return made;
  }, []);

  const identityImport = useCallback(async (file: unknown, passphrase: string) => {
    const taken = await send('witnessKeyImport', { file, passphrase });
    if (taken.ok) setIdentity(taken.value);
    return taken;
  }, []);

  return { status, registry, skipped, identity, loadError, trust, pinned, importApply, federationTrust, keyRemove, witnessSign, identityCreate, identityImport };
}
