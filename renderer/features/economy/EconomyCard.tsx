// Settings → 工资指导线与经济数据: the guidelines, CPI and average wages in use (shipped and the user's),
// forms to add each, removing the user's entries, importing an economy file and exporting the user's
// figures. Every change is checked as a whole file before it is stored; nothing is saved while invalid.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AverageWage, ConsumerPrices, EconomyData, EconomySource, WageGuideline } from '../../../shared/economy/economy';
import { economyFileFrom, economyFileParse, economyUserFromText } from '../../../shared/economy/economyFile';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { formatDateLong } from '../../../shared/format/date';
import { formatPercent } from '../../../shared/format/ratio';
import { formatYuanPlain } from '../../../shared/format/yuan';
import type { BasisPoints } from '../../../shared/money/rate';
import { regionByCode } from '../../../shared/regions/region';
import { type AppError, type Result } from '../../../shared/result';
import { FilePicker } from '../../components/FilePicker';
import { send } from '../../data/send';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { useLocale } from '../../i18n/useLocale';
import { platform } from '../../platform';
import { AverageAddForm, GuidelineAddForm, PricesAddForm } from './EconomyForms';
import { economyUserSet, useEconomy, useEconomyUser } from './economyLoad';
import { economyMessagesEn, economyMessagesZh } from './messages';
import './economy.css';

featureMessagesRegister('economy', economyMessagesZh, economyMessagesEn);

type Status = { readonly tone: 'ok' | 'error'; readonly text: string } | null;
type T = ReturnType<typeof useTranslation>['t'];
type List = keyof EconomyData;

/** A file or data error in Chinese, naming the field of the file it is about. */
export function economyErrorText(t: T, error: AppError): string {
  const name = error.code.startsWith('economyFile.') ? error.code.slice('economyFile.'.length) : '';
  const key = name in economyMessagesZh.fileErrors ? `economy.fileErrors.${name}` : 'economy.fileErrors.unknown';
  return t(key, { field: '', code: '', from: '', ...error.params });
}

/** '33' → 浙江省 (33). */
export function economyRegionLabel(prefix: string): string {
  const region = regionByCode(prefix.padEnd(6, '0'));
  return region ? `${region.fullName} (${prefix})` : prefix;
}

function SourceCell({ source, verified, user }: { readonly source: EconomySource | undefined; readonly verified: boolean; readonly user: boolean }) {
  const { t } = useTranslation();
  return (
    <td>
      {source ? <span title={source.readAt}>{source.number ? `${source.title} ${source.number}` : source.title}</span> : null}
      <span className={verified ? 'muted' : 'economy-unverified'}>
        {source ? ' · ' : ''}
        {t(verified ? 'economy.verified' : 'economy.unverified')} · {t(user ? 'economy.userEntry' : 'economy.shipped')}
      </span>
    </td>
  );
}

export function EconomyCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = useEconomy();
  const user = useEconomyUser();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const pct = (bp: BasisPoints | null, signed = false) => (bp === null ? t('economy.lineNone') : formatPercent(bp, locale, { signed }));
  const date = (d: IsoDate) => formatDateLong(d, locale);

  /** Checks and stores `next`; true when stored. */
  async function save(next: Result<EconomyData>, okText: (value: EconomyData) => string): Promise<boolean> {
    setStatus(null);
    if (!next.ok) {
      setStatus({ tone: 'error', text: economyErrorText(t, next.error) });
      return false;
    }
    setBusy(true);
    try {
      const stored = await send('economyUserWrite', { data: next.value });
      if (!stored.ok) {
        const storage = stored.error.code.startsWith('storage.');
        setStatus({ tone: 'error', text: storage ? t('economy.saveFailed', { message: stored.error.message }) : economyErrorText(t, stored.error) });
        return false;
      }
      economyUserSet(stored.value);
      setStatus({ tone: 'ok', text: okText(stored.value) });
      return true;
    } catch (error) {
      setStatus({ tone: 'error', text: t('economy.saveFailed', { message: error instanceof Error ? error.message : String(error) }) });
      return false;
    } finally {
      setBusy(false);
    }
  }

  const checked = (next: EconomyData) => economyFileParse(economyFileFrom(next));
  function add<L extends List>(list: L, what: string) {
    return (row: EconomyData[L][number]) =>
      save(checked({ ...user, [list]: [...user[list], row] }), () => t('economy.added', { region: economyRegionLabel(row.region), year: row.year, what: t(what) }));
  }
  function remove(list: List, index: number) {
    void save(checked({ ...user, [list]: user[list].filter((_, i) => i !== index) }), () => t('economy.removed'));
  }
  function removeButton(list: List, row: WageGuideline | ConsumerPrices | AverageWage, what: string) {
    const index = (user[list] as readonly unknown[]).indexOf(row);
    if (index < 0) return null;
    return (
      <button type="button" disabled={busy} aria-label={t('economy.removeRow', { region: economyRegionLabel(row.region), year: row.year, what: t(what) })} onClick={() => remove(list, index)}>
        {t('economy.remove')}
      </button>
    );
  }

  async function importFile(file: File) {
    await save(economyUserFromText(await file.text(), user), (v) =>
      t('economy.imported', { guidelines: v.guidelines.length, prices: v.prices.length, averageWages: v.averageWages.length }),
    );
  }

  async function exportFile() {
    const saved = await platform().saveFile({
      suggestedName: t('economy.fileName'),
      data: new TextEncoder().encode(`${JSON.stringify(economyFileFrom(user), null, 2)}\n`),
      mimeType: 'application/json',
      extensions: ['json'],
    });
    if (!saved.ok) setStatus({ tone: 'error', text: t('economy.saveFailed', { message: saved.error.message }) });
    else if (saved.value.saved) setStatus({ tone: 'ok', text: t('economy.exported', { path: saved.value.path }) });
  }

  const empty = data.guidelines.length + data.prices.length + data.averageWages.length === 0;
  return (
    <section className="card economy" aria-labelledby="economy-title">
      <h2 id="economy-title">{t('economy.title')}</h2>
      <p>{t('economy.intro')}</p>
      {empty ? <p className="muted">{t('economy.none')}</p> : null}
      {data.guidelines.length > 0 ? (
        <div className="table-scroll">
          <table className="data" aria-label={t('economy.guidelinesTitle')}>
            <caption>{t('economy.guidelinesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.colRegion')}</th>
                <th scope="col">{t('economy.colYear')}</th>
                <th scope="col">{t('economy.colLines')}</th>
                <th scope="col">{t('economy.colPeriod')}</th>
                <th scope="col">{t('economy.colSource')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.guidelines.map((g) => (
                <tr key={`${g.region}|${g.year}`}>
                  <th scope="row">{economyRegionLabel(g.region)}</th>
                  <td>{g.year}</td>
                  <td className="num">{t('economy.lines', { baseline: pct(g.baseline), upper: pct(g.upper), lower: pct(g.lower) })}</td>
                  <td>{g.effectiveTo ? t('economy.periodFromTo', { from: date(g.effectiveFrom), to: date(g.effectiveTo) }) : t('economy.periodFrom', { from: date(g.effectiveFrom) })}</td>
                  <SourceCell source={g.source} verified={g.verified} user={user.guidelines.includes(g)} />
                  <td>{removeButton('guidelines', g, 'economy.whatGuideline')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data.prices.length > 0 ? (
        <div className="table-scroll">
          <table className="data" aria-label={t('economy.pricesTitle')}>
            <caption>{t('economy.pricesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.colRegion')}</th>
                <th scope="col">{t('economy.colYear')}</th>
                <th scope="col">{t('economy.colChange')}</th>
                <th scope="col">{t('economy.colSource')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.prices.map((p) => (
                <tr key={`${p.region}|${p.year}`}>
                  <th scope="row">{economyRegionLabel(p.region)}</th>
                  <td>{p.year}</td>
                  <td className="num">{pct(p.change, true)}</td>
                  <SourceCell source={p.source} verified={p.verified} user={user.prices.includes(p)} />
                  <td>{removeButton('prices', p, 'economy.whatPrices')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data.averageWages.length > 0 ? (
        <div className="table-scroll">
          <table className="data" aria-label={t('economy.averageWagesTitle')}>
            <caption>{t('economy.averageWagesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.colRegion')}</th>
                <th scope="col">{t('economy.colYear')}</th>
                <th scope="col">{t('economy.colAnnual')}</th>
                <th scope="col">{t('economy.colSource')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {data.averageWages.map((w) => (
                <tr key={`${w.region}|${w.year}`}>
                  <th scope="row">{economyRegionLabel(w.region)}</th>
                  <td>{w.year}</td>
                  <td className="num">{formatYuanPlain(w.annual, locale)}</td>
                  <SourceCell source={w.source} verified={w.verified} user={user.averageWages.includes(w)} />
                  <td>{removeButton('averageWages', w, 'economy.whatAverage')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {status?.tone === 'error' ? <p className="form-summary" role="alert">{status.text}</p> : null}
      {status?.tone === 'ok' ? <p role="status">{status.text}</p> : null}
      <div className="form-actions">
        <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>{t('economy.import')}</button>
        <button type="button" disabled={busy} onClick={() => void exportFile()}>{t('economy.export')}</button>
        <FilePicker inputRef={fileInput} accept=".json,application/json" label={t('economy.importFile')} onFile={(file) => void importFile(file)} />
      </div>
      <GuidelineAddForm onSave={add('guidelines', 'economy.whatGuideline')} busy={busy} />
      <PricesAddForm onSave={add('prices', 'economy.whatPrices')} busy={busy} />
      <AverageAddForm onSave={add('averageWages', 'economy.whatAverage')} busy={busy} />
    </section>
  );
}
