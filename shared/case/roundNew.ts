// Where a round starts: blank, or copied forward from the enterprise's previous round (the people at the
// table, the model and its scenarios, the terms, the document details), so next year's talks begin from
// last year's agreement. The copy is a draft: nothing is marked agreed, no step of the procedure is taken,
// and every term gets an id of its own (the ledger keys payments by term id across the enterprise).
import { procedureRecordSchema } from '../procedure/record';
import type { Term } from '../terms/term';
import { congressSessionNew } from '../procedure/congress';
import { type Round, type RoundId, type RoundKind, roundProcedureKind, roundSchema } from './round';

export interface RoundStart {
  readonly id: RoundId;
  readonly title: string;
  readonly kind: RoundKind;
  /** The enterprise the round belongs to: the procedure record names it and its county. */
  readonly enterprise: { readonly name: string; readonly regionCode: string };
}

export function roundBlank(start: RoundStart): Round {
  return roundSchema.parse({
    id: start.id,
    title: start.title,
    kind: start.kind,
    procedure: { title: start.title, kind: roundProcedureKind(start.kind), enterpriseName: start.enterprise.name, regionCode: start.enterprise.regionCode },
  });
}

/** The mark a round gives the ids of the terms copied into it: -c and its id's first 8 letters and digits. */
function copyMark(roundId: RoundId): string {
  return `-c${roundId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`;
}

/**
 * New ids for the copied terms: each old id without the previous round's own mark (so ids stay bounded
 * over the years), cut to fit, then the new round's mark. Only that exact mark is taken off: an id that
 * merely ends like one (the app's ids end in a random slice) keeps its tail. Term ids are
 * [A-Za-z0-9_.-]{1,60}; two that would still meet (a cut, a tail that was a mark) get -1, -2 … before it.
 */
function termIdsCopied(ids: readonly string[], previousId: RoundId, roundId: RoundId): string[] {
  const previousMark = copyMark(previousId);
  const mark = copyMark(roundId);
  const taken = new Set<string>();
  return ids.map((id) => {
    const base = id.length > previousMark.length && id.endsWith(previousMark) ? id.slice(0, -previousMark.length) : id;
    for (let n = 0; ; n++) {
      const tag = n === 0 ? '' : `-${n}`;
      const next = `${base.slice(0, 60 - mark.length - tag.length)}${tag}${mark}`;
      if (!taken.has(next)) {
        taken.add(next);
        return next;
      }
    }
  });
}

function termCopied(term: Term, id: string, title: string): Term {
  const copied = { ...term, id, agreement: title };
  return copied.kind === 'commitment' ? { ...copied, status: 'planned', statusDate: null } : copied;
}

/** A new round from `previous`: see the file comment for what is carried over. */
export function roundCopyForward(previous: Round, start: RoundStart): Round {
  const p = previous.procedure;
  const ids = termIdsCopied(previous.terms.map((t) => t.id), previous.id, start.id);
  const procedure = procedureRecordSchema.parse({
    title: start.title,
    kind: roundProcedureKind(start.kind),
    enterpriseName: start.enterprise.name,
    regionCode: start.enterprise.regionCode,
    union: p.union,
    representatives: p.representatives,
    recorder: p.recorder,
  });
  return {
    id: start.id,
    title: start.title,
    kind: start.kind,
    previousRoundId: previous.id,
    wage: previous.wage,
    agreed: null,
    terms: previous.terms.map((t, i) => termCopied(t, ids[i]!, start.title)),
    procedure,
    details: previous.details,
    // Delegates are elected for a term of years: the roll carries over, the sitting itself does not.
    congress: previous.congress && { ...congressSessionNew(previous.congress.body), roll: previous.congress.roll.map((m) => ({ ...m, present: false })) },
    assumptions: [],
  };
}
