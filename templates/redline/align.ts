// Two sequences side by side (the blocks of two agreements, the rows of two tables, the paragraphs of
// two versions of a clause): what stayed, what was changed, what was inserted or deleted.
import { diffArrays } from 'diff';

/** One place in the aligned sequence: both sides (kept or changed), only the new (inserted), only the old (deleted). */
export interface Aligned<T> {
  readonly previous: T | null;
  readonly next: T | null;
}

/**
 * Items with the same `identity` (a clause's stable id, a heading without its number) are matched in order
 * (jsdiff's longest common subsequence of the identities). Between two matches, what is left on both sides
 * is paired in order where `pairable` says the two are one item rewritten (a paragraph reworded, a table
 * with a new first row); the rest stands alone, deletions before insertions, so that the new items in
 * order are the new sequence and the old items in order are the old one.
 */
export function sequenceAlign<T>(previous: readonly T[], next: readonly T[], identity: (item: T) => string, pairable: (a: T, b: T) => boolean): Aligned<T>[] {
  const out: Aligned<T>[] = [];
  let i = 0;
  let j = 0;
  let deleted: T[] = [];
  let inserted: T[] = [];
  const flush = () => {
    out.push(...gapPaired(deleted, inserted, pairable));
    deleted = [];
    inserted = [];
  };
  for (const part of diffArrays(previous.map(identity), next.map(identity))) {
    if (part.removed) deleted.push(...previous.slice(i, (i += part.count)));
    else if (part.added) inserted.push(...next.slice(j, (j += part.count)));
    else {
      flush();
      for (let k = 0; k < part.count; k++) out.push({ previous: previous[i++]!, next: next[j++]! });
    }
  }
  flush();
  return out;
}

/** Pairs in order (each deletion with the first pairable insertion after the last pair), the rest alone. */
function gapPaired<T>(deleted: readonly T[], inserted: readonly T[], pairable: (a: T, b: T) => boolean): Aligned<T>[] {
  const out: Aligned<T>[] = [];
  let d = 0;
  let n = 0;
  for (let k = 0; k < deleted.length; k++) {
    const at = inserted.findIndex((item, m) => m >= n && pairable(deleted[k]!, item));
    if (at < 0) continue;
    while (d < k) out.push({ previous: deleted[d++]!, next: null });
    while (n < at) out.push({ previous: null, next: inserted[n++]! });
    out.push({ previous: deleted[d++]!, next: inserted[n++]! });
  }
  while (d < deleted.length) out.push({ previous: deleted[d++]!, next: null });
  while (n < inserted.length) out.push({ previous: null, next: inserted[n++]! });
  return out;
}
