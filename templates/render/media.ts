// Images in the body of document.xml: drawn signatures. Each image is a part word/media/sigN.png with an
// image relationship from document.xml (package.ts adds both), and an inline drawing in a run that names
// the relationship. A document without images collects none, and its package is the cached one.
import type { SignatureImage } from '../model';
import { signatureImageBytes } from '../signatureImage';
import { escapeXml } from './xml';

/** One image part of the package. */
export interface MediaPart {
  /** Under word/: media/sig1.png. */
  readonly target: string;
  /** Its relationship id from document.xml; a prefix docx's own rId1… never take. */
  readonly rId: string;
  readonly data: Uint8Array;
}

/** The images one document's body uses, in order; each `add` answers the run that draws it. */
export class MediaCollector {
  readonly parts: MediaPart[] = [];

  /**
   * An inline drawing of `image` fitted in `maxWidthMm` × `maxHeightMm`, aspect kept; '' when the image's
   * bytes do not decode (the caller then draws the blank line).
   */
  add(image: SignatureImage, maxWidthMm: number, maxHeightMm: number, description: string): string {
    const data = signatureImageBytes(image);
    if (!data) return '';
    const n = this.parts.length + 1;
    const part: MediaPart = { target: `media/sig${n}.png`, rId: `rIdSig${n}`, data };
    this.parts.push(part);
    const scale = Math.min((maxWidthMm * EMU_PER_MM) / image.widthPx, (maxHeightMm * EMU_PER_MM) / image.heightPx);
    return inlineImageRun(part, Math.round(image.widthPx * scale), Math.round(image.heightPx * scale), DOC_PR_BASE + n, description);
  }
}

const EMU_PER_MM = 36_000;
/** Drawing ids (wp:docPr) must be unique in the document; the header's watermark is VML and has none. */
const DOC_PR_BASE = 9000;

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

/** w:drawing with wp:inline, as Word writes a picture in line with text (wp and r are declared on the root). */
function inlineImageRun(part: MediaPart, cx: number, cy: number, id: number, description: string): string {
  const name = part.target.slice('media/'.length);
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="${name}" descr="${escapeXml(description)}"/>` +
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}">` +
    `<pic:nvPicPr><pic:cNvPr id="${id}" name="${name}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${part.rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></pic:spPr>` +
    `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}
