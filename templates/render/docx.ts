// Document model → .docx, in Node (tests, CLI) and in the browser from the same code. The body of
// document.xml is written from the model (blocks.ts, forms.ts; xml.ts says why not with docx's objects);
// the rest of the package — styles, the header with the draft watermark, the footer, page setup — is
// declared with docx here and rendered once per kind of document (package.ts).
import { AlignmentType, Document as DocxDocument, Footer, Header, ImageRun, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { Block, Document, Run } from '../model';
import { docxBlocks, docxRun, type RunOptions, type RunWriter } from './blocks';
import { bodyFont, draftColor, fontSize, headingFont } from './fonts';
import { docxFormBlocks } from './forms';
import { MediaCollector } from './media';
import { DOCX_MIME, docxPackage } from './package';
import { pageMargin, pageSize, spacing } from './pageSetup';
import { documentStyles } from './styles';
import { qrPng } from './qrPng';
import { paragraph, xmlCharsClean } from './xml';

export const DRAFT_MARK = '草稿 · 未签署';
const CREATOR = 'WageDesk 协商台';

/** One block as the plain document writes it (the redline writes unchanged blocks through here too). */
export function blockXml(block: Block, next: Block | undefined, media: MediaCollector): string {
  if (block.kind === 'signatureBlock' || block.kind === 'filingBlock') return docxFormBlocks(block, media);
  return docxBlocks(block, next?.kind === 'table');
}

/** The title in 黑体 二号 and the subtitle in 三号; the redline passes its pieces and its run writer. */
export function titleParagraphs(title: readonly Run[], subtitle: readonly Run[] | null, write: RunWriter = docxRun): string {
  const runs = (rs: readonly Run[], options: RunOptions) => rs.map((r) => write(r, options)).join('');
  return (
    paragraph({ spacing: { after: subtitle ? 120 : spacing.titleAfter, line: 240 * 1.2 }, align: 'center' }, runs(title, { heading: true, size: fontSize.erhao })) +
    (subtitle ? paragraph({ spacing: { after: spacing.titleAfter }, align: 'center' }, runs(subtitle, { size: fontSize.sanhao })) : '')
  );
}

/** Every page: the draft mark at the top right and a diagonal 草稿 watermark, until signed. */
function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: DRAFT_MARK, font: headingFont, size: fontSize.xiaowu, bold: true, color: draftColor }), new TextWatermark({ text: '草稿', font: '黑体', color: 'D9D9D9', opacity: 0.5 })],
      }),
    ],
  });
}

/** The fingerprint's QR code, about 13 mm a side, in the footer beside the fingerprint (inside the 35 mm bottom margin). */
const QR_PX = 48;

/**
 * 第 X 页 共 Y 页, and the signed text's fingerprint with its QR code when there is one. docx escapes
 * & < > but keeps U+FFFE and lone surrogates, so its text is cleaned as the body's is (xml.ts).
 */
function pageFooter(given: string | undefined): Footer {
  const fingerprint = given === undefined ? undefined : xmlCharsClean(given);
  const small = { font: bodyFont, size: fontSize.xiaowu } as const;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...small, children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
      }),
      ...(fingerprint
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              // The body's exact line height would clip the image to one line of text.
              spacing: { line: 240, lineRule: LineRuleType.AUTO },
              children: [
                new ImageRun({ type: 'png', data: qrPng(fingerprint), transformation: { width: QR_PX, height: QR_PX }, altText: { name: 'QR', title: '文本指纹二维码', description: fingerprint } }),
                new TextRun({ ...small, text: ` 文本指纹（SHA-256）：${fingerprint}` }),
              ],
            }),
          ]
        : []),
    ],
  });
}

/** The package without body content: A4 with the margins of pageSetup.ts, the styles, header and footer. */
function emptyDocument(meta: Document['meta']): DocxDocument {
  return new DocxDocument({
    creator: CREATOR,
    styles: documentStyles,
    sections: [
      {
        properties: { page: { size: { width: pageSize.width, height: pageSize.height }, margin: pageMargin } },
        ...(meta.draft ? { headers: { default: draftHeader() } } : {}),
        footers: { default: pageFooter(meta.fingerprint) },
        children: [],
      },
    ],
  });
}

/** .docx bytes, with the drawn signatures the model carries as images; works in Node and in the browser. */
export function documentDocxBytes(doc: Document): Promise<Uint8Array<ArrayBuffer>> {
  const media = new MediaCollector();
  const title = titleParagraphs([{ text: doc.title }], doc.subtitle ? [{ text: doc.subtitle }] : null);
  const body = title + doc.blocks.map((b, i) => blockXml(b, doc.blocks[i + 1], media)).join('');
  return documentBodyDocxBytes(doc.meta, body, media, { title: doc.title, description: doc.subtitle ?? doc.title });
}

/** The package (page setup, styles, header and footer of `meta`) around a body already written. */
export function documentBodyDocxBytes(meta: Document['meta'], body: string, media: MediaCollector, properties: { readonly title: string; readonly description: string }): Promise<Uint8Array<ArrayBuffer>> {
  return docxPackage({
    key: `${meta.draft ? 'draft' : 'final'}:${meta.fingerprint ?? ''}`,
    empty: () => emptyDocument(meta),
    body,
    media: media.parts,
    properties: { ...properties, creator: CREATOR },
  });
}

/** .docx as a Blob, for a browser download. */
export async function documentDocxBlob(doc: Document): Promise<Blob> {
  return new Blob([await documentDocxBytes(doc)], { type: DOCX_MIME });
}
