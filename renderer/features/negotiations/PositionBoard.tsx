// 议题进展: each topic across the meetings, the workers' ask against the employer's offer, coloured by
// where it stands (open / agreed / withdrawn).
import { useTranslation } from 'react-i18next';
import type { ProcedureRecord } from '../../../shared/procedure/record';
import { positionBoard } from './positionBoard';

export function PositionBoard({ record }: { readonly record: ProcedureRecord }) {
  const { t } = useTranslation();
  const rows = positionBoard(record.meetings);
  if (rows.length === 0) return <p className="empty">{t('negotiations.board.empty')}</p>;
  return (
    <section className="card" aria-labelledby="board-title">
      <h2 id="board-title">{t('negotiations.board.title')}</h2>
      <p className="board-legend">
        {(['open', 'agreed', 'withdrawn'] as const).map((s) => (
          <span key={s} className={`board-pill board-${s}`}>{t(`negotiations.itemStatus.${s}`)}</span>
        ))}
      </p>
      <div className="table-scroll">
        <table className="board">
          <thead>
            <tr>
              <th scope="col">{t('negotiations.board.topic')}</th>
              {record.meetings.map((m, i) => (
                <th key={i} scope="col">
                  {t('negotiations.board.meeting', { n: i + 1, date: m.date })}
                  <span className="board-chair">{t('negotiations.board.chair', { side: t(`negotiations.side.${m.chair}`) })}</span>
                </th>
              ))}
              <th scope="col">{t('negotiations.board.latest')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.topic}>
                <th scope="row">{row.topic}</th>
                {row.cells.map((cell, i) => (
                  <td key={i} className={cell ? `board-cell board-${cell.status}` : 'board-cell board-none'}>
                    {cell ? (
                      <>
                        <p><span className="board-label">{t('negotiations.board.workersAsk')}</span>{cell.workersAsk || '—'}</p>
                        <p><span className="board-label">{t('negotiations.board.employerOffer')}</span>{cell.employerOffer || '—'}</p>
                        <p className="board-status">{t(`negotiations.itemStatus.${cell.status}`)}</p>
                      </>
                    ) : t('negotiations.board.notDiscussed')}
                  </td>
                ))}
                <td className={`board-cell board-${row.latest}`}><p className="board-status">{t(`negotiations.itemStatus.${row.latest}`)}</p></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
