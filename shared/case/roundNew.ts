// Where a round starts: blank, or copied forward from the enterprise's previous round (the people at the
// table, the model and its scenarios, the terms, the document details), so next year's talks begin from
// last year's agreement. The copy is a draft: nothing is marked agreed, no step of the procedure is taken,
// and every term gets an id of its own (the ledger keys payments by term id across the enterprise).
import { procedureRecordSchema } from '../procedure/record';
import type { Term } from '../terms/term';
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

/** Term ids are [A-Za-z0-9_.-]{1,60}: the old id (without an earlier copy's suffix) and the new round's. */
function termIdCopied(id: string, roundId: RoundId): string {
  const suffix = `-c${roundId.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`;
  const base = id.replace(/-c[A-Za-z0-9]{1,8}$/, '');
  return `${base.slice(0, 60 - suffix.length)}${suffix}`;
}

function termCopied(term: Term, roundId: RoundId, title: string): Term {
  const copied = { ...term, id: termIdCopied(term.id, roundId), agreement: title };
  return copied.kind === 'commitment' ? { ...copied, status: 'planned', statusDate: null } : copied;
}

/** A new round from `previous`: see the file comment for what is carried over. */
export function roundCopyForward(previous: Round, start: RoundStart): Round {
  const p = previous.procedure;
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
    terms: previous.terms.map((t) => termCopied(t, start.id, start.title)),
    procedure,
    details: previous.details,
    assumptions: [],
  };
}
