// The round's negotiated terms: kind, who, amount rule, due date, the clause they came from, and whether
// they are one-off or build the base. Every kind can be added, edited and deleted here; the round and the
// ledger change together (data facade: termSave, termRemove), and a change can be undone from the notice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundId } from '../../../shared/case/round';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { commitmentSummaries } from '../../../shared/terms/commitment';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { type Term, type TermInput, termIsMonetary } from '../../../shared/terms/term';
import { useAppStore } from '../../app/store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { send } from '../../data/send';
import type { TermChangeUndo } from '../../data/termHandlers';
import { useLocale } from '../../i18n/useLocale';
import { useCalendar } from '../calendar/calendarLoad';
import { TermForm } from './TermForm';
import { termAmountRuleText, termEligibilityText } from './termDescribe';
import type { TermsData } from './termsData';
import { termsErrorText } from './termsErrorText';

interface Props {
  readonly data: TermsData;
  readonly asOf: IsoDate;
  /** The add form is open (the empty screen opens it too). */
  readonly adding: boolean;
  readonly onAdding: (open: boolean) => void;
}

export function TermsList({ data, asOf, adding, onAdding }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const calendar = useCalendar();
  const enterpriseId = useAppStore((s) => s.caseEnterpriseId) as EnterpriseId;
  const roundId = useAppStore((s) => s.caseRoundId) as RoundId;
  const reload = useAppStore((s) => s.caseReload);
  const noticeShow = useAppStore((s) => s.noticeShow);
  const [editing, setEditing] = useState<Term | null>(null);
  const [removing, setRemoving] = useState<Term | null>(null);
  const { terms, roster, ledger } = data;
  const commitments = new Map(commitmentSummaries(terms, asOf).map((c) => [c.termId, c]));
  const agreements = [...new Set(terms.map((x) => x.agreement).filter(Boolean))];

  function undoOf(undo: TermChangeUndo) {
    return async () => {
      const back = await send('termChangeUndo', { undo });
      if (!back.ok) noticeShow({ tone: 'error', text: termsErrorText(back.error) });
      await reload();
    };
  }

  async function save(term: TermInput, replaces: Term | null): Promise<string | null> {
    const saved = await send('termSave', { enterpriseId, roundId, term, replaces: replaces?.id ?? null, calendar });
    if (!saved.ok) return termsErrorText(saved.error);
    onAdding(false);
    setEditing(null);
    await reload();
    const title = String(term.title);
    noticeShow({
      tone: 'info',
      text: saved.value.entitled > 0 ? t('terms.edit.saved', { title, count: saved.value.entitled }) : t('terms.edit.savedNoLedger', { title }),
      undo: undoOf(saved.value.undo),
    });
    return null;
  }

  async function remove(term: Term) {
    setRemoving(null);
    const removed = await send('termRemove', { enterpriseId, roundId, termId: term.id });
    if (!removed.ok) return noticeShow({ tone: 'error', text: termsErrorText(removed.error) });
    await reload();
    noticeShow({ tone: 'info', text: t('terms.edit.removed', { title: term.title }), undo: undoOf(removed.value.undo) });
  }

  if (adding || editing) {
    return (
      <TermForm
        key={editing?.id ?? 'new'}
        initial={editing}
        roster={roster}
        agreements={agreements}
        onSubmit={(term) => save(term, editing)}
        onCancel={() => {
          onAdding(false);
          setEditing(null);
        }}
      />
    );
  }

  const paidEntries = (term: Term) => ledger.entries.filter((e) => e.termId === term.id && e.payments.length > 0).length;
  return (
    <section className="card" aria-labelledby="terms-list-title">
      <div className="card-head">
        <h2 id="terms-list-title">{t('terms.list.title')}</h2>
        <button type="button" onClick={() => onAdding(true)}>{t('terms.addFirst')}</button>
      </div>
      {terms.length === 0 ? <p className="empty">{t('terms.list.none')}</p> : null}
      <div className="table-scroll" hidden={terms.length === 0}>
        <table className="data terms-table">
          <thead>
            <tr>
              <th scope="col">{t('terms.list.term')}</th>
              <th scope="col">{t('terms.list.kind')}</th>
              <th scope="col">{t('terms.list.who')}</th>
              <th scope="col">{t('terms.list.rule')}</th>
              <th scope="col">{t('terms.list.due')}</th>
              <th scope="col">{t('terms.list.basis')}</th>
              <th scope="col">{t('terms.list.source')}</th>
              <th scope="col">{t('terms.edit.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => {
              const c = commitments.get(term.id);
              return (
                <tr key={term.id}>
                  <th scope="row">{term.title}</th>
                  <td className="terms-kind">{t(`terms.kind.${term.kind}`)}</td>
                  <td>{term.eligibility.description || termEligibilityText(term, t)}</td>
                  <td>{termAmountRuleText(term, t, locale)}</td>
                  <td className="nowrap">
                    {term.dueDate}
                    {c ? <div className={c.overdue ? 'terms-bad' : 'muted'}>{t(`terms.commitmentStatus.${c.status}`)}{c.overdue ? t('terms.list.commitmentOverdue') : ''}</div> : null}
                  </td>
                  <td className="nowrap">{termIsMonetary(term) ? t(`terms.basis.${term.basis}`) : t('common.none')}</td>
                  <td>
                    <div>{term.agreement}</div>
                    <div className="muted">{term.clause}</div>
                  </td>
                  <td className="nowrap">
                    <div className="row-actions">
                      <button type="button" aria-label={t('terms.edit.editFor', { title: term.title })} onClick={() => setEditing(term)}>{t('terms.edit.edit')}</button>
                      <button type="button" className="button-danger" aria-label={t('terms.edit.removeFor', { title: term.title })} onClick={() => setRemoving(term)}>{t('terms.edit.remove')}</button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {removing ? (
        <ConfirmDialog
          title={t('terms.edit.removeTitle')}
          body={t('terms.edit.removeBody', { title: removing.title, paid: paidEntries(removing) > 0 ? t('terms.edit.removePaid', { count: paidEntries(removing) }) : '' })}
          confirmLabel={t('terms.edit.remove')}
          danger
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}
