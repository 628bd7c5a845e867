// 导入行业合同报送包: a sector agreement someone else froze (another federation, the sector union) read
// and checked off the UI thread, shown for a decision (what it is, its fingerprint, who witness-signed
// it), then taken in through the data facade. A bad file changes nothing and says why.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agreementFingerprintShort } from '../../../shared/bundle/agreement';
import type { SectorBundleOpened } from '../../../shared/bundle/sectorBundle';
import { useAppStore } from '../../app/store';
import { FilePicker } from '../../components/FilePicker';
import { send } from '../../data/send';
import { sectorBundleErrorText, sectorBundleRead } from './sectorBundleFile';

interface Props {
  readonly onImported: () => Promise<void>;
}

export function SectorBundleImport({ onImported }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  const inputRef = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState<{ name: string; percent: number } | null>(null);
  const [opened, setOpened] = useState<SectorBundleOpened | null>(null);

  async function read(file: File) {
    setOpened(null);
    setReading({ name: file.name, percent: 0 });
    const result = await sectorBundleRead(file, (percent) => setReading({ name: file.name, percent }));
    setReading(null);
    if (result.ok) setOpened(result.value);
    else noticeShow({ tone: 'error', text: t('sector.importBundle.failed', { name: file.name, reason: sectorBundleErrorText(result.error) }) });
  }

  async function confirm() {
    if (!opened) return;
    const imported = await send('sectorImport', { agreement: opened.contents.agreement });
    if (!imported.ok) {
      noticeShow({ tone: 'error', text: t('sector.importBundle.failed', { name: opened.contents.agreement.title, reason: sectorBundleErrorText(imported.error) }) });
      return;
    }
    setOpened(null);
    noticeShow({ tone: 'info', text: t(`sector.importBundle.${imported.value.outcome}`, { title: imported.value.agreement.title }) });
    await onImported();
  }

  const a = opened?.contents.agreement;
  return (
    <div className="sector-import">
      <button type="button" onClick={() => inputRef.current?.click()}>{t('sector.importBundle.open')}</button>
      <FilePicker inputRef={inputRef} accept=".wdbundle" label={t('sector.importBundle.pick')} onFile={(file) => void read(file)} />
      {reading ? <p role="status">{t('sector.importBundle.reading', { name: reading.name, percent: reading.percent })}</p> : null}
      {a && a.fingerprint ? (
        <div className="doc-banner" role="group" aria-label={a.title}>
          <p>
            {t('sector.importBundle.preview', {
              title: a.title,
              from: a.term.from,
              to: a.term.to,
              members: a.members.length,
              workers: a.members.reduce((sum, m) => sum + m.headcount, 0),
              signedAt: a.signedAt,
              short: agreementFingerprintShort(a.fingerprint),
            })}
          </p>
          <p>{a.signatures.length > 0 ? t('sector.importBundle.witnesses', { names: a.signatures.map((s) => s.name).join('、') }) : t('sector.importBundle.noWitness')}</p>
          <button type="button" onClick={() => void confirm()}>{t('sector.importBundle.confirm')}</button>
          <button type="button" onClick={() => setOpened(null)}>{t('sector.importBundle.cancel')}</button>
        </div>
      ) : null}
    </div>
  );
}
