// The ballots or the tally sheet on the A4 print view the documents screen uses (PrintSheet), printed with
// the platform's print (window.print in the browser edition, the print dialog on the desktop). While it
// is open, only the sheet prints (congress.css).
import { useTranslation } from 'react-i18next';
import type { Document } from '../../../templates/model';
import { errorText } from '../../app/errorText';
import { useAppStore } from '../../app/store';
import { platform } from '../../platform';
import { PrintSheet } from '../documents/PrintSheet';
import '../documents/documents.css';

export function CongressPrint({ doc, onBack }: { readonly doc: Document; readonly onBack: () => void }) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  async function print() {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: errorText(printed.error) });
  }
  return (
    <div className="congress-print">
      <div className="congress-print-bar no-print">
        <button type="button" className="button-primary" onClick={() => void print()}>{t('negotiations.congress.print.print')}</button>
        <button type="button" onClick={onBack}>{t('negotiations.congress.print.back')}</button>
        <span className="muted">{t('negotiations.congress.print.note')}</span>
      </div>
      <PrintSheet doc={doc} signatures={[]} />
    </div>
  );
}
