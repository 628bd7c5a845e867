// The .docx package (a zip) around a body. Why a zip of our own: of the ~20 parts docx's Packer writes,
// only word/document.xml and docProps/core.xml (title, time) depend on the document's content; styles,
// numbering, settings, fonts, theme, content types, relationships, the header with the 草稿 watermark and
// the footer depend only on whether it is a draft and on its fingerprint. Rebuilding and recompressing
// them on every call was about a fifth of the time. So docx renders an empty document once per such
// key, its parts are compressed once and kept, and each call compresses only its own document.xml and
// core.xml and writes the zip around them. Node and the browser share this code.
// A document with images (drawn signatures, media.ts) also writes its own document relationships (the
// cached ones plus one per image) and stores the images; the cached parts themselves never change.
import { type Document as DocxDocument, Packer } from 'docx';
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';
import { crc32 } from '../../shared/bundle/bytes';
import type { MediaPart } from './media';
import { escapeXml } from './xml';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
const RELS = 'word/_rels/document.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const IMAGE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
const PNG_TYPE = '<Default ContentType="image/png" Extension="png"/>';
/** DEFLATE level of docx's Packer (fflate's default). */
const LEVEL = 6;

interface Entry {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly size: number;
  /** Compressed (DEFLATE), or as it is when `stored`. */
  readonly data: Uint8Array;
  /** Kept uncompressed: PNGs are compressed already. */
  readonly stored?: boolean;
}

interface Skeleton {
  /** In docx's order; the names of document.xml and core.xml where each call's own go. */
  readonly entries: readonly (Entry | typeof DOCUMENT | typeof CORE)[];
  /** document.xml up to <w:body> (namespaces), and from the section properties on (page, header, footer). */
  readonly documentHead: string;
  readonly documentTail: string;
  /** document.xml's relationships and the content types as docx wrote them, for a document with images. */
  readonly rels: string;
  readonly contentTypes: string;
}

const skeletons = new Map<string, Promise<Skeleton>>();
/** Signed documents each have their own fingerprint; a few keys are kept, the oldest dropped. */
const MAX_SKELETONS = 8;

/**
 * The parts of the package that `empty` (a docx Document with no body content) renders to, cached by
 * `key`, which must name everything `empty` depends on.
 */
function skeleton(key: string, empty: () => DocxDocument): Promise<Skeleton> {
  const cached = skeletons.get(key);
  if (cached) return cached;
  if (skeletons.size >= MAX_SKELETONS) skeletons.delete(skeletons.keys().next().value!);
  const made = Packer.pack(empty(), 'uint8array').then(skeletonOf);
  skeletons.set(key, made);
  made.catch(() => skeletons.delete(key));
  return made;
}

function skeletonOf(zip: Uint8Array): Skeleton {
  const files = unzipSync(zip);
  const documentXml = new TextDecoder().decode(files[DOCUMENT]);
  const bodyAt = documentXml.indexOf('<w:body>') + '<w:body>'.length;
  if (!documentXml.startsWith('<w:sectPr', bodyAt)) throw new Error('docx wrote an unexpected empty document.xml');
  const entries = Object.entries(files).map(([name, data]) => (name === DOCUMENT || name === CORE ? name : entryOf(name, data)));
  const text = (name: string) => {
    const data = files[name];
    if (!data) throw new Error(`docx wrote no ${name}`);
    return strFromU8(data);
  };
  return { entries, documentHead: documentXml.slice(0, bodyAt), documentTail: documentXml.slice(bodyAt), rels: text(RELS), contentTypes: text(CONTENT_TYPES) };
}

function entryOf(name: string, data: Uint8Array): Entry {
  return { name: strToU8(name), crc: crc32(data), size: data.byteLength, data: deflateSync(data, { level: LEVEL }) };
}

/** docProps/core.xml as docx writes it, with this document's title and this moment. */
function coreXml(title: string, description: string, creator: string, now: Date): string {
  const time = now.toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator><dc:description>${escapeXml(description)}</dc:description>` +
    `<cp:lastModifiedBy>Un-named</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified></cp:coreProperties>`
  );
}

export interface PackageContent {
  /** Names the skeleton: what `empty` depends on (draft, fingerprint). */
  readonly key: string;
  /** The same document without body content, rendered by docx once per key. */
  readonly empty: () => DocxDocument;
  /** The body of document.xml: paragraphs and tables, without the section properties. */
  readonly body: string;
  /** Images the body draws (media.ts), by relationship id; none for most documents. */
  readonly media?: readonly MediaPart[];
  readonly properties: { readonly title: string; readonly description: string; readonly creator: string };
}

/** The .docx bytes: the cached parts of the key, and this document's document.xml and core.xml. */
export async function docxPackage(content: PackageContent, now = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  const s = await skeleton(content.key, content.empty);
  const { title, description, creator } = content.properties;
  const own = {
    [DOCUMENT]: entryOf(DOCUMENT, strToU8(s.documentHead + content.body + s.documentTail)),
    [CORE]: entryOf(CORE, strToU8(coreXml(title, description, creator, now))),
  };
  const entries = s.entries.map((e) => (typeof e === 'string' ? own[e] : e));
  const media = content.media ?? [];
  return zipOf(media.length === 0 ? entries : withMedia(s, entries, media), now);
}

/** The entries with this document's relationships (and the png type if docx ever leaves it out) and its images. */
function withMedia(s: Skeleton, entries: readonly Entry[], media: readonly MediaPart[]): Entry[] {
  const relations = media.map((m) => `<Relationship Id="${m.rId}" Type="${IMAGE_REL}" Target="${m.target}"/>`).join('');
  const replaced = new Map([[RELS, entryOf(RELS, strToU8(s.rels.replace('</Relationships>', `${relations}</Relationships>`)))]]);
  if (!s.contentTypes.includes('Extension="png"')) replaced.set(CONTENT_TYPES, entryOf(CONTENT_TYPES, strToU8(s.contentTypes.replace('<Default ', `${PNG_TYPE}<Default `))));
  const decoder = new TextDecoder();
  const images = media.map((m): Entry => ({ name: strToU8(`word/${m.target}`), crc: crc32(m.data), size: m.data.byteLength, data: m.data, stored: true }));
  return [...entries.map((e) => replaced.get(decoder.decode(e.name)) ?? e), ...images];
}

/** A zip of already compressed entries (PKWARE APPNOTE 4.3: local headers, central directory, end). */
function zipOf(entries: readonly Entry[], now: Date): Uint8Array<ArrayBuffer> {
  const time = (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1);
  const date = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  const locals = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const central = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(locals + central + 22);
  const view = new DataView(out.buffer);
  // The fields local and central headers share, from "version needed" to the extra field's length.
  const common = (at: number, e: Entry) => {
    view.setUint16(at, 20, true); // version needed: DEFLATE
    view.setUint16(at + 4, e.stored ? 0 : 8, true); // method: stored or DEFLATE (flags at +2 stay 0)
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.name.length, true);
  };
  let at = 0;
  let dir = locals;
  for (const e of entries) {
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    view.setUint32(dir, 0x02014b50, true);
    view.setUint16(dir + 4, 20, true); // version made by
    common(dir + 6, e);
    view.setUint32(dir + 42, at, true); // offset of the local header
    out.set(e.name, dir + 46);
    at += 30 + e.name.length + e.data.length;
    dir += 46 + e.name.length;
  }
  view.setUint32(dir, 0x06054b50, true);
  view.setUint16(dir + 8, entries.length, true);
  view.setUint16(dir + 10, entries.length, true);
  view.setUint32(dir + 12, central, true);
  view.setUint32(dir + 16, locals, true);
  return out;
}
