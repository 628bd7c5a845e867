// Who signed a bundle, under its file in the import preview (shared/bundle/trust.ts): a first signed
// bundle pins the enterprise's key; one from another key, or unsigned after a signed one, waits for the
// user to accept (the new key is pinned instead) or refuse (the refusal is kept, the bundle not imported).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { witnessKeyFingerprint } from '../../../shared/witness/identity';
import type { BundleImportPlan, ImportTrustInput } from '../../../shared/bundle/importPlan';
import { fingerprintGroups, type TrustedKey } from '../../../shared/bundle/trust';
import type { ImportDecisions } from '../../data/types';

/** A decision on a held bundle: the key (hex; '' unsigned) accepted or refused. */
export interface Decision {
  readonly choice: 'accept' | 'refuse';
  readonly keyHex: string;
}

/** The decisions as the preview plans with them: accepted keys count as the enterprise's. */
export function trustInput(pinned: readonly TrustedKey[], decisions: Readonly<Record<string, Decision>>): ImportTrustInput {
  const accepted = new Map(Object.entries(decisions).filter(([, d]) => d.choice === 'accept').map(([code, d]) => [code, new Set([d.keyHex])]));
  return { pinned, accepted };
}

/** The decisions as the import takes them. */
export function decisionsOf(decisions: Readonly<Record<string, Decision>>): ImportDecisions | undefined {
  const entries = Object.entries(decisions);
  if (entries.length === 0) return undefined;
  const pick = (choice: Decision['choice']) => Object.fromEntries(entries.filter(([, d]) => d.choice === choice).map(([code, d]) => [code, d.keyHex]));
  return { accept: pick('accept'), refuse: pick('refuse') };
}

/** Fingerprints (SHA-256 of the key, what the enterprise reads out by phone) of the keys shown, by key hex. */
function useFingerprints(keys: readonly (string | undefined)[]): Readonly<Record<string, string>> {
  const [prints, setPrints] = useState<Readonly<Record<string, string>>>({});
  const wanted = keys.filter((k): k is string => !!k && /^[0-9a-f]{64}$/.test(k)).join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(wanted.split(',').filter(Boolean).map(async (hex) => [hex, await witnessKeyFingerprint(hex)] as const)).then((pairs) => live && setPrints(Object.fromEntries(pairs)));
    return () => {
      live = false;
    };
  }, [wanted]);
  return prints;
}

interface Props {
  readonly plan: BundleImportPlan;
  readonly decision: Decision | undefined;
  readonly onDecide: (decision: Decision) => void;
}

export function BundleTrustNote({ plan, decision, onDecide }: Props) {
  const { t } = useTranslation();
  const { trust } = plan;
  const held = trust.kind === 'pinNew' || trust.kind === 'refused' ? trust.key.publicKeyHex : trust.kind === 'held' ? trust.key?.publicKeyHex : undefined;
  const pinnedHex = trust.kind === 'held' ? trust.pinned?.publicKeyHex : undefined;
  const prints = useFingerprints([held, pinnedHex]);
  // The whole fingerprint in groups of four, as it is read out (empty for the moment it is being hashed).
  const short = (hex: string | undefined) => (hex ? fingerprintGroups(prints[hex] ?? '') : '');
  const b = (key: string, params: Record<string, unknown> = {}) => t(`federation.trust.bundle.${key}`, params);
  // The key a decision names is the held one's, so a decision taken shows while the plan counts it accepted.
  if (decision) {
    return (
      <div className="federation-trust" data-trust="decided">
        <p className="muted">{b(decision.choice === 'accept' ? 'acceptedNote' : 'refusedNote')}</p>
      </div>
    );
  }
  if (trust.kind === 'pinned') return <p className="muted federation-trust" data-trust="pinned">{b('pinned')}</p>;
  if (trust.kind === 'unsigned') return <p className="muted federation-trust" data-trust="unsigned">{b('unsigned')}</p>;
  if (trust.kind === 'pinNew') return <p className="muted federation-trust" data-trust="pinNew">{b('pinNew', { short: short(trust.key.publicKeyHex) })}</p>;
  if (trust.kind === 'refused') return <p className="field-error federation-trust" data-trust="refused">{b('refusedKey', { short: short(trust.key.publicKeyHex) })}</p>;
  const keyHex = trust.key?.publicKeyHex ?? '';
  const reason = trust.reason === 'unsigned' ? 'heldUnsigned' : trust.reason;
  return (
    <div className="federation-trust federation-trust-held" data-trust="held" role="group" aria-label={b('held')}>
      <p><strong>{b('held')}</strong> {b(reason, { short: short(keyHex), pinned: short(trust.pinned?.publicKeyHex) })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onDecide({ choice: 'refuse', keyHex })}>{b('refuse')}</button>
        <button type="button" onClick={() => onDecide({ choice: 'accept', keyHex })}>{b('accept')}</button>
      </div>
    </div>
  );
}
