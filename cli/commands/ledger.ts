import { formatYuanPlain } from '../../shared/format/yuan';
import type { Fen } from '../../shared/money/fen';
import { type IsoDate, isoDateParse, isoDateToday } from '../../shared/dates/isoDate';
import { maskIdNumber } from '../../shared/roster/mask';
import { commitmentSummaries } from '../../shared/terms/commitment';
import { leaveSummary } from '../../shared/terms/leave';
import { type LedgerTotals, ledgerAgreementTotals, ledgerOverdueAlerts, ledgerTermSummaries, ledgerTotals } from '../../shared/terms/ledgerSummary';
import { referenceTermsCase } from '../../shared/sample/referenceTerms';
import { commitmentStatusLabel, termBasisLabel, termKindLabel } from '../../shared/terms/termText';
import { type TermsCase, termsCaseParseText } from '../../shared/terms/termsCase';
import { workerStatement } from '../../shared/terms/workerStatement';
import type { CliIo } from '../command';
import { type CliCommand, cliArgs } from '../command';
import { fileErrorText } from './binaryFiles';
import { textTable } from './textTable';

const yuan = (amount: Fen) => formatYuanPlain(amount, 'zh-CN');
/** Overdue workers listed by name; the rest counted. */
const ALERTS_SHOWN = 10;

function printSummary(c: TermsCase, asOf: IsoDate, io: CliIo): void {
  const summaries = ledgerTermSummaries(c.terms, c.ledger, asOf);
  const totals = ledgerTotals(summaries);
  io.out(`${c.title || '协商条款兑现台账'}：截至 ${asOf}（as of）`);
  const money = (t: LedgerTotals) => [yuan(t.promisedFen), yuan(t.paidFen), yuan(t.outstandingFen), yuan(t.overdueFen)];
  const rows: string[][] = [['条款 term', '类别', '基数', '应付日', '人数', '应付 promised', '已付 paid', '未付 outstanding', '逾期 overdue']];
  for (const { agreement, totals: subtotal } of ledgerAgreementTotals(summaries)) {
    if (agreement) rows.push([`【${agreement}】`]);
    for (const s of summaries.filter((x) => x.agreement === agreement)) {
      rows.push([s.title, termKindLabel(s.kind, 'zh-CN'), termBasisLabel(s.basis, 'zh-CN'), s.dueDate, String(s.workers), ...money(s)]);
    }
    if (agreement) rows.push(['  小计 subtotal', '', '', '', '', ...money(subtotal)]);
  }
  rows.push(['合计 total', '', '', '', '', ...money(totals)]);
  for (const line of textTable(rows, ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'])) io.out(line);

  const alerts = ledgerOverdueAlerts(c.terms, c.ledger, asOf);
  if (alerts.length > 0) {
    io.out(`逾期未付 overdue：${alerts.length} 笔`);
    const names = new Map(c.roster.map((w) => [w.id, `${w.name}（${maskIdNumber(w.idNumber)}）`]));
    for (const a of alerts.slice(0, ALERTS_SHOWN)) {
      io.out(`  ${a.title} · ${a.workerId} ${names.get(a.workerId) ?? ''} · 应付日 ${a.dueDate} · 未付 ${yuan(a.outstandingFen)} · 逾期 ${a.daysOverdue} 天`);
    }
    if (alerts.length > ALERTS_SHOWN) io.out(`  ……另有 ${alerts.length - ALERTS_SHOWN} 笔`);
  } else io.out('逾期未付 overdue：无');

  for (const term of c.terms) {
    if (term.kind !== 'deferred_leave') continue;
    const l = leaveSummary(term, c.roster, c.ledger, asOf);
    io.out(
      `递延带薪假 ${l.title}：${l.workers} 人，应休 ${l.grantedDays} 天，已休 ${l.takenDays} 天，剩余 ${l.remainingDays} 天` +
        `（休假期间 ${l.takeFrom} 至 ${l.dueDate}${l.expiredDays > 0 ? `，已过期未休 ${l.expiredDays} 天` : ''}）`,
    );
  }
  const commitments = commitmentSummaries(c.terms, asOf);
  if (commitments.length > 0) {
    io.out('非货币承诺 commitments：');
    for (const k of commitments) {
      const amount = k.amountFen === null ? '' : ` · ${yuan(k.amountFen)}`;
      io.out(`  ${k.title}${amount} · 期限 ${k.dueDate} · ${commitmentStatusLabel(k.status, 'zh-CN')}${k.overdue ? ' · 已逾期' : ''}`);
    }
  }
}

function printStatement(c: TermsCase, workerId: string, asOf: IsoDate, io: CliIo): number {
  const statement = workerStatement(workerId, c, asOf);
  if (!statement.ok) {
    io.err(`错误：名册中没有职工 ${workerId}。/ error: ${statement.error.message}`);
    return 1;
  }
  const s = statement.value;
  io.out(`${s.worker.name}（${s.worker.id}，${s.worker.idNumberMasked}，${s.worker.group}）：截至 ${asOf}`);
  const rows = [
    ['条款 term', '应付日', '应得 entitled', '已得 paid', '未付 outstanding', ''],
    ...s.lines.map((l) => [l.title, l.dueDate, yuan(l.entitledFen), yuan(l.paidFen), yuan(l.outstandingFen), l.overdue ? '逾期' : '']),
    ['合计 total', '', yuan(s.totals.entitledFen), yuan(s.totals.paidFen), yuan(s.totals.outstandingFen), s.totals.overdueFen > 0 ? `逾期 ${yuan(s.totals.overdueFen)}` : ''],
  ];
  for (const line of textTable(rows, ['left', 'left', 'right', 'right', 'right', 'left'])) io.out(line);
  for (const l of s.leave) io.out(`${l.title}：应休 ${l.grantedDays} 天，已休 ${l.takenDays} 天，剩余 ${l.remainingDays} 天（${l.takeFrom} 至 ${l.dueDate}）`);
  return 0;
}

/**
 * `ledger <terms.json> | --sample [--as-of D] [--worker ID] [--json]`: per term promised, paid,
 * outstanding and overdue as of a day (default today), overdue payments, leave balances and commitments;
 * with --worker, that worker's statement. Exit 1 on an unreadable or invalid file, 2 on bad arguments.
 */
export const ledgerCommand: CliCommand = {
  name: 'ledger',
  summary: 'terms ledger: promised, paid, outstanding and overdue per term as of a date',
  usage: 'ledger <terms.json> | --sample [--as-of D] [--worker ID] [--json]',
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const asOfOption = options.get('as-of');
    const asOf = asOfOption === undefined ? isoDateToday() : typeof asOfOption === 'string' ? isoDateParse(asOfOption) : null;
    const file = positional[0];
    const worker = options.get('worker');
    if (asOf === null || (file === undefined) === !options.has('sample') || worker === true) {
      io.err(`usage: ${this.usage}`);
      return 2;
    }
    let c: TermsCase;
    if (file === undefined) c = referenceTermsCase();
    else {
      let text: string;
      try {
        text = await io.readText(file);
      } catch (error) {
        io.err(`错误：无法读取文件 ${file} / error: cannot read ${file}: ${fileErrorText(error)}`);
        return 1;
      }
      const parsed = termsCaseParseText(text);
      if (!parsed.ok) {
        const field = parsed.error.params?.field;
        io.err(`错误：条款文件无效${field ? `（字段 ${field}）` : ''}。/ error: ${parsed.error.code}: ${parsed.error.message}${field ? ` (field ${field})` : ''}`);
        return 1;
      }
      c = parsed.value;
    }
    if (typeof worker === 'string') {
      if (options.has('json')) {
        const s = workerStatement(worker, c, asOf);
        io.out(JSON.stringify(s.ok ? s.value : { error: s.error }, null, 2));
        return s.ok ? 0 : 1;
      }
      return printStatement(c, worker, asOf, io);
    }
    if (options.has('json')) {
      const terms = ledgerTermSummaries(c.terms, c.ledger, asOf);
      io.out(
        JSON.stringify(
          {
            asOf,
            title: c.title,
            terms,
            totals: ledgerTotals(terms),
            agreements: ledgerAgreementTotals(terms),
            overdue: ledgerOverdueAlerts(c.terms, c.ledger, asOf),
            leave: c.terms.flatMap((t) => (t.kind === 'deferred_leave' ? [leaveSummary(t, c.roster, c.ledger, asOf)] : [])),
            commitments: commitmentSummaries(c.terms, asOf),
            assumptions: c.assumptions,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    printSummary(c, asOf, io);
    return 0;
  },
};
