// 查看文本: the federation reads the agreement it registers and witnesses, exactly as frozen — the
// version's own document with its fingerprint, QR code and drawn signatures, on the same A4 sheet the
// enterprise printed, and printable from here.
import { useTranslation } from 'react-i18next';
import type { AgreementVersion } from '../../../shared/bundle/agreement';
import { documentForState, versionSigned } from '../../../templates/agreement/flow';
import { useAppStore } from '../../app/store';
import { platform } from '../../platform';
import { PrintSheet } from '../documents/PrintSheet';
import { federationErrorText } from './federationErrorText';

export function AgreementText({ version, onBack }: { readonly version: AgreementVersion; readonly onBack: () => void }) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const shown = documentForState({ kind: 'frozen', latest: version, signed: versionSigned(version) }, { title: version.title, meta: { draft: true }, blocks: [] });

  async function print() {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: federationErrorText(printed.error) });
  }

  return (
    <section className="documents documents-preview" aria-label={version.title}>
      <div className="doc-preview-chrome">
        <div className="toolbar doc-preview-toolbar">
          <button type="button" onClick={onBack}>{t('federation.text.back')}</button>
          <h2 className="doc-preview-title">{t('federation.text.title', { title: version.title, version: version.version })}</h2>
          <span className="spacer" />
          <button type="button" onClick={() => void print()}>{t('federation.text.print')}</button>
        </div>
        {shown.unreadable ? <p className="doc-banner doc-banner-warn" role="alert">{t('federation.text.unreadable')}</p> : null}
      </div>
      {shown.unreadable ? null : <PrintSheet doc={shown.doc} signatures={version.signatures} clauseTools={() => null} />}
    </section>
  );
}
