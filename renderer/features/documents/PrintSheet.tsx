// The A4 print view: the document model on a sheet of paper on screen, and through @media print the
// same sheet on A4 pages with the margins of docs/templates.md. Page marks that repeat on every page
// (第 X 页 共 Y 页 at the foot; the draft mark, or once final the short
// fingerprint, at the top right; the QR code of the full fingerprint at the bottom right) go in @page margin boxes; their text
// depends on the document, so this component writes that one @page rule itself (CSP allows inline styles).
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementFingerprintShort } from '../../../shared/bundle/agreement';
import type { AgreementSignature } from '../../../shared/bundle/signature';
import type { Block, Document } from '../../../templates/model';
import { BlockView } from './PrintBlocks';
import { pageNumberContent, printText } from './printText';

/** QR code of the full fingerprint as a PNG data URL; 84 px prints at about 22 mm, inside the bottom margin. */
export function useFingerprintQr(fingerprint: string | undefined): string | null {
  const [qr, setQr] = useState<{ readonly fingerprint: string; readonly url: string } | null>(null);
  useEffect(() => {
    if (!fingerprint) return;
    let live = true;
    void import('qrcode')
      .then((m) => m.toDataURL(fingerprint, { margin: 1, width: 84, errorCorrectionLevel: 'M' }))
      .then((url) => {
        if (live) setQr({ fingerprint, url });
      });
    return () => {
      live = false;
    };
  }, [fingerprint]);
  return fingerprint && qr?.fingerprint === fingerprint ? qr.url : null;
}

const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;

/** The sheet's @page rule; `name` makes it a named page, so several documents print in one job each with its own marks. */
export function pageRule(doc: Document, qr: string | null, name?: string): string {
  // 小五 (9 pt) in the body face, as the .docx header and footer.
  const small = `font-size: 9pt; font-family: 'Times New Roman', '宋体', SimSun, 'Noto Serif CJK SC', serif;`;
  const boxes = [`@bottom-center { content: ${pageNumberContent}; ${small} }`];
  if (doc.meta.draft) boxes.push(`@top-right { content: ${cssString(printText.draftMark)}; color: #c00000; font-weight: bold; ${small} }`);
  if (doc.meta.fingerprint) boxes.push(`@top-right { content: ${cssString(`${printText.fingerprintShort}${agreementFingerprintShort(doc.meta.fingerprint)}`)}; ${small} }`);
  if (doc.meta.fingerprint && qr) boxes.push(`@bottom-right { content: url(${cssString(qr)}); vertical-align: middle; }`);
  return `@page${name ? ` ${name}` : ''} { size: A4; margin: 37mm 26mm 35mm 28mm; ${boxes.join(' ')} }`;
}

type ClauseBlock = Extract<Block, { kind: 'clause' }>;

interface Props {
  readonly doc: Document;
  readonly signatures: readonly AgreementSignature[];
  /** Screen-only controls drawn under each clause (ClauseTools.tsx): its marker and wording editor. */
  readonly clauseTools?: (block: ClauseBlock) => ReactNode;
  /** A CSS page name for this sheet when it prints with others (the filing package); absent: the one @page. */
  readonly page?: string;
}

export function PrintSheet({ doc, signatures, clauseTools, page }: Props) {
  const { t } = useTranslation();
  const fingerprint = doc.meta.fingerprint;
  const qr = useFingerprintQr(fingerprint);
  return (
    <div className="doc-sheet-wrap">
      <style>{pageRule(doc, qr, page)}</style>
      <article className={`doc-sheet${doc.meta.draft ? ' doc-draft' : ''}`} lang="zh-CN" aria-label={doc.title} style={page ? { page } : undefined}>
        {doc.meta.draft ? (
          <>
            <div className="doc-watermark" aria-hidden="true">{printText.draftWatermark}</div>
            <div className="doc-draft-mark">{printText.draftMark}</div>
          </>
        ) : null}
        <h1 className="doc-title">{doc.title}</h1>
        {doc.subtitle ? <p className="doc-subtitle">{doc.subtitle}</p> : null}
        {doc.blocks.map((block, i) => (
          <Fragment key={i}>
            <BlockView block={block} signatures={signatures} />
            {block.kind === 'clause' && clauseTools ? clauseTools(block) : null}
          </Fragment>
        ))}
        {fingerprint ? (
          <footer className="doc-fingerprint">
            <p>
              {printText.fingerprint}
              <span className="doc-fingerprint-full">{fingerprint}</span>
            </p>
            <p className="doc-screen-only">
              {printText.fingerprintShort}
              <strong className="doc-fingerprint-short">{agreementFingerprintShort(fingerprint)}</strong>
            </p>
            {qr ? <img className="doc-qr doc-screen-only" src={qr} alt={t('documents.qrAlt', { fingerprint })} /> : null}
          </footer>
        ) : null}
      </article>
    </div>
  );
}
