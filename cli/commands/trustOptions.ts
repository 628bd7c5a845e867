// The trust model on the command line (docs/bundle-format.md, "Trust"): `bundle --sign-key <identity.json>`
// signs the bundle as its enterprise with a key file made by `witness-key`; `verify --trust <keys.json>`
// says, for each agreement and for the bundle's own signature, whether the key is one the file lists.
import type { BundleContents } from '../../shared/bundle/contents';
import { bundleSign } from '../../shared/bundle/enterpriseSignature';
import { registryAgreementCurrent, registryVersionsNormalize } from '../../shared/bundle/registry';
import { trustedKeyId, witnessTrustOf, type TrustedKey } from '../../shared/bundle/trust';
import { witnessIdentityParse, witnessKeyFingerprint } from '../../shared/witness/identity';
import type { Result } from '../../shared/result';
import { resultErr, resultOk } from '../../shared/result';
import { fileBytesRead } from './binaryFiles';

export async function jsonFile(path: string): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await fileBytesRead(path))) as unknown;
}

/** The contents signed with the identity in `path`. Errors: trust.keyFile (params.message). */
export async function contentsSignedWith(contents: BundleContents, path: string): Promise<Result<BundleContents>> {
  try {
    const identity = await witnessIdentityParse(await jsonFile(path));
    if (!identity.ok) return resultErr('trust.keyFile', identity.error.message, { message: identity.error.message });
    return resultOk(await bundleSign(contents, identity.value));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return resultErr('trust.keyFile', message, { message });
  }
}

/**
 * The keys file of `verify --trust`: a JSON array of public keys `{ name, publicKeyHex }` (a `witness-key`
 * output or a bundle's witness file), each optionally with `creditCode` to pin it as that enterprise's.
 * Keys without a credit code count as trusted federations.
 */
export async function trustKeysRead(path: string): Promise<Result<TrustedKey[]>> {
  try {
    const raw = await jsonFile(path);
    if (!Array.isArray(raw)) return resultErr('trust.keyFile', 'not a JSON array of public keys', { message: 'not a JSON array' });
    const keys: TrustedKey[] = [];
    for (const item of raw as { name?: unknown; publicKeyHex?: unknown; creditCode?: unknown }[]) {
      if (typeof item?.publicKeyHex !== 'string' || !/^[0-9a-f]{64}$/.test(item.publicKeyHex)) return resultErr('trust.keyFile', 'an entry has no 64-hex publicKeyHex', { message: 'publicKeyHex' });
      const creditCode = typeof item.creditCode === 'string' ? item.creditCode : null;
      const role = creditCode ? 'enterprise' : 'federation';
      keys.push({
        id: trustedKeyId(role, creditCode, item.publicKeyHex), role, name: typeof item.name === 'string' ? item.name : '?', publicKeyHex: item.publicKeyHex,
        fingerprint: await witnessKeyFingerprint(item.publicKeyHex), creditCode, decision: 'trusted', addedAt: new Date(0).toISOString(), addedHow: 'imported',
      });
    }
    return resultOk(keys);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return resultErr('trust.keyFile', message, { message });
  }
}

export const standingText = {
  ours: '本会见证 witnessed by us',
  trustedFederation: '受信任的总工会见证 witnessed by a trusted federation',
  unknownKey: '未知密钥签名（不算见证） signature by an unknown key (not a witness)',
  invalid: '签名无效 invalid signature',
  none: '无见证签名 no witness signature',
} as const;

/** One line per agreement (its current version's witness standing) and one for the bundle's signer. */
export async function trustLines(contents: BundleContents, keys: readonly TrustedKey[]): Promise<string[]> {
  const lines: string[] = [];
  const code = contents.enterprise.profile.creditCode;
  const signer = contents.signedBy;
  if (!signer) lines.push('企业签名 bundle signature: 无 none');
  else {
    const pinned = keys.some((k) => k.publicKeyHex === signer.publicKeyHex && (k.creditCode === null || k.creditCode === code));
    lines.push(`企业签名 bundle signature: ${pinned ? '受信任的密钥 trusted key' : '未知密钥 unknown key'} ${await witnessKeyFingerprint(signer.publicKeyHex)}`);
  }
  const byId = new Map<string, BundleContents['agreements'][number][]>();
  for (const a of contents.agreements) byId.set(a.agreementId, [...(byId.get(a.agreementId) ?? []), a]);
  for (const [agreementId, versions] of byId) {
    const current = registryAgreementCurrent({ agreementId, enterpriseCreditCode: code, versions: registryVersionsNormalize(versions) });
    lines.push(`  ${agreementId} v${current.version}: ${standingText[await witnessTrustOf(current, { ourKey: null, pinned: keys })]}`);
  }
  return lines;
}
