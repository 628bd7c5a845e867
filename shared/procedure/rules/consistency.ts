// Checks of the record's events against each other: what no procedure can have done. A reply to a request
// not yet made, more votes than people in the room, two chiefs of one side at once, a signing while an
// earlier step may not go ahead. They block, and the data layer refuses to store a new one (recordGuard.ts).
import type { IsoDate } from '../../dates/isoDate';
import type { ProcedureRecord } from '../record';
import { negotiatingSides } from '../record/fields';
import { chiefsCurrent, personName, sideEn, sideZh } from './helpers';
import { type Finding, type FindingDraft, type ProcedureRule, type RuleContext, procedureRule as rule, procedureSteps } from './types';

interface DatedEvent {
  readonly path: string;
  readonly date: IsoDate;
  readonly zh: string;
  readonly en: string;
}

/** The events that answer the request, each with the field that dates it. */
function eventsAfterRequest(record: ProcedureRecord): DatedEvent[] {
  const events: DatedEvent[] = [];
  if (record.reply) events.push({ path: 'reply.repliedAt', date: record.reply.repliedAt, zh: '回应', en: 'The reply' });
  record.informationRequests.forEach((r, i) =>
    events.push({ path: `informationRequests.${i}.requestedAt`, date: r.requestedAt, zh: `第 ${i + 1} 项资料要求`, en: `Information request ${i + 1}` }));
  record.meetings.forEach((m, i) => events.push({ path: `meetings.${i}.date`, date: m.date, zh: `第 ${i + 1} 次协商会议`, en: `Meeting ${i + 1}` }));
  record.votes.forEach((v, i) => events.push({ path: `votes.${i}.date`, date: v.date, zh: `第 ${i + 1} 次表决`, en: `Vote ${i + 1}` }));
  if (record.signing) events.push({ path: 'signing.date', date: record.signing.date, zh: '签字', en: 'The signing' });
  if (record.filing?.submittedAt) events.push({ path: 'filing.submittedAt', date: record.filing.submittedAt, zh: '报送审查', en: 'The filing' });
  return events;
}

export const ofr06 = rule(
  {
    id: 'OFR-06', source: '《集体合同规定》第三十二条、第三十三条；《工资集体协商试行办法》第十七条', action: 'block', guards: 'meeting',
    titleZh: '回应、会议、表决、签字和报送不早于要约', titleEn: 'Nothing answers the request before it was made',
    questionZh: '回应、资料要求、协商会议、表决、签字和报送的日期都不早于要约（回应不早于对方收到要约）？',
    questionEn: 'Are the reply, information requests, meetings, votes, signing and filing all dated on or after the request (the reply on or after its receipt)?',
    decidable: (record) => record.request !== null,
  },
  (record) => {
    const request = record.request;
    if (request === null) return [];
    return eventsAfterRequest(record).flatMap((event): FindingDraft[] => {
      // The reply answers the request the other side has in hand: it cannot come before receipt either.
      const received = event.path === 'reply.repliedAt' && request.receivedAt !== null && request.receivedAt > request.sentAt;
      const start = received ? request.receivedAt! : request.sentAt;
      if (event.date >= start) return [];
      return [{ action: 'block', path: event.path, figures: { date: event.date, requestAt: start },
        zh: received
          ? `${event.zh}日期 ${event.date} 早于对方收到要约的日期 ${start}：回应不能早于收到要约`
          : `${event.zh}日期 ${event.date} 早于 ${start} 提出要约：协商程序从书面要约开始，请核对日期`,
        en: received
          ? `${event.en} is dated ${event.date}, before the request was received on ${start}`
          : `${event.en} is dated ${event.date}, before the request of ${start}: the procedure starts with the written request` }];
    });
  },
);

export const rat07 = rule(
  {
    id: 'RAT-07', source: '《集体合同规定》第三十六条', action: 'block', guards: 'vote',
    titleZh: '表决票数与出席人数相符', titleEn: 'The vote counts add up',
    questionZh: '出席人数不多于全体人数，同意、反对、弃权合计不多于出席人数？',
    questionEn: 'Were no more present than in all, and did for, against and abstaining add up to no more than those present?',
    decidable: (record) => record.votes.length > 0,
  },
  (record) =>
    record.votes.flatMap((v, i): FindingDraft[] => {
      const drafts: FindingDraft[] = [];
      const cast = v.for + v.against + v.abstaining;
      if (v.present > v.total) {
        drafts.push({ action: 'block', path: `votes.${i}.present`, figures: { total: v.total, present: v.present },
          zh: `${v.date} 的表决出席 ${v.present} 人，多于全体 ${v.total} 人`, en: `The vote of ${v.date}: ${v.present} present, more than all ${v.total}` });
      }
      if (cast > v.present) {
        drafts.push({ action: 'block', path: `votes.${i}.for`, figures: { present: v.present, for: v.for, against: v.against, abstaining: v.abstaining },
          zh: `${v.date} 的表决同意 ${v.for}、反对 ${v.against}、弃权 ${v.abstaining}，合计 ${cast} 票，多于出席的 ${v.present} 人`,
          en: `The vote of ${v.date}: ${v.for} for, ${v.against} against, ${v.abstaining} abstaining make ${cast}, more than the ${v.present} present` });
      }
      return drafts;
    }),
);

export const rep11 = rule(
  {
    id: 'REP-11', source: '《集体合同规定》第十九条；《工资集体协商试行办法》第十条', action: 'block', guards: 'meeting',
    titleZh: '同一时间每方只有 1 名首席代表', titleEn: 'One chief a side at any time',
    questionZh: '每方同一时间只有 1 名首席代表（原首席代表出缺或被解除后才由他人接任）？',
    questionEn: 'Does each side have one chief at a time (a new chief only after the seat fell vacant or the chief was dismissed)?',
    decidable: (record) => record.representatives.length > 0,
  },
  (record, context) =>
    negotiatingSides.flatMap((side): FindingDraft[] => {
      const [first, ...others] = chiefsCurrent(record, side);
      if (!first) return [];
      const firstName = personName(record, context, first.personId);
      return others.map((extra) => {
        const index = record.representatives.findIndex((r) => r.personId === extra.personId && r.side === side);
        const name = personName(record, context, extra.personId);
        return { action: 'block' as const, path: `representatives.${index}`, figures: { side, personId: extra.personId, chief: first.personId },
          zh: `${name}被记录为${sideZh[side]}首席代表，而${firstName}仍是${sideZh[side]}首席代表：原首席代表出缺或被解除前，不能再有第二名首席代表`,
          en: `${name} is recorded as the ${sideEn[side]}'s chief while ${firstName} still is: a second chief only after the first one's seat fell vacant` };
      });
    }),
);

const signingStep = procedureSteps.indexOf('signing');

/**
 * SIG-03 reads the other rules' findings: a signing on record while a step up to the signing is blocked.
 * Built from the rules it reads, so the engine can list it without importing itself.
 */
export function sig03Of(earlier: readonly ProcedureRule[]): ProcedureRule {
  return rule(
    {
      id: 'SIG-03', source: '《集体合同规定》第三十六条、第三十七条；《工资集体协商试行办法》第二十条', action: 'block', guards: 'filing',
      titleZh: '签字前的步骤没有阻止事项', titleEn: 'Nothing blocks the steps before the signing',
      questionZh: '记录签字时，代表、会议、表决和协议内容都没有阻止签字的问题？',
      questionEn: 'When the signing was recorded, did nothing about the representatives, meetings, vote or content block it?',
      decidable: (record) => record.signing !== null,
    },
    (record, context: RuleContext) => {
      const signing = record.signing;
      if (signing === null) return [];
      const blocking: Finding[] = earlier
        // A rule the context skips (a sector round's adjustments) does not bind the record, so blocks nothing.
        .filter((r) => !context.adjustments?.some((a) => a.ruleId === r.id && a.effect === 'skip'))
        .filter((r) => (r.applies ? r.applies(record, context) : true))
        .flatMap((r) => r.check(record, context))
        .filter((f) => f.action === 'block' && procedureSteps.indexOf(f.step) <= signingStep);
      if (blocking.length === 0) return [];
      const rules = [...new Set(blocking.map((f) => f.ruleId))].join('、');
      return [{ action: 'block', path: 'signing', figures: { signedAt: signing.date, rules },
        zh: `已记录 ${signing.date} 签字，但签字前的步骤仍有阻止事项（${rules}）：应先解决这些问题，再签字`,
        en: `A signing on ${signing.date} is recorded while earlier steps are blocked (${rules.replaceAll('、', ', ')}): resolve them before signing` }];
    },
  );
}

export const consistencyRules: readonly ProcedureRule[] = [ofr06, rat07, rep11];
