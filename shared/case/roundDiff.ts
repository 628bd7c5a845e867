// What differs between two versions of one round, in the terms a person checks when two windows saved it
// differently (the save conflict, renderer/features/case/ConflictBar.tsx): each scenario's monthly base
// wage by quarter, the agreed wages, every amount of every term, and, for anything else, which part of
// the round differs. Figures stay Fen and BasisPoints; wording is the screen's.
import type { Fen } from '../money/fen';
import type { BasisPoints } from '../money/rate';
import type { Quarter } from '../dates/quarter';
import type { Round } from './round';

/** One quarter's base wage of a scenario as entered: an amount, or a raise by an amount or a rate. */
export type WageStepShown =
  | { readonly kind: 'amount'; readonly fen: Fen }
  | { readonly kind: 'raiseAmount'; readonly fen: Fen }
  | { readonly kind: 'raiseRate'; readonly bp: BasisPoints };

/** The parts of a round a difference outside the figures is reported by. */
export const roundSections = ['title', 'wage', 'agreed', 'terms', 'procedure', 'details', 'assumptions', 'other'] as const;
export type RoundSection = (typeof roundSections)[number];

export type RoundDifference =
  /** quarter null: the starting wage before the first modelled quarter. null value: not there on that side. */
  | { readonly kind: 'scenarioWage'; readonly scenario: string; readonly quarter: Quarter | null; readonly mine: WageStepShown | null; readonly theirs: WageStepShown | null }
  | { readonly kind: 'agreedWage'; readonly period: string; readonly appliesTo: string; readonly mine: Fen | null; readonly theirs: Fen | null }
  /** field: the amount's path inside the term (amountFen, amount.capFen, …). */
  | { readonly kind: 'termAmount'; readonly term: string; readonly field: string; readonly mine: Fen | null; readonly theirs: Fen | null }
  /** A part of the round that differs in something other than the figures above. */
  | { readonly kind: 'section'; readonly section: RoundSection };

type Scenario = NonNullable<Round['wage']>['scenarios'][number];

function stepShown(step: Scenario['wages'][number]): WageStepShown {
  if (step.kind === 'raiseRate') return { kind: 'raiseRate', bp: step.rateBp };
  return { kind: step.kind, fen: step.amountFen };
}

const sameStep = (a: WageStepShown | null, b: WageStepShown | null) => JSON.stringify(a) === JSON.stringify(b);

function scenarioWages(mine: readonly Scenario[], theirs: readonly Scenario[]): RoundDifference[] {
  const out: RoundDifference[] = [];
  const names = [...new Set([...mine, ...theirs].map((s) => s.name))];
  for (const name of names) {
    const a = mine.find((s) => s.name === name);
    const b = theirs.find((s) => s.name === name);
    const start = (s: Scenario | undefined): WageStepShown | null => (s?.startingWageFen === undefined ? null : { kind: 'amount', fen: s.startingWageFen });
    if (!sameStep(start(a), start(b))) out.push({ kind: 'scenarioWage', scenario: name, quarter: null, mine: start(a), theirs: start(b) });
    const quarters = [...new Set([...(a?.wages ?? []), ...(b?.wages ?? [])].map((w) => w.quarter))].sort();
    for (const quarter of quarters) {
      const x = a?.wages.find((w) => w.quarter === quarter);
      const y = b?.wages.find((w) => w.quarter === quarter);
      const [m, t] = [x ? stepShown(x) : null, y ? stepShown(y) : null];
      if (!sameStep(m, t)) out.push({ kind: 'scenarioWage', scenario: name, quarter, mine: m, theirs: t });
    }
  }
  return out;
}

function agreedFigures(round: Round) {
  return round.agreed?.kind === 'figures' ? round.agreed.standards : [];
}

function agreedWages(mine: Round, theirs: Round): RoundDifference[] {
  const [a, b] = [agreedFigures(mine), agreedFigures(theirs)];
  const out: RoundDifference[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x?.monthlyFen === y?.monthlyFen) continue;
    const named = (x ?? y)!;
    out.push({ kind: 'agreedWage', period: named.period, appliesTo: named.appliesTo, mine: x?.monthlyFen ?? null, theirs: y?.monthlyFen ?? null });
  }
  return out;
}

/** Every amount (a field ending in Fen) inside a value, by its dotted path. */
function amountsIn(value: unknown, path = '', into = new Map<string, Fen>()): Map<string, Fen> {
  if (value === null || typeof value !== 'object') return into;
  for (const [key, inner] of Object.entries(value)) {
    const at = path === '' ? key : `${path}.${key}`;
    if (key.endsWith('Fen') && typeof inner === 'number') into.set(at, inner as Fen);
    else amountsIn(inner, at, into);
  }
  return into;
}

function termAmounts(mine: Round, theirs: Round): RoundDifference[] {
  const out: RoundDifference[] = [];
  const ids = [...new Set([...mine.terms, ...theirs.terms].map((t) => t.id))];
  for (const id of ids) {
    const [x, y] = [mine.terms.find((t) => t.id === id), theirs.terms.find((t) => t.id === id)];
    const [a, b] = [amountsIn(x), amountsIn(y)];
    const title = (x ?? y)!.title;
    for (const field of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      if (a.get(field) !== b.get(field)) out.push({ kind: 'termAmount', term: title, field, mine: a.get(field) ?? null, theirs: b.get(field) ?? null });
    }
  }
  return out;
}

const sectionOf = (key: string): RoundSection => ((roundSections as readonly string[]).includes(key) ? (key as RoundSection) : 'other');

/**
 * The differences of `mine` from `theirs`: figures first, then each other part that differs. A part
 * whose only differences are figures already listed is not repeated; an empty list means the same round.
 */
export function roundDifferences(mine: Round, theirs: Round): RoundDifference[] {
  const figures = [
    ...scenarioWages(mine.wage?.scenarios ?? [], theirs.wage?.scenarios ?? []),
    ...agreedWages(mine, theirs),
    ...termAmounts(mine, theirs),
  ];
  // A part differs beyond its figures when it still differs with its figures taken as equal.
  const withoutFigures = (value: unknown): string =>
    JSON.stringify(value, (key, inner: unknown) => (key.endsWith('Fen') || key === 'rateBp' ? undefined : inner));
  const sections = new Set<RoundSection>();
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    const [a, b] = [(mine as Record<string, unknown>)[key], (theirs as Record<string, unknown>)[key]];
    if (withoutFigures(a) !== withoutFigures(b)) sections.add(sectionOf(key));
  }
  return [...figures, ...[...sections].map((section): RoundDifference => ({ kind: 'section', section }))];
}
