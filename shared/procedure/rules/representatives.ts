// rules.md §1.1: the negotiation representatives (协商代表). All guard the first meeting: talks held by an
// improperly constituted table are open to challenge at review (REV-01: standing).
import { negotiatingSides } from '../record/fields';
import type { ProcedureRecord, Representative } from '../record';
import { clockDeadline, clockDueText, clockStatus, clockUnknownDraft } from './clock';
import { chiefsCurrent, isOutsider, personName, sideEn, sideRepresentatives, sideZh } from './helpers';
import { type FindingDraft, type ProcedureRule, procedureRule as rule } from './types';

/** CCR 19: at least 3 a side. */
const MIN_PER_SIDE = 3;

const hasRepresentatives = (record: ProcedureRecord) => record.representatives.length > 0;

function chiefOf(record: ProcedureRecord, side: 'workers' | 'employer'): Representative | undefined {
  const chiefs = chiefsCurrent(record, side);
  return chiefs.length === 1 ? chiefs[0] : undefined;
}

export const rep01 = rule(
  {
    id: 'REP-01', source: '《集体合同规定》第十九条', action: 'block', guards: 'meeting',
    titleZh: '双方代表人数相等，各不少于 3 人', titleEn: 'Equal sides of at least 3',
    questionZh: '双方协商代表人数是否相等，且每方不少于 3 人？', questionEn: 'Do the sides have equal numbers of representatives, at least 3 each?',
    decidable: hasRepresentatives,
  },
  (record) => {
    const workers = sideRepresentatives(record, 'workers').length;
    const employer = sideRepresentatives(record, 'employer').length;
    if (workers >= MIN_PER_SIDE && employer >= MIN_PER_SIDE && workers === employer) return [];
    return [{
      action: 'block', path: 'representatives',
      zh: `职工方 ${workers} 人、企业方 ${employer} 人：双方人数应相等且各不少于 ${MIN_PER_SIDE} 人`,
      en: `Workers' side ${workers}, employer's side ${employer}: the sides must be equal, with at least ${MIN_PER_SIDE} each`,
      figures: { workers, employer, minimum: MIN_PER_SIDE },
    }];
  },
);

export const rep02 = rule(
  {
    id: 'REP-02', source: '《集体合同规定》第十九条；《工资集体协商试行办法》第十条', action: 'block', guards: 'meeting',
    titleZh: '每方有且只有 1 名首席代表', titleEn: 'One chief representative a side',
    questionZh: '每方是否有且只有 1 名首席代表？', questionEn: 'Does each side have exactly one chief representative?',
    decidable: hasRepresentatives,
  },
  (record, context) =>
    negotiatingSides.flatMap((side): FindingDraft[] => {
      // A chief who left (vacancy, dismissal) no longer counts: REP-11 checks chiefs at one time.
      const chiefs = chiefsCurrent(record, side);
      if (chiefs.length === 1) return [];
      const names = chiefs.map((c) => personName(record, context, c.personId));
      return [{
        action: 'block', path: 'representatives',
        zh: chiefs.length === 0
          ? `${sideZh[side]}没有首席代表：每方应有且只有 1 名首席代表`
          : `${sideZh[side]}有 ${chiefs.length} 名首席代表（${names.join('、')}）：每方应有且只有 1 名首席代表`,
        en: chiefs.length === 0
          ? `The ${sideEn[side]} has no chief representative: each side has exactly one`
          : `The ${sideEn[side]} has ${chiefs.length} chief representatives (${names.join(', ')}): each side has exactly one`,
        figures: { side, chiefs: chiefs.length },
      }];
    }),
);

export const rep03 = rule(
  {
    id: 'REP-03', source: '《集体合同规定》第二十条；《工资集体协商试行办法》第十条', action: 'block', guards: 'meeting',
    titleZh: '职工方首席代表的资格', titleEn: "The workers' chief representative's standing",
    questionZh: '职工方首席代表是工会主席，或持有工会主席的书面委托书（未建工会的，由代表民主推举）？',
    questionEn: "Is the workers' chief the union chair, or appointed by the chair in writing (elected where there is no union)?",
    decidable: (record) => chiefOf(record, 'workers') !== undefined,
  },
  (record, context) => {
    const chief = chiefOf(record, 'workers');
    if (!chief) return [];
    const name = personName(record, context, chief.personId);
    const figures = { personId: chief.personId, union: record.union.exists, chairVacant: record.union.chairVacant };
    if (!record.union.exists) {
      if (chief.chosenBy === 'election') return [];
      return [{
        action: 'block', path: 'representatives', figures,
        zh: `企业未建工会，职工方首席代表${name}应从职工方代表中民主推举产生`,
        en: `There is no union: the workers' chief (${name}) must be elected from among the workers' representatives`,
      }];
    }
    if (record.union.chairVacant) {
      if (chief.isUnionMainOfficer || chief.authorizationLetter) return [];
      return [{
        action: 'block', path: 'representatives', figures,
        zh: `工会主席空缺，职工方首席代表${name}应由工会主要负责人担任`,
        en: `The union chair's post is vacant: the workers' chief (${name}) must be the union's main officer`,
      }];
    }
    if (chief.isUnionChair || chief.authorizationLetter) return [];
    return [{
      action: 'block', path: 'representatives', figures,
      zh: `职工方首席代表${name}不是工会主席，也没有工会主席的书面委托书`,
      en: `The workers' chief (${name}) is not the union chair and holds no written appointment from the chair`,
    }];
  },
);

export const rep04 = rule(
  {
    id: 'REP-04', source: '《集体合同规定》第二十一条；《工资集体协商试行办法》第九条、第十条', action: 'block', guards: 'meeting',
    titleZh: '企业方首席代表的资格', titleEn: "The employer's chief representative's standing",
    questionZh: '企业方首席代表是法定代表人，或持有法定代表人的书面委托书？其他企业方代表由法定代表人指派？',
    questionEn: "Is the employer's chief the legal representative or appointed in writing, and the others appointed by the legal representative?",
    decidable: (record) => chiefOf(record, 'employer') !== undefined,
  },
  (record, context) => {
    const drafts: FindingDraft[] = [];
    const chief = chiefOf(record, 'employer');
    if (chief && !chief.isLegalRepresentative && !chief.authorizationLetter) {
      const name = personName(record, context, chief.personId);
      drafts.push({
        action: 'block', path: 'representatives', figures: { personId: chief.personId },
        zh: `企业方首席代表${name}不是法定代表人，也没有法定代表人的书面委托书`,
        en: `The employer's chief (${name}) is not the legal representative and holds no written appointment`,
      });
    }
    for (const r of sideRepresentatives(record, 'employer')) {
      if (r.role === 'chief' || isOutsider(r) || r.chosenBy === 'appointment') continue;
      const name = personName(record, context, r.personId);
      drafts.push({
        action: 'warn', path: 'representatives', figures: { personId: r.personId, chosenBy: r.chosenBy },
        zh: `企业方代表${name}应由法定代表人指派，记录为其他方式产生`,
        en: `Employer's representative ${name} should be appointed by the legal representative`,
      });
    }
    return drafts;
  },
);

export const rep05 = rule(
  {
    id: 'REP-05', source: '《集体合同规定》第二十三条；《工资集体协商试行办法》第十二条', action: 'block', guards: 'meeting',
    titleZh: '外聘代表不超过三分之一，首席代表不得外聘', titleEn: 'Outside professionals: at most a third, never the chief',
    questionZh: '外聘代表持有首席代表的书面委托，不超过本方代表的三分之一，且首席代表不是外聘人员？',
    questionEn: "Are outside professionals appointed in writing, no more than a third of their side, and is neither chief an outsider?",
    decidable: hasRepresentatives,
  },
  (record, context) =>
    negotiatingSides.flatMap((side): FindingDraft[] => {
      const reps = sideRepresentatives(record, side);
      const outsiders = reps.filter(isOutsider);
      const drafts: FindingDraft[] = [];
      // No more than 1/3, in whole people: outsiders × 3 ≤ side.
      if (outsiders.length * 3 > reps.length) {
        drafts.push({
          action: 'block', path: 'representatives',
          zh: `${sideZh[side]} ${reps.length} 名代表中有 ${outsiders.length} 名外聘人员：不得超过本方代表的三分之一（最多 ${Math.floor(reps.length / 3)} 名）`,
          en: `${outsiders.length} of the ${sideEn[side]}'s ${reps.length} representatives are outsiders: at most a third (${Math.floor(reps.length / 3)}) may be`,
          figures: { side, representatives: reps.length, outsiders: outsiders.length, maximum: Math.floor(reps.length / 3) },
        });
      }
      for (const r of outsiders) {
        const name = personName(record, context, r.personId);
        if (r.role === 'chief') {
          drafts.push({
            action: 'block', path: 'representatives', figures: { side, personId: r.personId },
            zh: `${sideZh[side]}首席代表${name}是外聘人员：首席代表不得由外聘人员担任`,
            en: `The ${sideEn[side]}'s chief (${name}) is an outsider: a chief may not be`,
          });
        } else if (!r.authorizationLetter) {
          drafts.push({
            action: 'block', path: 'representatives', figures: { side, personId: r.personId },
            zh: `外聘代表${name}没有${sideZh[side]}首席代表的书面委托书`,
            en: `Outside representative ${name} holds no written appointment from the ${sideEn[side]}'s chief`,
          });
        }
      }
      return drafts;
    }),
);

export const rep06 = rule(
  {
    id: 'REP-06', source: '《集体合同规定》第二十四条', action: 'block', guards: 'meeting',
    titleZh: '双方代表不得相互兼任', titleEn: 'No one on both sides',
    questionZh: '没有人同时担任双方的协商代表？', questionEn: 'Is no one a representative of both sides?',
    decidable: hasRepresentatives,
  },
  (record, context) => {
    const drafts: FindingDraft[] = [];
    const employerIds = new Set(sideRepresentatives(record, 'employer').map((r) => r.personId));
    const both = new Set(sideRepresentatives(record, 'workers').map((r) => r.personId).filter((id) => employerIds.has(id)));
    for (const personId of both) {
      const name = personName(record, context, personId);
      drafts.push({
        action: 'block', path: 'representatives', figures: { personId },
        zh: `${name}同时是职工方和企业方的协商代表：双方代表不得相互兼任`,
        en: `${name} represents both sides: no one may sit on both`,
      });
    }
    for (const r of record.representatives) {
      const listed = context.people.find((p) => p.id === r.personId)?.side;
      if (listed === undefined || listed === 'neutral' || listed === r.side || both.has(r.personId)) continue;
      const name = personName(record, context, r.personId);
      drafts.push({
        action: 'warn', path: 'representatives', figures: { personId: r.personId, listedSide: listed, side: r.side },
        zh: `${name}在人员名单中属于${sideZh[listed]}，却列为${sideZh[r.side]}代表`,
        en: `${name} belongs to the ${sideEn[listed]} in the people list but is listed for the ${sideEn[r.side]}`,
      });
    }
    return drafts;
  },
);

export const rep07 = rule(
  {
    id: 'REP-07', source: '《集体合同规定》第二十条；《工资集体协商试行办法》第九条；《劳动合同法》第五十一条', action: 'warn', guards: 'meeting',
    titleZh: '职工方代表的产生', titleEn: "How the workers' representatives were chosen",
    questionZh: '职工方代表由工会选派（未建工会的，经全体职工过半数同意），且有记录？',
    questionEn: "Were the workers' representatives chosen by the union (or approved by more than half of all workers), on record?",
    decidable: (record) => record.workerRepresentativesApproval !== null,
  },
  (record, context) => {
    const drafts: FindingDraft[] = [];
    const approval = record.workerRepresentativesApproval;
    if (approval === null) {
      drafts.push({
        action: 'warn', path: 'workerRepresentativesApproval',
        zh: record.union.exists
          ? '没有职工方代表由工会选派的记录'
          : '没有职工方代表经民主推荐并由全体职工过半数同意的记录',
        en: record.union.exists
          ? "No record that the union chose the workers' representatives"
          : "No record that the workers' representatives were approved by more than half of all workers",
      });
    } else if (approval.body === 'all_workers' || !record.union.exists) {
      const { approvedBy, totalWorkers } = approval;
      if (approval.body === 'union') {
        drafts.push({
          action: 'warn', path: 'workerRepresentativesApproval.body',
          zh: '企业未建工会，职工方代表应经全体职工过半数同意，而记录为工会选派',
          en: "There is no union, yet the record says the union chose the workers' representatives",
        });
      } else if (approvedBy === null || totalWorkers === null) {
        drafts.push({
          action: 'warn', path: 'workerRepresentativesApproval',
          zh: '职工方代表经职工同意的记录缺少同意人数或全体职工人数',
          en: "The workers' approval lacks the number in favour or the number of all workers",
        });
      } else if (approvedBy * 2 <= totalWorkers) {
        drafts.push({
          action: 'warn', path: 'workerRepresentativesApproval.approvedBy', figures: { approvedBy, totalWorkers },
          zh: `全体职工 ${totalWorkers} 人，同意 ${approvedBy} 人：未过半数`,
          en: `${approvedBy} of all ${totalWorkers} workers approved: not more than half`,
        });
      }
    }
    for (const r of sideRepresentatives(record, 'workers')) {
      if (r.role === 'chief' || isOutsider(r) || r.chosenBy !== 'appointment') continue;
      const name = personName(record, context, r.personId);
      drafts.push({
        action: 'warn', path: 'representatives', figures: { personId: r.personId },
        zh: `职工方代表${name}记录为指派产生：职工方代表应由工会选派或民主推举`,
        en: `Workers' representative ${name} is recorded as appointed: the union chooses them, or the workers elect them`,
      });
    }
    return drafts;
  },
);

export const rep08 = rule(
  {
    id: 'REP-08', source: '《集体合同规定》第三十条、第三十一条', action: 'warn', guards: 'meeting',
    titleZh: '代表出缺 15 日内补足', titleEn: 'A vacant seat is filled within 15 days',
    questionZh: '出缺的协商代表是否在 15 日内补足？', questionEn: 'Was every vacant seat filled within 15 days?',
    decidable: () => true,
  },
  (record, context) =>
    record.vacancies.flatMap((v, i): FindingDraft[] => {
      const path = `vacancies.${i}`;
      const name = personName(record, context, v.personId);
      const deadline = clockDeadline(record, context, 'seat-vacated', v.vacatedAt);
      if (!deadline.ok) return [clockUnknownDraft(deadline.error, path, { zh: '补足代表', en: 'fill the seat' })];
      const due = deadline.value;
      const status = clockStatus(due.dueDate, v.filledAt, context.today, 0);
      const figures = { vacatedAt: v.vacatedAt, dueDate: due.dueDate, filledAt: v.filledAt };
      if (status.state === 'late') {
        return [{ action: 'warn', path, figures, source: due.rule.sourceZh,
          zh: `${sideZh[v.side]}代表${name}于 ${v.vacatedAt} 出缺，${v.filledAt} 才补足，超过期限 ${clockDueText(due, 'zh-CN')}`,
          en: `${name}'s seat fell vacant on ${v.vacatedAt} and was filled on ${v.filledAt}, after ${clockDueText(due, 'en')}` }];
      }
      if (status.state === 'overdue') {
        return [{ action: 'warn', path, figures, source: due.rule.sourceZh,
          zh: `${sideZh[v.side]}代表${name}于 ${v.vacatedAt} 出缺，已逾期 ${status.daysLate} 日未补足，期限 ${clockDueText(due, 'zh-CN')}`,
          en: `${name}'s seat, vacant since ${v.vacatedAt}, is ${status.daysLate} days overdue (due ${clockDueText(due, 'en')})` }];
      }
      if (status.state === 'near' || status.state === 'pending') {
        return [{ action: 'info', path, figures, source: due.rule.sourceZh,
          zh: `${sideZh[v.side]}代表${name}出缺，应于 ${clockDueText(due, 'zh-CN')}前补足`,
          en: `${name}'s seat is vacant: fill it by ${clockDueText(due, 'en')}` }];
      }
      return [];
    }),
);

export const rep09 = rule(
  {
    id: 'REP-09', source: '《集体合同规定》第三十三条第（五）项', action: 'block', guards: 'meeting',
    titleZh: '记录员不是协商代表', titleEn: 'The recorder is not a negotiator',
    questionZh: '记录员由双方共同确定、保持中立、负有保密义务，且不是协商代表？',
    questionEn: 'Is the recorder chosen jointly, neutral, bound to confidentiality, and not a negotiator?',
    decidable: (record) => record.recorder !== null,
  },
  (record, context) => {
    const recorder = record.recorder;
    if (recorder === null) {
      return [{ action: 'warn', path: 'recorder', zh: '尚未确定记录员', en: 'No recorder has been appointed' }];
    }
    const drafts: FindingDraft[] = [];
    const name = personName(record, context, recorder.personId);
    for (const r of record.representatives.filter((rep) => rep.personId === recorder.personId)) {
      drafts.push({
        action: 'block', path: 'recorder.personId', figures: { personId: recorder.personId, side: r.side },
        zh: `记录员${name}同时是${sideZh[r.side]}协商代表：记录员不得由协商代表担任`,
        en: `The recorder (${name}) is also a representative of the ${sideEn[r.side]}: the recorder may not negotiate`,
      });
    }
    if (!recorder.chosenJointly) {
      drafts.push({ action: 'warn', path: 'recorder.chosenJointly', zh: `记录员${name}未记录为双方共同确定`, en: `The recorder (${name}) is not recorded as chosen by both sides` });
    }
    if (!recorder.confidentiality) {
      drafts.push({ action: 'warn', path: 'recorder.confidentiality', zh: `记录员${name}没有保密承诺`, en: `The recorder (${name}) has given no confidentiality undertaking` });
    }
    return drafts;
  },
);

const changeZh = { dismissal: '解除劳动合同', 'job-change': '调整工作岗位', 'contract-expiry': '劳动合同期满', other: '身份变动' } as const;
const changeEn = { dismissal: 'dismissed', 'job-change': 'moved to another job', 'contract-expiry': 'reached the end of the labour contract', other: 'changed status' } as const;

export const rep10 = rule(
  {
    id: 'REP-10', source: '《集体合同规定》第二十八条；《工资集体协商试行办法》第十四条', action: 'warn', guards: 'meeting',
    titleZh: '职工方代表受保护', titleEn: "Workers' representatives are protected",
    questionZh: '职工方代表在任期内没有被无正当理由解除劳动合同或调整岗位？',
    questionEn: "Has no workers' representative been dismissed or moved without just cause during the mandate?",
    decidable: () => true,
  },
  (record, context) => {
    const workers = sideRepresentatives(record, 'workers');
    if (workers.length === 0) return [];
    const drafts: FindingDraft[] = [{
      action: 'info', path: 'representatives',
      zh: '职工方协商代表受保护：协商占用的时间视为正常劳动；任期内劳动合同期满的，自动延长至任期届满；除法定情形外不得解除劳动合同，无正当理由不得调整岗位',
      en: "Workers' representatives: negotiating time counts as normal work; a contract expiring mid-mandate extends to its end; no dismissal except for serious breach, serious dereliction or criminal liability; no job change without just cause",
    }];
    record.statusChanges.forEach((c, i) => {
      if (!workers.some((r) => r.personId === c.personId)) return;
      const name = personName(record, context, c.personId);
      drafts.push({
        action: 'warn', path: `statusChanges.${i}`, figures: { personId: c.personId, date: c.date, change: c.change },
        zh: `职工方代表${name}于 ${c.date} ${changeZh[c.change]}：代表任期内受保护，须有法定理由（合同期满的应自动延长）`,
        en: `Workers' representative ${name} ${changeEn[c.change]} on ${c.date}: protected during the mandate; only statutory grounds apply`,
      });
    });
    return drafts;
  },
);

export const representativeRules: readonly ProcedureRule[] = [rep01, rep02, rep03, rep04, rep05, rep06, rep07, rep08, rep09, rep10];
