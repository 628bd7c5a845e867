// rules.md §1.4: the draft goes to the workers' congress (职工代表大会) or the all-worker meeting. These
// rules guard signing. Counting follows rules.md §0.7: the denominator is ALL representatives (or all
// workers), never those present; "more than half" is required and exactly half is a warning.
import type { DeadlineRule } from '../deadlineRules';
import type { ProcedureRecord, Vote } from '../record';
import { clockDeadline, clockDueText, clockSource, clockStatus, clockUnknownDraft } from './clock';
import { percentText, voteFailed, voteLatestIndex, voteQuorumMet } from './helpers';
import { type FindingDraft, type ProcedureRule, procedureRule as rule } from './types';
import { procedureVariantFor } from './variants';

function whole(v: Vote): { zh: string; en: string } {
  return v.body === 'workers_congress'
    ? { zh: `全体职工代表 ${v.total} 人`, en: `all ${v.total} congress representatives` }
    : { zh: `全体职工 ${v.total} 人`, en: `all ${v.total} workers` };
}

function latest(record: ProcedureRecord): { vote: Vote; index: number } | null {
  const index = voteLatestIndex(record);
  return index < 0 ? null : { vote: record.votes[index]!, index };
}

const hasVote = (record: ProcedureRecord) => record.votes.length > 0;

export const rat01 = rule(
  {
    id: 'RAT-01', source: '《集体合同规定》第三十六条；《劳动法》第三十三条；《劳动合同法》第五十一条；《工资集体协商试行办法》第十九条', action: 'block', guards: 'signing',
    titleZh: '草案提交职代会或全体职工审议', titleEn: "The draft goes to the workers' congress",
    questionZh: '草案已提交职工代表大会或全体职工大会审议？', questionEn: "Was the draft put to the workers' congress or an all-worker meeting?",
    decidable: () => true,
  },
  (record) => {
    if (hasVote(record)) return [];
    return [{ action: 'block', path: 'votes',
      zh: '草案尚未提交职工代表大会或全体职工大会审议：审议通过前不得签字',
      en: "The draft has not been put to the workers' congress or an all-worker meeting: no signing before it is adopted" }];
  },
);

export const rat02 = rule(
  {
    id: 'RAT-02', source: '《集体合同规定》第三十六条；《福建省企业集体协商和集体合同条例》第二十条', action: 'block', guards: 'signing',
    titleZh: '三分之二以上出席', titleEn: 'A two-thirds quorum',
    questionZh: '出席人数达到全体职工代表（或全体职工）的三分之二以上？', questionEn: 'Were at least two thirds of all representatives (or workers) present?',
    decidable: hasVote,
  },
  (record) => {
    const found = latest(record);
    if (!found || voteQuorumMet(found.vote)) return [];
    const v = found.vote;
    const needed = Math.ceil((v.total * 2) / 3);
    return [{ action: 'block', path: `votes.${found.index}.present`,
      figures: { total: v.total, present: v.present, needed },
      zh: `${whole(v).zh}，出席 ${v.present} 人（${percentText(v.present, v.total)}）：不足三分之二，至少应有 ${needed} 人出席`,
      en: `${v.present} of ${whole(v).en} present (${percentText(v.present, v.total)}): below two thirds; at least ${needed} needed` }];
  },
);

export const rat03 = rule(
  {
    id: 'RAT-03', source: '《集体合同规定》第三十六条', action: 'block', guards: 'signing',
    titleZh: '全体代表过半数同意', titleEn: 'More than half of ALL in favour',
    questionZh: '同意票超过全体职工代表（或全体职工）的半数（以全体而非出席人数计）？',
    questionEn: 'Did more than half of ALL representatives (or workers), not of those present, vote in favour?',
    decidable: hasVote,
  },
  (record) => {
    const found = latest(record);
    if (!found) return [];
    const v = found.vote;
    const path = `votes.${found.index}.for`;
    const figures = { total: v.total, present: v.present, for: v.for, against: v.against, abstaining: v.abstaining };
    if (v.for * 2 > v.total) return [];
    if (v.for * 2 === v.total) {
      return [{ action: 'warn', path, figures,
        zh: `${whole(v).zh}，同意 ${v.for} 人，恰好半数：本条“半数以上同意”可理解为包含半数，但《企业民主管理规定》第二十条要求“过半数”，建议取得过半数同意后再签字`,
        en: `${v.for} of ${whole(v).en} in favour, exactly half: CCR 36 ("half or more") arguably passes it, EDM 20 ("more than half") does not; get a majority before signing` }];
    }
    const ofPresent = v.for * 2 > v.present ? '（虽超过出席人数的半数，但应以全体人数计算）' : '';
    const ofPresentEn = v.for * 2 > v.present ? ' (a majority of those present, but the count is of all)' : '';
    return [{ action: 'block', path, figures,
      zh: `${whole(v).zh}，同意 ${v.for} 人（${percentText(v.for, v.total)}），未达到半数${ofPresent}：草案未获通过`,
      en: `${v.for} of ${whole(v).en} in favour (${percentText(v.for, v.total)}), below half${ofPresentEn}: the draft is not adopted` }];
  },
);

export const rat04 = rule(
  {
    id: 'RAT-04', source: '《企业民主管理规定》第二十条', action: 'warn', guards: 'signing',
    titleZh: '重要事项无记名投票、逐项表决', titleEn: 'Secret ballot, item by item',
    questionZh: '表决采用无记名投票，并逐项表决？', questionEn: 'Was the vote a secret ballot, item by item?',
    decidable: hasVote,
  },
  (record) => {
    const found = latest(record);
    if (!found) return [];
    const drafts: FindingDraft[] = [];
    if (found.vote.method === 'show_of_hands') {
      drafts.push({ action: 'warn', path: `votes.${found.index}.method`,
        zh: `${found.vote.date} 的表决采用举手方式：重要事项应采用无记名投票`, en: `The vote of ${found.vote.date} was a show of hands: important matters need a secret ballot` });
    }
    if (!found.vote.itemByItem) {
      drafts.push({ action: 'warn', path: `votes.${found.index}.itemByItem`,
        zh: `${found.vote.date} 的表决没有逐项进行`, en: `The vote of ${found.vote.date} was not item by item` });
    }
    return drafts;
  },
);

/** A regional rule gives a failed draft a resubmission period (Fujian: 60 days). */
function resubmissionApplies(record: ProcedureRecord, rules: readonly DeadlineRule[]): boolean {
  return rules.some((r) => r.event === 'draft-rejected' && r.kinds.includes(record.kind) && record.regionCode.startsWith(r.region));
}

export const rat05 = rule(
  {
    id: 'RAT-05', source: '《福建省企业集体协商和集体合同条例》第二十条', action: 'block', guards: 'signing',
    titleZh: '书面决议；未通过的 60 日内重新提交（福建）', titleEn: 'A written resolution; resubmit a failed draft within 60 days (Fujian)',
    questionZh: '表决形成了书面决议；草案未通过的，已在 60 日内重新协商并再次提交？',
    questionEn: 'Did the vote produce a written resolution, and was any failed draft resubmitted within 60 days?',
    applies: (record, context) =>
      procedureVariantFor(context.variants, 'written-resolution', record.regionCode) !== undefined ||
      resubmissionApplies(record, context.deadlineRules),
    decidable: hasVote,
  },
  (record, context) => {
    const drafts: FindingDraft[] = [];
    const found = latest(record);
    const variant = procedureVariantFor(context.variants, 'written-resolution', record.regionCode);
    if (found && variant && !found.vote.resolutionWritten) {
      drafts.push({ action: 'block', path: `votes.${found.index}.resolutionWritten`, source: variant.sourceZh,
        zh: `${found.vote.date} 的表决没有形成书面决议`, en: `The vote of ${found.vote.date} produced no written resolution` });
    }
    record.votes.forEach((v, i) => {
      if (!voteFailed(v)) return;
      const path = `votes.${i}`;
      const deadline = clockDeadline(record, context, 'draft-rejected', v.date);
      if (!deadline.ok) {
        if (deadline.error.code !== 'deadline.noRule') drafts.push(clockUnknownDraft(deadline.error, path, { zh: '重新提交草案', en: 'resubmit the draft' }));
        return;
      }
      const due = deadline.value;
      const next = record.votes.filter((w) => w.date > v.date).map((w) => w.date).sort()[0] ?? null;
      const status = clockStatus(due.dueDate, next, context.today, 0);
      const figures = { rejectedAt: v.date, dueDate: due.dueDate, resubmittedAt: next };
      const source = clockSource(due);
      if (status.state === 'late') {
        drafts.push({ action: 'warn', path, figures, source,
          zh: `${v.date} 草案未获通过，${status.doneAt} 才再次提交，超过期限 ${clockDueText(due, 'zh-CN')}`,
          en: `The draft failed on ${v.date} and was resubmitted only on ${status.doneAt}, after ${clockDueText(due, 'en')}` });
      } else if (status.state === 'overdue') {
        drafts.push({ action: 'warn', path, figures, source,
          zh: `${v.date} 草案未获通过，已逾期 ${status.daysLate} 日未重新提交，期限 ${clockDueText(due, 'zh-CN')}`,
          en: `The draft failed on ${v.date}; resubmission is ${status.daysLate} days overdue (due ${clockDueText(due, 'en')})` });
      } else if (status.state !== 'on-time') {
        drafts.push({ action: 'info', path, figures, source,
          zh: `${v.date} 草案未获通过，应重新协商并于 ${clockDueText(due, 'zh-CN')}前再次提交`,
          en: `The draft failed on ${v.date}: renegotiate and resubmit by ${clockDueText(due, 'en')}` });
      }
    });
    return drafts;
  },
);

export const ratificationRules: readonly ProcedureRule[] = [rat01, rat02, rat03, rat04, rat05];
