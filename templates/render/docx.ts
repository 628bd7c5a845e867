// Document model → .docx. Declarative docx objects; Packer turns them into bytes in Node (tests, CLI)
// and into a Blob in the browser, from the same code.
import { AlignmentType, Document as DocxDocument, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { Block, Document } from '../model';
import { type DocxBlock, docxBlocks } from './blocks';
import { bodyFont, draftColor, fontSize, headingFont } from './fonts';
import { docxFormBlocks } from './forms';
import { pageMargin, pageSize, spacing } from './pageSetup';
import { documentStyles, styleId } from './styles';

export const DRAFT_MARK = '草稿 · 未签署';

function blockToDocx(block: Block, next: Block | undefined): DocxBlock[] {
  if (block.kind === 'signatureBlock' || block.kind === 'filingBlock') return docxFormBlocks(block);
  return docxBlocks(block, next?.kind === 'table');
}

function titleParagraphs(doc: Document): Paragraph[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: doc.title, style: styleId.hei, size: fontSize.erhao })],
      alignment: AlignmentType.CENTER,
      spacing: { after: doc.subtitle ? 120 : spacing.titleAfter, line: 240 * 1.2 },
    }),
    ...(doc.subtitle
      ? [new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: fontSize.sanhao })], alignment: AlignmentType.CENTER, spacing: { after: spacing.titleAfter } })]
      : []),
  ];
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

/** 第 X 页 共 Y 页, and the signed text's fingerprint when there is one. */
function pageFooter(fingerprint: string | undefined): Footer {
  const small = { font: bodyFont, size: fontSize.xiaowu } as const;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...small, children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'] })],
      }),
      ...(fingerprint ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...small, text: `文本指纹（SHA-256）：${fingerprint}` })] })] : []),
    ],
  });
}

/** The docx object model of a document (A4, margins and fonts of pageSetup.ts and fonts.ts). */
export function documentToDocx(doc: Document): DocxDocument {
  return new DocxDocument({
    creator: 'WageDesk 协商台',
    title: doc.title,
    description: doc.subtitle ?? doc.title,
    styles: documentStyles,
    sections: [
      {
        properties: {
          page: {
            size: { width: pageSize.width, height: pageSize.height },
            margin: pageMargin,
          },
        },
        ...(doc.meta.draft ? { headers: { default: draftHeader() } } : {}),
        footers: { default: pageFooter(doc.meta.fingerprint) },
        children: [...titleParagraphs(doc), ...doc.blocks.flatMap((b, i) => blockToDocx(b, doc.blocks[i + 1]))],
      },
    ],
  });
}

/** .docx bytes; works in Node and in the browser. */
export function documentDocxBytes(doc: Document): Promise<Uint8Array> {
  return Packer.pack(documentToDocx(doc), 'uint8array');
}

/** .docx as a Blob, for a browser download. */
export function documentDocxBlob(doc: Document): Promise<Blob> {
  return Packer.toBlob(documentToDocx(doc));
}
