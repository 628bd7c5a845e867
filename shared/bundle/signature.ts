// A signature on one agreement version: drawn on screen (an image), signed on paper (wet), or an Ed25519
// signature over the version's fingerprint (shared/witness/identity.ts builds and checks those).
// Drawn and wet signatures prove nothing by themselves: they record who signed, and the fingerprint on
// every printed page ties the paper to the content.
import { z } from 'zod';

export const signatureRoles = ['workers_chief', 'employer_chief', 'witness'] as const;
export type SignatureRole = (typeof signatureRoles)[number];

export const signatureKinds = ['drawn', 'wet', 'ed25519'] as const;
export type SignatureKind = (typeof signatureKinds)[number];

/** At most 1.5 MB of PNG (as base64): a signature pad image is a few tens of kB. */
const pngDataUrl = z
  .string()
  .max(2_000_000)
  .regex(/^data:image\/png;base64,(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'not a PNG data URL');

const signatureCommon = {
  role: z.enum(signatureRoles),
  /** The signer's name as printed under the signature. */
  name: z.string().trim().min(1).max(100),
  /** ISO 8601 instant with an offset. */
  signedAt: z.iso.datetime({ offset: true }),
};

export const signatureDrawnSchema = z.strictObject({ ...signatureCommon, kind: z.literal('drawn'), imagePng: pngDataUrl });
export const signatureWetSchema = z.strictObject({ ...signatureCommon, kind: z.literal('wet') });
export const signatureEd25519Schema = z.strictObject({
  ...signatureCommon,
  kind: z.literal('ed25519'),
  /** The 64-byte Ed25519 signature, standard base64 (88 characters). */
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'not a 64-byte base64 signature'),
  /** The signer's 32-byte Ed25519 public key, lower-case hex. */
  publicKey: z.string().regex(/^[0-9a-f]{64}$/, 'not a 32-byte hex public key'),
});

export const agreementSignatureSchema = z.discriminatedUnion('kind', [signatureDrawnSchema, signatureWetSchema, signatureEd25519Schema]);

export type SignatureDrawn = z.output<typeof signatureDrawnSchema>;
export type SignatureWet = z.output<typeof signatureWetSchema>;
export type SignatureEd25519 = z.output<typeof signatureEd25519Schema>;
export type AgreementSignature = z.output<typeof agreementSignatureSchema>;
