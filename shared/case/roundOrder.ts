// Rounds in the order they happened: by the first day of the agreement's term, else the day it was
// signed, else the day talks were requested; a round with none of these (just started) comes last.
// "Earlier rounds" (the wage history an agreement cites) and the round list both follow this order.
import type { Round } from './round';

function roundDay(round: Round): string {
  const p = round.procedure;
  return p.term?.from ?? p.signing?.date ?? p.request?.sentAt ?? '9999-12-31';
}

export function roundsOrdered<R extends { readonly round: Round }>(items: readonly R[]): R[] {
  return [...items].sort((a, b) => {
    const da = roundDay(a.round);
    const db = roundDay(b.round);
    return da < db ? -1 : da > db ? 1 : a.round.title < b.round.title ? -1 : a.round.title > b.round.title ? 1 : 0;
  });
}

/** The rounds that came before `roundId` in that order. */
export function roundsBefore<R extends { readonly round: Round }>(items: readonly R[], roundId: string): R[] {
  const ordered = roundsOrdered(items);
  const at = ordered.findIndex((r) => r.round.id === roundId);
  return at < 0 ? ordered : ordered.slice(0, at);
}
