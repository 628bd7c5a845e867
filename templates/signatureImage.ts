// Drawn signatures (PNG data URLs, shared/bundle/signature.ts) as the document model's SignatureImage,
// and a document with them put in its signature blocks. No DOM and no Buffer (base64 through
// shared/bundle/bytes.ts), so Node (CLI, tests) and the browser share it. Only the first bytes are decoded here, for the size: the whole image
// is decoded when a .docx is written (render/media.ts), not each time a screen shows the document.
import { bytesFromBase64 } from '../shared/bundle/bytes';
import type { Block, Document, SignatureImage, SignatureParty } from './model';

const DATA_URL_PREFIX = 'data:image/png;base64,';

/** Standard base64, its padding optional (the first characters of a data URL are decoded alone); null when it is not base64. */
export function base64Bytes(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  return bytesFromBase64(text.length % 4 === 0 ? text : text + '='.repeat(4 - (text.length % 4)));
}

/** The 8-byte PNG signature, then the IHDR chunk (length 13) with width and height, big-endian. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

/** Width and height of a PNG from its IHDR chunk; null when the bytes do not start as a PNG does. */
export function pngSize(bytes: Uint8Array): { readonly widthPx: number; readonly heightPx: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const widthPx = view.getUint32(16);
  const heightPx = view.getUint32(20);
  return widthPx > 0 && heightPx > 0 ? { widthPx, heightPx } : null;
}

/** A PNG data URL as a SignatureImage (the base64 kept as it is); null when it is not a readable PNG. */
export function signatureImageOf(dataUrl: string): SignatureImage | null {
  if (!dataUrl.startsWith(DATA_URL_PREFIX)) return null;
  const png = dataUrl.slice(DATA_URL_PREFIX.length);
  // 32 characters are 24 bytes: the signature and IHDR's width and height.
  const head = base64Bytes(png.slice(0, 32));
  const size = head && pngSize(head);
  return size ? { png, ...size } : null;
}

/** The PNG's bytes, decoding base64 when the image holds it so; null when it does not decode. */
export function signatureImageBytes(image: SignatureImage): Uint8Array | null {
  return typeof image.png === 'string' ? base64Bytes(image.png) : image.png;
}

/**
 * `doc` with each signature block's parties given the image `imageOf` answers for them (the chiefs by
 * their place in the block, the witness separately); parties without one are left as they are, and a
 * document without any is returned unchanged.
 */
export function documentWithSignatureImages(doc: Document, imageOf: (party: SignatureParty, isWitness: boolean) => SignatureImage | null | undefined): Document {
  let changed = false;
  const withImage = (party: SignatureParty, isWitness: boolean): SignatureParty => {
    const image = imageOf(party, isWitness);
    if (!image) return party;
    changed = true;
    return { ...party, signatureImage: image };
  };
  const blocks = doc.blocks.map((b): Block => {
    if (b.kind !== 'signatureBlock') return b;
    return { ...b, parties: b.parties.map((p) => withImage(p, false)), ...(b.witness ? { witness: withImage(b.witness, true) } : {}) };
  });
  return changed ? { ...doc, blocks } : doc;
}
