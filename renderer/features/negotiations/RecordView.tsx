// One negotiation record: the next deadline, the timeline with its forms and findings, the item-by-item
// board and the witness checklist. Everything shown is computed from the stored record by the shared
// core (rules engine, deadline table, holiday calendar) for today.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enterprise, Person } from '../../../shared/enterprise/model';
import { isoDateToday } from '../../../shared/dates/isoDate';
import type { ProcedureRecord, ProcedureRecordInput } from '../../../shared/procedure/record';
import type { RuleAdjustment, RulePerson } from '../../../shared/procedure/rules/types';
import type { Result } from '../../../shared/result';
import { agreementKindLabel } from '../../../shared/procedure/deadlineText';
import { procedureEffectiveDate, ruleContextDefault, rulesCheck, witnessChecklist } from '../../../shared/procedure/rules';
import { useLocale } from '../../i18n/useLocale';
import { deadlineItems, deadlineNext } from './deadlines';
import { NextDeadline } from './NextDeadline';
import { PositionBoard } from './PositionBoard';
import { useCalendar } from '../calendar/calendarLoad';
import { timelineEntries } from './timeline';
import { TimelineView } from './TimelineView';
import { WitnessChecklistView } from './WitnessChecklistView';
import { CongressView } from './CongressView';
import './congressMessages';

const tabs = ['timeline', 'congress', 'board', 'witness'] as const;
type Tab = (typeof tabs)[number];

/** The enterprise's people as the rules name them. */
function rulePeople(people: readonly Person[]): RulePerson[] {
  return people.map((p) => ({ id: p.id, name: p.name, side: p.side }));
}

interface RecordViewProps {
  readonly enterprise: Enterprise;
  readonly people: readonly Person[];
  readonly record: ProcedureRecord;
  readonly onSave: (next: ProcedureRecordInput) => Promise<Result<unknown>>;
  /** How the rules read for a round that is not one enterprise's (a sector round's rules data). */
  readonly adjustments?: readonly RuleAdjustment[];
}

export function RecordView({ enterprise, people, record, onSave, adjustments }: RecordViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [tab, setTab] = useState<Tab>('timeline');
  const today = isoDateToday();
  const calendar = useCalendar();
  const computed = useMemo(() => {
    const context = ruleContextDefault(today, { people: rulePeople(people), calendar, ...(adjustments ? { adjustments } : {}) });
    const findings = rulesCheck(record, context);
    const effective = procedureEffectiveDate(record, context);
    const items = deadlineItems(record, context);
    return {
      findings,
      entries: timelineEntries(record, findings, context),
      effective: effective.ok ? effective.value : null,
      deadlines: items,
      next: deadlineNext(items),
      witness: witnessChecklist(record, context),
    };
  }, [record, people, today, calendar, adjustments]);
  const counts = (action: 'block' | 'warn' | 'info') => computed.findings.filter((f) => f.action === action).length;

  return (
    <div className="proc-record">
      <div className="toolbar">
        <h2 className="proc-title">{record.title || t('negotiations.untitled')}</h2>
        <span className="muted">{agreementKindLabel(record.kind, locale)}</span>
      </div>
      <p className="proc-counts" aria-live="polite">
        {t('negotiations.counts', { block: counts('block'), warn: counts('warn'), info: counts('info') })}
      </p>
      <div className="proc-tabs" role="tablist" aria-label={t('negotiations.tabsLabel')}>
        {tabs.map((key) => (
          <button key={key} type="button" role="tab" aria-selected={tab === key} className={tab === key ? 'proc-tab proc-tab-on' : 'proc-tab'} onClick={() => setTab(key)}>
            {t(`negotiations.tabs.${key}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel">
        {tab === 'timeline' ? (
          <>
            <NextDeadline next={computed.next} items={computed.deadlines} today={today} regionCode={record.regionCode} />
            <TimelineView record={record} people={people} entries={computed.entries} effective={computed.effective} onSave={onSave} />
          </>
        ) : null}
        {tab === 'congress' ? <CongressView record={record} enterprise={enterprise} /> : null}
        {tab === 'board' ? <PositionBoard record={record} /> : null}
        {tab === 'witness' ? <WitnessChecklistView record={record} items={computed.witness} today={today} federation={enterprise.witnessFederation} /> : null}
      </div>
    </div>
  );
}
