// The sector agreement on A4, as the enterprise's agreements print (PrintSheet): a draft mark until it
// is signed; then signing freezes it (the text as printed is stored with it), every page carries the
// fingerprint and its QR code, and the federation can add its electronic witness signature and export
// the agreement as a sector bundle.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementFingerprintShort } from '../../../shared/bundle/agreement';
import type { SectorAgreement } from '../../../shared/sector/sectorAgreement';
import type { WitnessTrust } from '../../../shared/bundle/trust';
import { send } from '../../data/send';
import { sectorDocumentShown } from '../../../templates/sector/sectorFreeze';
import { sectorBundleSave } from './sectorBundleFile';
import { useAppStore } from '../../app/store';
import { Field } from '../../components/Field';
import { platform } from '../../platform';
import { PrintSheet } from '../documents/PrintSheet';
import { sectorErrorText } from './sectorDraft';

interface Props {
  readonly agreement: SectorAgreement;
  readonly today: string;
  readonly onBack: () => void;
  readonly onSign: (signedAt: string) => Promise<void>;
  readonly onWitnessSign: () => Promise<void>;
}

export function SectorPrintView({ agreement, today, onBack, onSign, onWitnessSign }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [signDate, setSignDate] = useState(today);
  const [confirming, setConfirming] = useState(false);
  const { doc, source } = sectorDocumentShown(agreement);
  const [standing, setStanding] = useState<WitnessTrust | null>(null);
  const signatureCount = agreement.signatures.length;

  useEffect(() => {
    if (agreement.fingerprint === null) return;
    let live = true;
    void send('sectorWitnessTrust').then((trust) => live && setStanding(trust.ok ? trust.value[agreement.id] ?? 'none' : null));
    return () => {
      live = false;
    };
  }, [agreement.id, agreement.fingerprint, signatureCount]);

  async function exportBundle() {
    const saved = await sectorBundleSave(agreement);
    if (!saved.ok) noticeShow({ tone: 'error', text: saved.error });
    else if (saved.path !== null) noticeShow({ tone: 'info', text: t('sector.print.exported', { name: saved.path }) });
  }

  async function word() {
    const { documentDocxBytes } = await import('../../../templates/render/docx');
    const saved = await platform().saveFile({
      suggestedName: `${agreement.title}.docx`,
      data: await documentDocxBytes(doc),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extensions: ['docx'],
    });
    if (!saved.ok) noticeShow({ tone: 'error', text: sectorErrorText(saved.error) });
  }

  async function print() {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: sectorErrorText(printed.error) });
  }

  return (
    <section className="documents documents-preview" aria-label={doc.title}>
      <div className="doc-preview-chrome">
        <div className="toolbar doc-preview-toolbar">
          <button type="button" onClick={onBack}>{t('sector.print.back')}</button>
          <h2 className="doc-preview-title">{agreement.title}</h2>
          <span className="spacer" />
          <button type="button" onClick={() => void word()}>{t('sector.print.word')}</button>
          <button type="button" onClick={() => void print()}>{t('sector.print.print')}</button>
        </div>
        {agreement.fingerprint ? (
          <div className="doc-banner" role="status">
            <p>{t('sector.print.signed', { short: agreementFingerprintShort(agreement.fingerprint) })}</p>
            {standing ? <p>{t('sector.standing.label', { standing: t(`sector.standing.${standing}`) })}</p> : null}
            {source === 'regenerated' ? <p>{t('sector.print.regenerated')}</p> : null}
            <div className="toolbar">
              {standing !== 'ours' ? <button type="button" onClick={() => void onWitnessSign()}>{t('sector.print.witnessSign')}</button> : null}
              <button type="button" onClick={() => void exportBundle()}>{t('sector.print.exportBundle')}</button>
            </div>
          </div>
        ) : (
          <div className="sector-row doc-banner">
            <Field label={t('sector.print.signDate')}>{(p) => <input {...p} type="date" value={signDate} onChange={(e) => setSignDate(e.target.value)} />}</Field>
            {confirming ? (
              <>
                <span>{t('sector.print.signConfirm')}</span>
                <button type="button" onClick={() => { setConfirming(false); void onSign(signDate); }}>{t('sector.print.sign')}</button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>{t('sector.print.sign')}</button>
            )}
          </div>
        )}
      </div>
      <PrintSheet doc={doc} signatures={[]} clauseTools={() => null} />
    </section>
  );
}
