// rules.md §1.2: the written request (要约), the reply and its clock, information before talks, and the
// yearly rhythm of wage talks. Day counts come from the deadline table (clock.ts).
import { isoDateAddDays } from '../../dates/isoDate';
import { sideOther } from '../record/fields';
import type { ProcedureRecord } from '../record';
import { periodEnd } from '../period';
import { clockDeadline, clockDueText, clockSource, clockStatus, clockUnknownDraft } from './clock';
import { sideEn, sideZh } from './helpers';
import { type FindingDraft, type ProcedureRule, procedureRule as rule } from './types';

/** OFR-02: warn from 5 days before the reply is due (rules.md §1.2). */
const REPLY_WARN_DAYS = 5;

export const ofr01 = rule(
  {
    id: 'OFR-01', source: '《集体合同规定》第三十二条；《工资集体协商试行办法》第十七条', action: 'block', guards: 'meeting',
    titleZh: '书面要约载明时间、地点和内容', titleEn: 'A written request stating time, place and content',
    questionZh: '有书面要约（协商意向书），并载明协商的时间、地点和内容？', questionEn: 'Is there a written request stating the time, place and content of the talks?',
    decidable: (record) => record.request !== null,
  },
  (record) => {
    const request = record.request;
    if (request === null) {
      return [{ action: 'block', path: 'request', zh: '没有书面要约（协商意向书）：协商应以书面要约开始', en: 'No written request: talks start with one' }];
    }
    const drafts: FindingDraft[] = [];
    if (!request.written) {
      drafts.push({ action: 'block', path: 'request.written', zh: '要约不是书面形式：应以书面形式提出', en: 'The request was not in writing' });
    }
    const fields = [
      ['time', '时间', 'time'],
      ['place', '地点', 'place'],
      ['content', '内容', 'content'],
    ] as const;
    const missing = fields.filter(([key]) => request[key] === '');
    if (missing.length > 0) {
      drafts.push({
        action: 'block', path: `request.${missing[0]![0]}`, figures: { missing: missing.map(([key]) => key).join(',') },
        zh: `要约缺少协商的${missing.map(([, zh]) => zh).join('、')}`,
        en: `The request does not state the ${missing.map(([, , en]) => en).join(', ')} of the talks`,
      });
    }
    return drafts;
  },
);

export const ofr02 = rule(
  {
    id: 'OFR-02', source: '《集体合同规定》第三十二条；《工资集体协商试行办法》第十七条', action: 'warn', guards: 'meeting',
    titleZh: '按期书面回应要约', titleEn: 'A written reply in time',
    questionZh: '对方在期限内（全国 20 日，福建 15 日）书面回应了要约，没有无正当理由拒绝？',
    questionEn: 'Did the other side reply in writing in time (20 days; Fujian 15), without refusing without cause?',
    decidable: (record) => record.request?.receivedAt != null,
  },
  (record, context) => {
    const request = record.request;
    if (request === null) return [];
    if (request.receivedAt === null) {
      return [{ action: 'warn', path: 'request.receivedAt', incomplete: true,
        zh: '没有填写收到要约的日期，无法计算回应期限', en: 'The day the request was received is missing: the reply deadline cannot be computed' }];
    }
    const responder = sideOther(request.from);
    const deadline = clockDeadline(record, context, 'request-received', request.receivedAt);
    if (!deadline.ok) return [clockUnknownDraft(deadline.error, 'request.receivedAt', { zh: '回应要约', en: 'reply' })];
    const due = deadline.value;
    const source = clockSource(due);
    const reply = record.reply;
    const status = clockStatus(due.dueDate, reply?.repliedAt ?? null, context.today, REPLY_WARN_DAYS);
    const figures = { receivedAt: request.receivedAt, dueDate: due.dueDate, days: due.rule.period.count, repliedAt: reply?.repliedAt ?? null };
    const dueZh = clockDueText(due, 'zh-CN');
    const dueEn = clockDueText(due, 'en');
    const drafts: FindingDraft[] = [];
    switch (status.state) {
      case 'late':
        drafts.push({ action: 'warn', path: 'reply.repliedAt', figures, source,
          zh: `${sideZh[responder]}于 ${status.doneAt} 回应，晚于期限 ${dueZh} ${status.daysLate} 日`,
          en: `The ${sideEn[responder]} replied on ${status.doneAt}, ${status.daysLate} days after the deadline ${dueEn}` });
        break;
      case 'overdue':
        drafts.push({ action: 'warn', path: 'reply', figures: { ...figures, daysLate: status.daysLate }, source,
          zh: `${request.receivedAt} 收到要约，${sideZh[responder]}已逾期 ${status.daysLate} 日未书面回应，期限 ${dueZh}；无正当理由拒绝或拖延的，可提请工会法规定的处理（《集体合同规定》第五十六条）`,
          en: `Request received ${request.receivedAt}; the ${sideEn[responder]} is ${status.daysLate} days overdue with its written reply (due ${dueEn})` });
        break;
      case 'near':
        drafts.push({ action: 'warn', path: 'reply', figures: { ...figures, daysLeft: status.daysLeft }, source,
          zh: `${sideZh[responder]}应于 ${dueZh}前书面回应要约，还剩 ${status.daysLeft} 日`,
          en: `The ${sideEn[responder]} must reply in writing by ${dueEn}: ${status.daysLeft} days left` });
        break;
      case 'pending':
        drafts.push({ action: 'info', path: 'reply', figures: { ...figures, daysLeft: status.daysLeft }, source,
          zh: `${sideZh[responder]}应于 ${dueZh}前书面回应要约`,
          en: `The ${sideEn[responder]} must reply in writing by ${dueEn}` });
        break;
      case 'on-time':
        break;
    }
    if (reply !== null) {
      if (!reply.written) {
        drafts.push({ action: 'warn', path: 'reply.written', source, zh: '回应不是书面形式：应书面回应', en: 'The reply was not in writing' });
      }
      if (!reply.accepted) {
        drafts.push(reply.refusalReason === ''
          ? { action: 'warn', path: 'reply.refusalReason', source: `${source}；《集体合同规定》第五十六条`,
              zh: `${sideZh[responder]}拒绝协商且未说明理由：无正当理由不得拒绝，可依工会法提请处理`,
              en: `The ${sideEn[responder]} refused without giving a reason: refusal needs just cause; escalate under the Trade Union Law` }
          : { action: 'info', path: 'reply.refusalReason', source,
              zh: `${sideZh[responder]}拒绝协商，理由：${reply.refusalReason}`,
              en: `The ${sideEn[responder]} refused, giving as reason: ${reply.refusalReason}` });
      }
    }
    return drafts;
  },
);

function firstMeetingDate(record: ProcedureRecord) {
  return record.meetings.map((m) => m.date).sort()[0] ?? null;
}

export const ofr03 = rule(
  {
    id: 'OFR-03', source: '《工资集体协商试行办法》第十八条', action: 'warn', guards: 'meeting',
    titleZh: '协商前 5 日提供所要求的资料', titleEn: 'Information asked for, 5 days before talks',
    questionZh: '一方要求的协商资料（工资总额、成本、经营状况等）是否在协商前 5 日内如实提供？',
    questionEn: 'Was information asked for (wage bill, costs, finances) provided 5 days before the talks?',
    decidable: (record) => record.informationRequests.every((r) => r.providedAt !== null),
  },
  (record, context) => {
    const start = firstMeetingDate(record);
    return record.informationRequests.flatMap((req, i): FindingDraft[] => {
      const path = `informationRequests.${i}`;
      const provider = sideOther(req.requestedBy);
      const what = req.items === '' ? '' : `（${req.items}）`;
      const whatEn = req.items === '' ? '' : ` (${req.items})`;
      if (start === null) {
        if (req.providedAt !== null) return [];
        return [{ action: 'info', path, zh: `${sideZh[req.requestedBy]}于 ${req.requestedAt} 要求提供资料${what}，${sideZh[provider]}尚未提供`,
          en: `The ${sideEn[req.requestedBy]} asked for information on ${req.requestedAt}${whatEn}; not yet provided` }];
      }
      const deadline = clockDeadline(record, context, 'talks-start', start);
      if (!deadline.ok && deadline.error.code !== 'deadline.noRule') {
        return [clockUnknownDraft(deadline.error, path, { zh: '提供资料', en: 'provide information' })];
      }
      // Without a day count for this kind (CCR has none), the information is at least due by the first meeting.
      const dueDate = deadline.ok ? deadline.value.dueDate : start;
      const dueZh = deadline.ok ? clockDueText(deadline.value, 'zh-CN') : `${start}（首次协商会议）`;
      const dueEn = deadline.ok ? clockDueText(deadline.value, 'en') : `${start} (the first meeting)`;
      const source = deadline.ok ? clockSource(deadline.value) : undefined;
      const status = clockStatus(dueDate, req.providedAt, context.today, 0);
      const figures = { requestedAt: req.requestedAt, firstMeeting: start, dueDate, providedAt: req.providedAt };
      if (status.state === 'late') {
        return [{ action: 'warn', path: `${path}.providedAt`, figures, ...(source ? { source } : {}),
          zh: `${sideZh[req.requestedBy]}要求的资料${what}于 ${status.doneAt} 才提供，晚于 ${dueZh}（首次协商 ${start}）`,
          en: `Information asked for by the ${sideEn[req.requestedBy]}${whatEn} came on ${status.doneAt}, after ${dueEn} (first meeting ${start})` }];
      }
      if (status.state === 'overdue') {
        return [{ action: 'warn', path: `${path}.providedAt`, figures, ...(source ? { source } : {}),
          zh: `${sideZh[req.requestedBy]}于 ${req.requestedAt} 要求的资料${what}尚未提供，应于 ${dueZh}前提供（首次协商 ${start}）`,
          en: `Information asked for by the ${sideEn[req.requestedBy]} on ${req.requestedAt}${whatEn} is not provided; due ${dueEn} (first meeting ${start})` }];
      }
      if (status.state === 'on-time') return [];
      return [{ action: 'info', path, figures, ...(source ? { source } : {}),
        zh: `${sideZh[provider]}应于 ${dueZh}前提供${sideZh[req.requestedBy]}要求的资料${what}`,
        en: `The ${sideEn[provider]} must provide the information${whatEn} by ${dueEn}` }];
    });
  },
);

/** The term is longer than a year when its last day is past the day before the same date a year on. */
function termLongerThanYear(record: ProcedureRecord): boolean {
  const term = record.term;
  return term !== null && term.to > isoDateAddDays(periodEnd(term.from, { count: 12, unit: 'month' }, 'after'), -1);
}

export const ofr05 = rule(
  {
    id: 'OFR-05', source: '《工资集体协商试行办法》第二十四条', action: 'warn', guards: 'export',
    titleZh: '每年开展工资集体协商', titleEn: 'Wage talks every year',
    questionZh: '工资集体协商每年进行一次（福建省为每年必须开展），下一轮已按时开展？',
    questionEn: 'Are wage talks held every year (mandatory in Fujian), with the next round on time?',
    applies: (record) => record.kind === 'wage-agreement',
    decidable: (record) => record.signing !== null,
  },
  (record, context) => {
    if (record.kind !== 'wage-agreement' || record.signing === null) return [];
    const signed = record.signing.date;
    const deadline = clockDeadline(record, context, 'wage-agreement-signed', signed);
    if (!deadline.ok) {
      if (deadline.error.code === 'deadline.noRule') return [];
      return [clockUnknownDraft(deadline.error, 'signing.date', { zh: '下一轮工资协商', en: 'hold the next wage talks' })];
    }
    const due = deadline.value;
    const source = clockSource(due);
    const mandatory = due.rule.region !== '';
    const drafts: FindingDraft[] = [];
    if (mandatory && termLongerThanYear(record)) {
      drafts.push({ action: 'warn', path: 'term', source, figures: { from: record.term!.from, to: record.term!.to },
        zh: `工资协议期限 ${record.term!.from} 至 ${record.term!.to} 超过 1 年：本地规定每年必须开展工资集体协商`,
        en: `The wage agreement runs ${record.term!.from} to ${record.term!.to}, more than a year: local rules require wage talks every year` });
    }
    const status = clockStatus(due.dueDate, record.renewal?.nextAgreementSignedAt ?? null, context.today, 0);
    const figures = { signedAt: signed, dueDate: due.dueDate, nextAgreementSignedAt: record.renewal?.nextAgreementSignedAt ?? null };
    if (status.state === 'late') {
      drafts.push({ action: 'warn', path: 'renewal.nextAgreementSignedAt', source, figures,
        zh: `本协议 ${signed} 签订，下一份工资协议 ${status.doneAt} 才签订，间隔超过 12 个月`,
        en: `Signed ${signed}; the next wage agreement came only on ${status.doneAt}, more than 12 months later` });
    } else if (status.state === 'overdue') {
      drafts.push({ action: 'warn', path: 'renewal', source, figures,
        zh: `本协议 ${signed} 签订，至 ${context.today} 已超过 12 个月（${due.dueDate}）没有新的工资协议：${mandatory ? '本地规定每年必须' : '一般每年'}开展一次工资集体协商`,
        en: `Signed ${signed}; by ${context.today} more than 12 months (${due.dueDate}) have passed without a new wage agreement` });
    }
    return drafts;
  },
);

export const requestRules: readonly ProcedureRule[] = [ofr01, ofr02, ofr03, ofr05];
