// The workers' congress on site (职工代表大会 or 全体职工大会) that adopts the draft: the roll of delegates
// (or workers), who is present, the ballot counted, and the result judged by the rules before it goes
// into the procedure record as a vote (RAT-01..05, RAT-07). Counting follows rules.md §0.7:
// - quorum (RAT-02, CCR 36 "三分之二以上"): "以上" includes the figure itself (民法典 1259), so 40 of 60
//   present is a quorum and 39 is not;
// - adoption (RAT-03, CCR 36 / EDM 20): MORE than half of ALL delegates, not of those present; exactly
//   half is not adopted here and is warned about, because CCR's "半数以上" arguably passes it.
import { z } from 'zod';
import type { ProcedureRecord, Vote } from './record';
import { countField, isoDateField, text } from './record/fields';
import { voteQuorumMet } from './rules/helpers';

export const congressBodies = ['workers_congress', 'all_workers_meeting'] as const;
export type CongressBody = (typeof congressBodies)[number];
export const congressMethods = ['secret_ballot', 'show_of_hands'] as const;
export type CongressMethod = (typeof congressMethods)[number];

/** The most names a roll holds: an all-worker meeting of a large plant. */
export const CONGRESS_ROLL_MAX = 20_000;

export const congressMemberSchema = z.strictObject({
  name: z.string().trim().min(1, 'validation.required').max(50, 'validation.tooLong'),
  /** 代表团／车间 or any grouping the roll is read out by; empty when none. */
  group: text(50),
  present: z.boolean().default(false),
});
export type CongressMember = z.output<typeof congressMemberSchema>;

/** The ballot as counted: paper ballots entered as totals (with spoilt ones), or a show of hands. */
export const congressCountSchema = z.strictObject({
  for: countField,
  against: countField,
  abstaining: countField,
  /** 废票: paper ballots that count for nothing; always 0 for a show of hands. */
  invalid: countField.default(0),
});
export type CongressCount = z.output<typeof congressCountSchema>;

export const congressSessionSchema = z.strictObject({
  date: isoDateField.nullable().default(null),
  body: z.enum(congressBodies).default('workers_congress'),
  roll: z.array(congressMemberSchema).max(CONGRESS_ROLL_MAX).default([]),
  method: z.enum(congressMethods).default('secret_ballot'),
  /** null until the ballot is counted. */
  count: congressCountSchema.nullable().default(null),
  itemByItem: z.boolean().default(false),
  /** Which vote of the procedure record this sitting was written as; null until recorded. */
  recordedVote: z.number().int().min(0).nullable().default(null),
});
export type CongressSession = z.output<typeof congressSessionSchema>;
export type CongressSessionInput = z.input<typeof congressSessionSchema>;

export function congressSessionNew(body: CongressBody = 'workers_congress'): CongressSession {
  return congressSessionSchema.parse({ body });
}

/** "1. 张三", "2、李四\t一车间", "王五,二车间": a pasted list, one person a line, an optional group after a tab or comma. */
export function congressRollParse(pasted: string): CongressMember[] {
  return pasted
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\d+\s*[.、．)）]\s*/, '').trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [name = '', group = ''] = line.split(/\t|[,，;；]/).map((s) => s.trim());
      return { name: name.slice(0, 50), group: group.slice(0, 50), present: false };
    })
    .filter((m) => m.name !== '');
}

/**
 * An all-worker meeting's roll from the enterprise's roster: everyone still employed, on leave and stood
 * down included (they are workers of the enterprise and count in "all"); those who left do not.
 */
export function congressRollFromRoster(workers: readonly { readonly name: string; readonly group: string; readonly status: string; readonly leftOn: string | null }[]): CongressMember[] {
  return workers.filter((w) => w.status !== 'left' && w.leftOn === null).map((w) => ({ name: w.name, group: w.group, present: false }));
}

/** Names read twice on the roll: probably pasted twice, but namesakes exist, so only said, never removed. */
export function congressRollDuplicates(roll: readonly CongressMember[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const m of roll) (seen.has(m.name) ? twice : seen).add(m.name);
  return [...twice];
}

/** Present: at least two thirds of all (RAT-02), counted in whole people: present × 3 ≥ total × 2. */
export function congressQuorumNeeded(total: number): number {
  return Math.ceil((total * 2) / 3);
}

/** For votes needed to adopt: more than half of ALL (RAT-03). */
export function congressMajorityNeeded(total: number): number {
  return Math.floor(total / 2) + 1;
}

export type CongressOutcome =
  /** No roll yet. */
  | 'noRoll'
  /** Fewer than two thirds present: the sitting may not vote. */
  | 'noQuorum'
  /** Quorum met; the ballot not counted yet. */
  | 'awaitingCount'
  /** More ballots than people present (RAT-07): the count is wrong, not a result. */
  | 'countTooMany'
  | 'adopted'
  /** Exactly half of all for: not adopted here, with a warning (rules.md §0.7). */
  | 'exactlyHalf'
  | 'notAdopted';

export interface CongressJudgment {
  readonly total: number;
  readonly present: number;
  readonly quorumNeeded: number;
  readonly quorum: boolean;
  readonly majorityNeeded: number;
  /** for + against + abstaining + invalid; null before the count. */
  readonly cast: number | null;
  readonly outcome: CongressOutcome;
}

export function congressPresentCount(session: CongressSession): number {
  return session.roll.reduce((n, m) => (m.present ? n + 1 : n), 0);
}

export function congressJudge(session: CongressSession): CongressJudgment {
  const total = session.roll.length;
  const present = congressPresentCount(session);
  const quorumNeeded = congressQuorumNeeded(total);
  const quorum = total > 0 && voteQuorumMet({ present, total });
  const majorityNeeded = congressMajorityNeeded(total);
  const c = session.count;
  const cast = c === null ? null : c.for + c.against + c.abstaining + (session.method === 'secret_ballot' ? c.invalid : 0);
  const base = { total, present, quorumNeeded, quorum, majorityNeeded, cast };
  if (total === 0) return { ...base, outcome: 'noRoll' };
  if (!quorum) return { ...base, outcome: 'noQuorum' };
  if (c === null || cast === null) return { ...base, outcome: 'awaitingCount' };
  if (cast > present) return { ...base, outcome: 'countTooMany' };
  if (c.for * 2 > total) return { ...base, outcome: 'adopted' };
  if (c.for * 2 === total) return { ...base, outcome: 'exactlyHalf' };
  return { ...base, outcome: 'notAdopted' };
}

export type CongressVoteError = 'noDate' | 'noRoll' | 'noCount' | 'countTooMany';

/**
 * The sitting as a vote of the procedure record. A sitting without a quorum is recorded too (with the
 * count it has, or none for): it happened, and RAT-02 then says why the draft cannot be signed.
 */
export function congressVote(session: CongressSession): { ok: true; vote: Vote } | { ok: false; error: CongressVoteError } {
  const judged = congressJudge(session);
  if (session.date === null) return { ok: false, error: 'noDate' };
  if (judged.outcome === 'noRoll') return { ok: false, error: 'noRoll' };
  if (judged.outcome === 'countTooMany') return { ok: false, error: 'countTooMany' };
  const c = session.count;
  if (c === null && judged.quorum) return { ok: false, error: 'noCount' };
  return {
    ok: true,
    vote: {
      date: session.date,
      body: session.body,
      total: judged.total,
      present: judged.present,
      for: c?.for ?? 0,
      against: c?.against ?? 0,
      abstaining: c?.abstaining ?? 0,
      method: session.method,
      itemByItem: session.itemByItem,
      // Whether the resolution was adopted in writing is the user's to say (the vote form's box).
      resolutionWritten: false,
    },
  };
}

/**
 * The record with the sitting written as a vote: over the vote it was written as before, else appended as
 * a new sitting. Answers the index it was written at. A vote deleted on the timeline shifts the ones after
 * it, so the vote at the remembered place is taken as this sitting's only while it still shares its date
 * or its total with it (a corrected date or a corrected roll, not both at once); otherwise another vote
 * sits there now and is left alone.
 */
export function congressRecordWith(record: ProcedureRecord, session: CongressSession, vote: Vote): { record: ProcedureRecord; index: number } {
  const at = session.recordedVote;
  const there = at === null ? undefined : record.votes[at];
  if (at !== null && there && (there.date === vote.date || there.total === vote.total)) {
    const kept = { ...vote, resolutionWritten: there.resolutionWritten };
    return { record: { ...record, votes: record.votes.map((v, i) => (i === at ? kept : v)) }, index: at };
  }
  return { record: { ...record, votes: [...record.votes, vote] }, index: record.votes.length };
}
