// What a template's agreement is now, and the steps that change it: freeze the text (version 1, or a
// new version that voids the older one's signatures) and add signatures. Pure over the stored versions;
// the screen writes what these return through agreementRepo.save.
import {
  agreementSignatureAdd,
  agreementVersionFirst,
  agreementVersionNew,
  type AgreementContent,
  type AgreementVersion,
} from '../../shared/bundle/agreement';
import type { AgreementSignature, SignatureRole } from '../../shared/bundle/signature';
import { resultErr, resultOk, type Result } from '../../shared/result';
import type { Document } from '../model';
import type { TemplateName } from '../registry';
import { documentWithSignatureImages, signatureImageOf } from '../signatureImage';
import { agreementContentSame, agreementDocument, signableKinds } from './content';
import { partySignatureRole } from './signatureRole';

/** One agreement per template and round; ids allow letters, digits, - and _ only (64 at most). */
export function agreementIdFor(name: TemplateName, roundId: string): string {
  return `${name}-${roundId.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 64);
}

export type AgreementState =
  /** Never finalised: the live text, with the draft mark. */
  | { readonly kind: 'draft' }
  /** The latest version still says what the data says: it is what prints. */
  | { readonly kind: 'frozen'; readonly latest: AgreementVersion; readonly signed: boolean }
  /** The data changed since the latest version: the live text is a draft of the next version. */
  | { readonly kind: 'outdated'; readonly latest: AgreementVersion; readonly signed: boolean };

/** Both chiefs have signed (drawn, on paper or electronically). */
export function versionSigned(version: AgreementVersion): boolean {
  const roles = new Set(version.signatures.map((s) => s.role));
  return roles.has('workers_chief') && roles.has('employer_chief');
}

export function agreementState(versions: readonly AgreementVersion[], content: AgreementContent | null): AgreementState {
  const latest = versions.filter((v) => !v.voided).sort((a, b) => b.version - a.version)[0];
  if (!latest) return { kind: 'draft' };
  const signed = versionSigned(latest);
  return content === null || agreementContentSame(latest.content, content) ? { kind: 'frozen', latest, signed } : { kind: 'outdated', latest, signed };
}

/**
 * The versions to write to freeze `content`: version 1, or the voided latest plus the next one.
 * Errors: agreement.invalid (params.field), agreement.unserializable, agreement.unchanged.
 */
export async function agreementFreeze(
  name: TemplateName,
  owner: { readonly roundId: string; readonly creditCode: string },
  state: AgreementState,
  content: AgreementContent,
): Promise<Result<{ readonly write: readonly AgreementVersion[]; readonly next: AgreementVersion }>> {
  const kind = signableKinds[name];
  if (!kind) return resultErr('agreement.invalid', `${name} is not an agreement`, { field: 'kind' });
  if (state.kind === 'frozen') return resultErr('agreement.unchanged', 'the latest version already has this text', { version: state.latest.version });
  if (state.kind === 'draft') {
    const first = await agreementVersionFirst({ agreementId: agreementIdFor(name, owner.roundId), kind, title: agreementLabel(content), enterpriseCreditCode: owner.creditCode }, content);
    return first.ok ? resultOk({ write: [first.value], next: first.value }) : first;
  }
  const made = await agreementVersionNew(state.latest, content);
  if (!made.ok) return made;
  // The title and credit code follow the new text (the enterprise may have been renamed).
  const next: AgreementVersion = { ...made.value.next, title: agreementLabel(content), enterpriseCreditCode: content.parties.employer.creditCode };
  return resultOk({ write: [made.value.previous, next], next });
}

/**
 * The name a version is listed under (registries, version lists): the document's subtitle (the enterprise and
 * the year) before its title — 某某有限公司2027年度工资专项集体合同 — so one enterprise's agreements and another's differ.
 */
export function agreementLabel(content: AgreementContent): string {
  const subtitle = agreementDocument(content)?.subtitle?.replace(/\u3000/g, '') ?? content.parties.employer.name;
  return `${subtitle}${content.title}`.slice(0, 200);
}

/** `version` with the signatures added, replacing any earlier one of the same role. */
export function agreementSign(version: AgreementVersion, signatures: readonly AgreementSignature[]): Result<AgreementVersion> {
  const roles = new Set<SignatureRole>(signatures.map((s) => s.role));
  let next: AgreementVersion = { ...version, signatures: version.signatures.filter((s) => !roles.has(s.role)) };
  for (const signature of signatures) {
    const added = agreementSignatureAdd(next, signature);
    if (!added.ok) return added;
    next = added.value;
  }
  return resultOk(next);
}

/**
 * What prints for this state: the frozen text with its fingerprint and the version's drawn signatures in
 * its signature blocks (so the .docx carries them; wet ones keep the blank line), or the live text as a draft.
 */
export function documentForState(state: AgreementState, live: Document): { readonly doc: Document; readonly version: AgreementVersion | null; readonly unreadable: boolean } {
  if (state.kind !== 'frozen') return { doc: { ...live, meta: { draft: true } }, version: null, unreadable: false };
  const frozen = agreementDocument(state.latest.content);
  if (!frozen) return { doc: { ...live, meta: { draft: true } }, version: null, unreadable: true };
  const doc: Document = { ...frozen, meta: { draft: false, fingerprint: state.latest.fingerprint } };
  return { doc: documentWithDrawnSignatures(doc, state.latest.signatures), version: state.latest, unreadable: false };
}

/** Each drawn signature as the image of the party that signs in its role (the print view's pairing). */
function documentWithDrawnSignatures(doc: Document, signatures: readonly AgreementSignature[]): Document {
  if (!signatures.some((s) => s.kind === 'drawn')) return doc;
  return documentWithSignatureImages(doc, (party, isWitness) => {
    const role = partySignatureRole(party, isWitness);
    const signature = role ? signatures.find((s) => s.role === role) : undefined;
    return signature?.kind === 'drawn' ? signatureImageOf(signature.imagePng) : null;
  });
}
