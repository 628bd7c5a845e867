// 职工明白卡 on the documents screen: the round's sheets (one per worker, or per group without a roster),
// a search to find a worker, a preview of one sheet, and 打印全部, which renders every sheet into a print
// container (hidden on screen) in chunks, so the screen stays responsive while 500 pages are built,
// then opens the print dialog: one A4 page per sheet.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDateToday } from '../../../shared/dates/isoDate';
import type { HolidayCalendar } from '../../../shared/calendar/calendar';
import type { CaseData } from '../../../templates/caseViewModel';
import { workerSheets } from '../../../templates/workerSheet/workerSheets';
import { earlierRoundOf } from '../../../shared/case/agreedWages';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { usePreviousRound } from '../documents/redlineOffer';
import { useAppStore } from '../../app/store';
import { featureMessagesRegister } from '../../i18n/featureMessages';
import { platform } from '../../platform';
import { workerSheetsEn, workerSheetsZh } from './messages';
import { workerSheetName, workerSheetSearch } from './sheetSearch';
import { WorkerSheetPage } from './WorkerSheetPage';
import './workerSheets.css';

featureMessagesRegister('workerSheets', workerSheetsZh, workerSheetsEn);

/** Sheets rendered per step while preparing to print: small enough that each step is a short task. */
const CHUNK = 25;
/** Matches listed under the search box. */
const LISTED = 12;
/** A4 with margins that leave the sheet room for large figures; no page numbers: each page is one person's. */
const SHEET_PAGE = '@page { size: A4; margin: 14mm 16mm; }';

interface Props {
  readonly enterpriseId: EnterpriseId;
  readonly data: CaseData;
  readonly calendar: HolidayCalendar;
  readonly onBack: () => void;
}

type Printing = { readonly shown: number; readonly startedAt: number; readonly ms: number | null };

export function WorkerSheetsView({ enterpriseId, data, calendar, onBack }: Props) {
  const { t } = useTranslation();
  const noticeShow = useAppStore((s) => s.noticeShow);
  // Last year's wage: the round this one continues, read as the redline reads it.
  const previous = usePreviousRound(enterpriseId, data.round.previousRoundId);
  const previousRound = useMemo(() => (previous.kind === 'loaded' ? earlierRoundOf(previous.data.round) : null), [previous]);
  const set = useMemo(() => workerSheets(data, calendar, isoDateToday(), previousRound), [data, calendar, previousRound]);
  const sheets = set.sheets;
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const [printing, setPrinting] = useState<Printing | null>(null);
  const [target, setTarget] = useState<'one' | 'all'>('one');
  const [printRequests, setPrintRequests] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // New data (an import, an edit elsewhere) makes new sheets: prepare again.
  useEffect(() => setPrinting(null), [sheets]);
  const found = useMemo(() => workerSheetSearch(sheets, query), [sheets, query]);

  async function print(): Promise<void> {
    const printed = await platform().print();
    if (!printed.ok) noticeShow({ tone: 'error', text: t('workerSheets.printFailed', { message: printed.error.message }) });
  }

  // Preparing: one chunk per task, then the print dialog once every page is in the document.
  useEffect(() => {
    if (printing === null || printing.ms !== null) return;
    if (printing.shown < sheets.length) {
      const id = setTimeout(() => setPrinting((p) => (p ? { ...p, shown: Math.min(sheets.length, p.shown + CHUNK) } : p)), 0);
      return () => clearTimeout(id);
    }
    setPrinting({ ...printing, ms: Math.round(performance.now() - printing.startedAt) });
    setPrintRequests((n) => n + 1);
  }, [printing, sheets.length]);
  // The dialog opens after the commit that put the right page(s) under the print target.
  useEffect(() => {
    if (printRequests > 0) void print();
  }, [printRequests]);

  function printAll() {
    setTarget('all');
    if (printing?.ms == null) setPrinting({ shown: Math.min(CHUNK, sheets.length), startedAt: performance.now(), ms: null });
    else setPrintRequests((n) => n + 1);
  }

  function printOne() {
    setTarget('one');
    setPrintRequests((n) => n + 1);
  }
  const current = sheets[Math.min(at, sheets.length - 1)];
  const ready = printing?.ms != null;
  const allTarget = ready && target === 'all';

  return (
    <div className="ws-view">
      <style>{SHEET_PAGE}</style>
      <div className="toolbar ws-toolbar">
        <button type="button" onClick={onBack}>{t('workerSheets.back')}</button>
        <h2 ref={heading} tabIndex={-1}>{t('workerSheets.title')}</h2>
        <span className="spacer" />
        <span>{t('workerSheets.count', { count: sheets.length })}</span>
        <button type="button" disabled={!current} onClick={printOne}>{t('workerSheets.printOne')}</button>
        <button type="button" className="button-primary" disabled={sheets.length === 0 || previous.kind === 'loading' || (printing !== null && !ready)} onClick={printAll}>
          {t('workerSheets.printAll', { count: sheets.length })}
        </button>
      </div>
      <div className="ws-notes">
        <p>{t('workerSheets.intro')}</p>
        {set.perGroup ? <p className="doc-banner doc-banner-warn">{t('workerSheets.perGroup')}</p> : null}
        {set.leftOut > 0 ? <p className="muted">{t('workerSheets.leftOut', { count: set.leftOut })}</p> : null}
        {set.wageMissing ? <p className="doc-banner doc-banner-warn">{t('workerSheets.wageMissing')}</p> : null}
        <p role="status" className="ws-status" data-prepare-ms={printing?.ms ?? undefined}>
          {printing === null ? '' : ready ? t('workerSheets.ready', { count: sheets.length }) : t('workerSheets.preparing', { shown: printing.shown, count: sheets.length })}
        </p>
      </div>
      {sheets.length === 0 ? <p className="empty">{t('workerSheets.empty')}</p> : (
        <div className="ws-body">
          <div className="ws-finder">
            <label htmlFor="ws-search">{t('workerSheets.search')}</label>
            <input id="ws-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
            <p className="muted" aria-live="polite">
              {found.length === 0 ? t('workerSheets.none') : found.length > LISTED ? t('workerSheets.foundMore', { count: found.length, shown: LISTED }) : t('workerSheets.found', { count: found.length })}
            </p>
            <ul className="ws-found">
              {found.slice(0, LISTED).map((i) => (
                <li key={sheets[i]!.key}>
                  <button type="button" aria-pressed={i === at} aria-label={t('workerSheets.pick', { name: workerSheetName(sheets[i]!) })} onClick={() => setAt(i)}>
                    {workerSheetName(sheets[i]!)}
                    {sheets[i]!.who.kind === 'worker' ? <span className="muted">{` ${sheets[i]!.who.number ?? ''} ${sheets[i]!.who.group}`}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          </div>
          {current ? (
            <div className={allTarget ? 'ws-preview' : 'ws-preview ws-print-target'}>
              <div className="ws-pager">
                <button type="button" disabled={at === 0} onClick={() => setAt(at - 1)}>{t('workerSheets.prev')}</button>
                <span>{t('workerSheets.previewOf', { n: at + 1, count: sheets.length })}</span>
                <button type="button" disabled={at >= sheets.length - 1} onClick={() => setAt(at + 1)}>{t('workerSheets.next')}</button>
              </div>
              <WorkerSheetPage sheet={current} label={t('workerSheets.sheetLabel', { name: workerSheetName(current) })} />
            </div>
          ) : null}
        </div>
      )}
      {printing !== null ? (
        <div className={allTarget ? 'ws-print-all ws-print-target' : 'ws-print-all'} aria-hidden="true">
          {sheets.slice(0, printing.shown).map((s) => <WorkerSheetPage key={s.key} sheet={s} label={workerSheetName(s)} />)}
        </div>
      ) : null}
    </div>
  );
}
