// One 职工明白卡 as an A4 page: who it is for, the monthly base wage in large figures (last agreement,
// this one, the change), the terms with their amounts in figures and capitals and their due dates, and
// the plain sentences. Memoised: printing 500 sheets renders each page once, in chunks.
import { memo } from 'react';
import { fenToCapitals } from '../../../shared/money/capitals';
import type { IsoDate } from '../../../shared/dates/isoDate';
import { type Fen, fen } from '../../../shared/money/fen';
import { dateText, yuanText } from '../../../templates/text';
import type { WorkerSheet, WorkerSheetItem } from '../../../templates/workerSheet/sheetModel';
import { workerSheetText as text } from '../../../templates/workerSheet/sheetText';

const signed = (change: Fen) => (change > 0 ? `+${yuanText(change)}` : change < 0 ? `−${yuanText(fen(-change))}` : yuanText(change));
const spanText = (from: IsoDate, to: IsoDate | null) => (to === null ? `${dateText(from)}起` : `${dateText(from)}至${dateText(to)}`);

function Who({ sheet }: { readonly sheet: WorkerSheet }) {
  const who = sheet.who;
  if (who.kind === 'group') return <p className="ws-who ws-who-group">{text.groupTitle(who.group)}</p>;
  return (
    <dl className="ws-who">
      <div><dt>{text.name}</dt><dd className="ws-name">{who.name}</dd></div>
      {who.number ? <div><dt>{text.number}</dt><dd>{who.number}</dd></div> : null}
      <div><dt>{text.group}</dt><dd>{who.group || text.noGroup}</dd></div>
      <div><dt>{text.idNumber}</dt><dd className="ws-id">{who.idNumberMasked}</dd></div>
      {who.phoneMasked ? <div><dt>{text.phone}</dt><dd>{who.phoneMasked}</dd></div> : null}
    </dl>
  );
}

function Wages({ sheet }: { readonly sheet: WorkerSheet }) {
  if (sheet.wages.length === 0) return null;
  const previous = sheet.previous;
  return (
    <table className="ws-wages">
      <caption>{text.wageTitle}</caption>
      <thead>
        <tr><th scope="col">{text.previous}</th><th scope="col">{text.current}</th><th scope="col">{text.change}</th></tr>
      </thead>
      <tbody>
        {sheet.wages.map((w, i) => (
          <tr key={i}>
            <td>
              {previous ? <><span className="ws-figure ws-figure-old">{yuanText(previous.monthlyFen)}</span><span className="ws-when">{`${previous.period}（${spanText(previous.from, previous.to)}）`}</span></> : <span className="ws-when">{text.noPrevious}</span>}
            </td>
            <td>
              <span className="ws-figure">{yuanText(w.monthlyFen)}</span>
              <span className="ws-capitals">{fenToCapitals(w.monthlyFen)}</span>
              <span className="ws-when">{`${w.period}（${spanText(w.from, w.to)}）`}</span>
            </td>
            <td><span className="ws-figure">{w.changeFen === null ? '—' : signed(w.changeFen)}</span></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ItemRow({ item, notes }: { readonly item: WorkerSheetItem; readonly notes: boolean }) {
  return (
    <tr>
      <th scope="row">{item.title}<span className="ws-kind">{item.kindText}</span></th>
      <td>
        {item.amountFen !== null ? <><span className="ws-amount">{yuanText(item.amountFen)}</span><span className="ws-capitals">{fenToCapitals(item.amountFen)}</span></> : null}
        {item.ruleText ? <span className="ws-rule">{item.ruleText}</span> : null}
      </td>
      <td className="ws-due">{`${item.leave ? `${text.dueLeave}：` : ''}${dateText(item.dueDate)}${text.dueBy}`}</td>
      {notes ? <td className="ws-condition">{item.conditionText}</td> : null}
    </tr>
  );
}

export const WorkerSheetPage = memo(function WorkerSheetPage({ sheet, label }: { readonly sheet: WorkerSheet; readonly label: string }) {
  // The notes column only when some term has a condition or a narrower scope to state.
  const notes = sheet.items.some((i) => i.conditionText !== '');
  return (
    <article className="ws-page" lang="zh-CN" aria-label={label}>
      <header className="ws-head">
        <p className="ws-enterprise">{sheet.enterpriseName}</p>
        <h1 className="ws-title">{text.title}<span className="ws-subtitle">{text.subtitle}</span></h1>
        <p className="ws-round">{sheet.roundTitle}</p>
      </header>
      <Who sheet={sheet} />
      <Wages sheet={sheet} />
      <section className="ws-items">
        <h2>{sheet.who.kind === 'worker' ? text.itemsTitle : text.itemsTitleGroup}</h2>
        {sheet.items.length === 0 ? <p>{text.noItems}</p> : (
          <table>
            <thead><tr><th scope="col">{text.item}</th><th scope="col">{text.amount}</th><th scope="col">{text.due}</th>{notes ? <th scope="col">{text.note}</th> : null}</tr></thead>
            <tbody>{sheet.items.map((item) => <ItemRow key={item.termId} item={item} notes={notes} />)}</tbody>
            {sheet.totalFen > 0 ? <tfoot><tr><th scope="row">{text.total}</th><td colSpan={notes ? 3 : 2}><span className="ws-amount">{yuanText(sheet.totalFen)}</span><span className="ws-capitals">{fenToCapitals(sheet.totalFen)}</span></td></tr></tfoot> : null}
          </table>
        )}
      </section>
      <section className="ws-lines">
        <h2>{text.linesTitle}</h2>
        <ol>{sheet.lines.map((line, i) => <li key={i}>{line}</li>)}</ol>
      </section>
    </article>
  );
});
