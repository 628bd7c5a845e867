// Settings → 节假日日历: which years the calendar holds and where each came from, importing a calendar
// file (validated whole; nothing stored while invalid), exporting the calendar in use, and removing the
// imported years.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarYears } from '../../../shared/calendar/calendar';
import type { AppError } from '../../../shared/result';
import { errorText } from '../../app/errorText';
import { send } from '../../data/send';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { platform } from '../../platform';
import { calendarUserCurrent, calendarUserSet, useCalendar } from './calendarLoad';
import { calendarFileText, calendarUserFromText } from './calendarUser';
import { calendarMessagesEn, calendarMessagesZh } from './messages';
import { FilePicker } from '../../components/FilePicker';

featureMessagesRegister('calendar', calendarMessagesZh, calendarMessagesEn);

type Status = { readonly tone: 'ok' | 'error'; readonly text: string } | null;

export function CalendarCard() {
  const { t } = useTranslation();
  const calendar = useCalendar();
  const user = calendarUserCurrent();
  const fileInput = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const fail = (error: AppError) => setStatus({ tone: 'error', text: errorText(error) });
  const saveFailed = (message: string) => setStatus({ tone: 'error', text: t('calendar.saveFailed', { message }) });

  async function importFile(file: File) {
    setStatus(null);
    setBusy(true);
    try {
      const next = calendarUserFromText(await file.text(), user);
      if (!next.ok) return fail(next.error);
      const written = await send('calendarUserWrite', { calendar: next.value });
      if (!written.ok) return saveFailed(written.error.message);
      calendarUserSet(next.value);
      setStatus({ tone: 'ok', text: t('calendar.imported', { years: Object.keys(next.value.years).sort().join('、') }) });
    } catch (error) {
      saveFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  async function reset() {
    setBusy(true);
    try {
      const written = await send('calendarUserWrite', { calendar: null });
      if (!written.ok) return saveFailed(written.error.message);
      calendarUserSet(null);
      setStatus({ tone: 'ok', text: t('calendar.resetDone') });
    } finally {
      setBusy(false);
    }
  }

  async function exportFile() {
    const saved = await platform().saveFile({
      suggestedName: t('calendar.fileName'),
      data: new TextEncoder().encode(calendarFileText(calendar)),
      mimeType: 'application/json',
      extensions: ['json'],
    });
    if (!saved.ok) fail(saved.error);
    else if (saved.value.saved) setStatus({ tone: 'ok', text: t('calendar.exported', { path: saved.value.path }) });
  }

  return (
    <section className="card" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.title')}</h2>
      <p>{t('calendar.intro')}</p>
      <h3>{t('calendar.yearsTitle')}</h3>
      <ul aria-label={t('calendar.yearsTitle')}>
        {calendarYears(calendar).map((year) => {
          const data = calendar.years[String(year)]!;
          const imported = user !== null && String(year) in user.years;
          return (
            <li key={year}>
              {imported ? t('calendar.yearImported', { year, origin: data.origin ?? user.source.name }) : t('calendar.yearShipped', { year })}
              {data.verified ? null : <span className="muted">{t('calendar.unverified')}</span>}
            </li>
          );
        })}
      </ul>
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => fileInput.current?.click()}>
          {t('calendar.import')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportFile()}>
          {t('calendar.export')}
        </button>
        {user ? (
          <button type="button" disabled={busy} onClick={() => void reset()}>
            {t('calendar.reset')}
          </button>
        ) : null}
        <FilePicker inputRef={fileInput} accept=".json,application/json" label={t('calendar.importFile')} onFile={(file) => void importFile(file)} />
      </div>
      {status?.tone === 'error' ? <p className="form-summary" role="alert">{status.text}</p> : null}
      {status?.tone === 'ok' ? <p role="status">{status.text}</p> : null}
    </section>
  );
}
