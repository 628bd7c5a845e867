// rules.md §1.5: signing after ratification, filing with the labour administration, the 15-day review
// and entry into force, publication. Day counts come from the deadline table (clock.ts).
import type { IsoDate } from '../../dates/isoDate';
import { type Result, resultOk } from '../../result';
import type { ProcedureRecord } from '../record';
import { negotiatingSides } from '../record/fields';
import { clockDeadline, clockDueText, clockSource, clockStatus, clockUnknownDraft } from './clock';
import { sideEn, sideZh, voteFailed, voteLatestIndex } from './helpers';
import { type FindingDraft, type ProcedureRule, type RuleContext, procedureRule as rule } from './types';

/** FIL-01: warn from 2 days before the filing is due (rules.md §1.5). */
export const FILING_WARN_DAYS = 2;
/** FIL-01: three copies (CCR 42; WCM 21). */
const FILING_COPIES = 3;

export const sig01 = rule(
  {
    id: 'SIG-01', source: '《集体合同规定》第三十七条；《工资集体协商试行办法》第二十条', action: 'block', guards: 'filing',
    titleZh: '审议通过后由双方首席代表签字（盖章）', titleEn: 'Both chiefs sign (and seal) after ratification',
    questionZh: '双方首席代表在职代会审议通过之后签字，工资协议并已盖章？',
    questionEn: 'Did both chiefs sign after the congress adopted the draft, and is a wage agreement sealed?',
    decidable: (record) => record.signing !== null,
  },
  (record) => {
    const signing = record.signing;
    if (signing === null) return [];
    const drafts: FindingDraft[] = [];
    const index = voteLatestIndex(record);
    const vote = index < 0 ? null : record.votes[index]!;
    if (vote && signing.date < vote.date) {
      drafts.push({ action: 'block', path: 'signing.date', figures: { signedAt: signing.date, ratifiedAt: vote.date },
        zh: `${signing.date} 签字，早于 ${vote.date} 职代会表决：应先审议通过，再由双方首席代表签字`,
        en: `Signed on ${signing.date}, before the vote of ${vote.date}: the congress adopts the draft first, then the chiefs sign` });
    } else if (vote && voteFailed(vote)) {
      drafts.push({ action: 'block', path: 'signing', figures: { signedAt: signing.date, ratifiedAt: vote.date },
        zh: `${signing.date} 签字，但 ${vote.date} 的表决未通过草案`, en: `Signed on ${signing.date}, but the vote of ${vote.date} did not adopt the draft` });
    }
    for (const side of negotiatingSides) {
      if (!signing.chiefsSigned[side]) {
        drafts.push({ action: 'block', path: `signing.chiefsSigned.${side}`,
          zh: `${sideZh[side]}首席代表未签字`, en: `The ${sideEn[side]}'s chief has not signed` });
      }
    }
    const unsealed = negotiatingSides.filter((side) => !signing.seals[side]);
    if (unsealed.length > 0) {
      const wage = record.kind === 'wage-agreement';
      drafts.push({ action: wage ? 'block' : 'warn', path: `signing.seals.${unsealed[0]}`,
        zh: `${unsealed.map((s) => sideZh[s]).join('、')}未盖章${wage ? '：工资协议经双方首席代表签字盖章后成立' : ''}`,
        en: `Not sealed by the ${unsealed.map((s) => sideEn[s]).join(' and the ')}${wage ? ': a wage agreement is formed on signature and seal' : ''}` });
    }
    return drafts;
  },
);

export const fil01 = rule(
  {
    id: 'FIL-01', source: '《集体合同规定》第四十二条；《工资集体协商试行办法》第二十一条', action: 'warn', guards: 'filing',
    titleZh: '签字后按期报送审查', titleEn: 'Filed in time after signing',
    questionZh: '签字后在期限内（工资协议 7 日，集体合同 10 日）向劳动保障行政部门报送 3 份文本？',
    questionEn: 'Was the text filed with the labour administration in time (7 days for a wage agreement, 10 otherwise), in 3 copies?',
    decidable: (record) => record.signing !== null,
  },
  (record, context) => {
    const signing = record.signing;
    if (signing === null) return [];
    const deadline = clockDeadline(record, context, 'signed', signing.date);
    if (!deadline.ok) return [clockUnknownDraft(deadline.error, 'signing.date', { zh: '报送审查', en: 'file for review' })];
    const due = deadline.value;
    const source = clockSource(due);
    const filing = record.filing;
    const status = clockStatus(due.dueDate, filing?.submittedAt ?? null, context.today, FILING_WARN_DAYS);
    const figures = { signedAt: signing.date, dueDate: due.dueDate, days: due.rule.period.count, submittedAt: filing?.submittedAt ?? null };
    const dueZh = clockDueText(due, 'zh-CN');
    const dueEn = clockDueText(due, 'en');
    const drafts: FindingDraft[] = [];
    switch (status.state) {
      case 'late':
        drafts.push({ action: 'warn', path: 'filing.submittedAt', figures: { ...figures, overdue: true, daysLate: status.daysLate }, source,
          zh: `${signing.date} 签字，${status.doneAt} 才报送，已逾期 ${status.daysLate} 日，期限 ${dueZh}`,
          en: `Signed ${signing.date}, filed ${status.doneAt}: ${status.daysLate} days late (due ${dueEn})` });
        break;
      case 'overdue':
        drafts.push({ action: 'warn', path: 'filing', figures: { ...figures, overdue: true, daysLate: status.daysLate }, source,
          zh: `${signing.date} 签字，已逾期 ${status.daysLate} 日未报送劳动保障行政部门，期限 ${dueZh}`,
          en: `Signed ${signing.date}; filing is ${status.daysLate} days overdue (due ${dueEn})` });
        break;
      case 'near':
        drafts.push({ action: 'warn', path: 'filing', figures: { ...figures, daysLeft: status.daysLeft }, source,
          zh: `应于 ${dueZh}前报送劳动保障行政部门，还剩 ${status.daysLeft} 日`,
          en: `File with the labour administration by ${dueEn}: ${status.daysLeft} days left` });
        break;
      case 'pending':
        drafts.push({ action: 'info', path: 'filing', figures: { ...figures, daysLeft: status.daysLeft }, source,
          zh: `应于 ${dueZh}前报送劳动保障行政部门`, en: `File with the labour administration by ${dueEn}` });
        break;
      case 'on-time':
        break;
    }
    if (filing !== null && filing.submittedAt !== null) {
      if (filing.copies < FILING_COPIES) {
        drafts.push({ action: 'warn', path: 'filing.copies', figures: { copies: filing.copies, required: FILING_COPIES }, source,
          zh: `报送 ${filing.copies} 份文本，应报送 ${FILING_COPIES} 份`, en: `${filing.copies} copies filed; ${FILING_COPIES} are required` });
      }
      if (record.kind === 'wage-agreement' && !filing.explanatoryNote) {
        drafts.push({ action: 'warn', path: 'filing.explanatoryNote', source: '《工资集体协商试行办法》第二十一条',
          zh: '报送工资协议时未附说明', en: 'The wage agreement was filed without its explanatory note' });
      }
    }
    return drafts;
  },
);

/**
 * The day the agreement takes effect (EFF-01: receipt by the bureau + 15 days, not moved for holidays),
 * or null while the bureau has not received it or when an objection came within the review period.
 */
export function procedureEffectiveDate(record: ProcedureRecord, context: RuleContext): Result<IsoDate | null> {
  const filing = record.filing;
  if (filing === null || filing.receivedAt === null) return resultOk(null);
  const deadline = clockDeadline(record, context, 'received-by-bureau', filing.receivedAt);
  if (!deadline.ok) return deadline;
  const objectedInTime = filing.objection !== null && filing.objection.receivedAt <= deadline.value.dueDate;
  return resultOk(objectedInTime ? null : deadline.value.dueDate);
}

export const eff01 = rule(
  {
    id: 'EFF-01', source: '《集体合同规定》第四十五条、第四十七条；《工资集体协商试行办法》第二十二条；《劳动合同法》第五十四条', action: 'warn', guards: 'export',
    titleZh: '收到文本 15 日内未提出异议即生效', titleEn: 'In force 15 days after receipt unless the bureau objects',
    questionZh: '审查机关收到文本后 15 日内没有提出审查意见（协议已生效）？', questionEn: 'Did the bureau raise no objection within 15 days of receipt (the agreement is in force)?',
    decidable: (record) => record.filing?.receivedAt != null,
  },
  (record, context) => {
    const filing = record.filing;
    if (filing === null || filing.receivedAt === null) return [];
    const deadline = clockDeadline(record, context, 'received-by-bureau', filing.receivedAt);
    if (!deadline.ok) return [clockUnknownDraft(deadline.error, 'filing.receivedAt', { zh: '生效日期', en: 'take effect' })];
    const effective = deadline.value.dueDate;
    const source = clockSource(deadline.value);
    const figures = { receivedAt: filing.receivedAt, effectiveDate: effective, objectionAt: filing.objection?.receivedAt ?? null };
    if (filing.objection !== null && filing.objection.receivedAt <= effective) {
      return [{ action: 'warn', path: 'filing.objection', figures, source,
        zh: `审查机关于 ${filing.objection.receivedAt} 提出审查意见：协议未生效，双方应重新协商并重新报送`,
        en: `The bureau objected on ${filing.objection.receivedAt}: not in force; renegotiate and file again` }];
    }
    if (filing.objection !== null) {
      return [{ action: 'info', path: 'filing.objection', figures, source,
        zh: `审查意见 ${filing.objection.receivedAt} 才送达，晚于 15 日审查期：协议已于 ${effective} 生效`,
        en: `The objection of ${filing.objection.receivedAt} came after the 15-day review: in force since ${effective}` }];
    }
    return [{ action: 'info', path: 'filing.receivedAt', figures, source,
      zh: context.today >= effective
        ? `${filing.receivedAt} 审查机关收到文本，15 日内未提出异议：协议自 ${effective} 起生效`
        : `${filing.receivedAt} 审查机关收到文本；15 日内未提出异议的，协议于 ${effective} 生效`,
      en: context.today >= effective
        ? `Received by the bureau ${filing.receivedAt}, no objection within 15 days: in force from ${effective}`
        : `Received by the bureau ${filing.receivedAt}; in force on ${effective} unless it objects by then` }];
  },
);

export const pub01 = rule(
  {
    id: 'PUB-01', source: '《集体合同规定》第四十八条；《工资集体协商试行办法》第二十三条', action: 'warn', guards: 'export',
    titleZh: '生效后向全体职工公布', titleEn: 'Published to all staff once in force',
    questionZh: '协议生效后已向全体职工公布（工资协议 5 日内）？', questionEn: 'Was the agreement published to all staff once in force (wage agreements within 5 days)?',
    decidable: (record) => record.publication !== null,
  },
  (record, context) => {
    const effective = procedureEffectiveDate(record, context);
    if (!effective.ok || effective.value === null) return [];
    const eff = effective.value;
    const published = record.publication?.date ?? null;
    const deadline = clockDeadline(record, context, 'effective', eff);
    if (!deadline.ok) {
      if (deadline.error.code !== 'deadline.noRule') return [clockUnknownDraft(deadline.error, 'publication', { zh: '公布', en: 'publish' })];
      // CCR 48: "promptly", no day count.
      if (published !== null || context.today < eff) return [];
      return [{ action: 'warn', path: 'publication', figures: { effectiveDate: eff },
        zh: `协议已于 ${eff} 生效，尚未向全体职工公布：应及时公布`, en: `In force since ${eff} but not yet published to all staff: publish promptly` }];
    }
    const due = deadline.value;
    const status = clockStatus(due.dueDate, published, context.today, 0);
    const figures = { effectiveDate: eff, dueDate: due.dueDate, publishedAt: published };
    const source = clockSource(due);
    switch (status.state) {
      case 'late':
        return [{ action: 'warn', path: 'publication.date', figures, source,
          zh: `${eff} 生效，${status.doneAt} 才公布，晚于期限 ${clockDueText(due, 'zh-CN')}`,
          en: `In force ${eff}, published ${status.doneAt}: after the deadline ${clockDueText(due, 'en')}` }];
      case 'overdue':
        return [{ action: 'warn', path: 'publication', figures, source,
          zh: `${eff} 生效，已逾期 ${status.daysLate} 日未向全体职工公布，期限 ${clockDueText(due, 'zh-CN')}`,
          en: `In force ${eff}; publication to all staff is ${status.daysLate} days overdue (due ${clockDueText(due, 'en')})` }];
      case 'near':
      case 'pending':
        return [{ action: 'info', path: 'publication', figures, source,
          zh: `应于 ${clockDueText(due, 'zh-CN')}前向全体职工公布`, en: `Publish to all staff by ${clockDueText(due, 'en')}` }];
      case 'on-time':
        return [];
    }
  },
);

export const signingRules: readonly ProcedureRule[] = [sig01, fil01, eff01, pub01];
