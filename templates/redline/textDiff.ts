// What changed inside one paragraph, table cell or heading: the old runs against the new, as pieces of
// text that stayed, were inserted or were deleted. Chinese has no spaces, so the unit is the character,
// except where a reader sees one thing: an amount in figures (1,750.00), a percentage (-10.29%), an
// amount in capitals (壹仟柒佰伍拾元整), a Chinese numeral (第十一条), a Latin word. Those are whole tokens,
// so a changed wage reads 1,750.00 → 1,570.00 rather than a jumble of single digits.
// The diff itself is jsdiff's (`diffArrays`, Myers' O(ND) algorithm) over those tokens.
import { diffArrays } from 'diff';
import type { Run } from '../model';

export type SegmentKind = 'equal' | 'inserted' | 'deleted';

/** A piece of a redlined text: a model run (its text, bold, blank) and what happened to it. */
export interface RedlineSegment extends Run {
  readonly kind: SegmentKind;
}

interface Token {
  readonly text: string;
  readonly bold: boolean;
  readonly blank: boolean;
}

const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const CAPITALS = '[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]';
/**
 * In order of preference at each position: a signed number with its % (the minus of 增长-10.29%), an
 * amount in capitals (at least one capital digit, so 元 or 整 alone stays a character), a Chinese
 * numeral, a Latin word, a line break, other white space, and any other single character (a whole code
 * point: 𠮷 stays one token).
 */
const TOKEN = new RegExp(
  `[+\\-−]?(?:${DIGITS})%?|${CAPITALS}*[零壹贰叁肆伍陆柒捌玖]${CAPITALS}*|[〇零一二三四五六七八九十百千万亿两]+|[A-Za-z]+|\\n|[^\\S\\n]+|[\\s\\S]`,
  'gu',
);

/** The tokens of a text, in order; joined they give the text back. */
export function textTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function runTokens(runs: readonly Run[]): Token[] {
  return runs.flatMap((r) => textTokens(r.text).map((text) => ({ text, bold: r.bold === true, blank: r.blank === true })));
}

const sameToken = (a: Token, b: Token) => a.text === b.text && a.bold === b.bold && a.blank === b.blank;
/** Measured in tokens, the units a reader sees: 1,750.00 is one, as 工 is. */
const length = (tokens: readonly Token[]) => tokens.length;

type Stretch = { readonly kind: 'equal'; readonly tokens: Token[] } | { readonly kind: 'change'; readonly deleted: Token[]; readonly inserted: Token[] };

/**
 * Folds a short stretch left equal between two changes into them (diff-match-patch's semantic cleanup
 * rule: the equality is no longer than the larger side of the change on each side of it, here counted in
 * tokens). Why: a character diff of two different sentences keeps every shared 的 and 工 as "equal", and
 * the result is unreadable; replaced as a whole, the old sentence reads struck through and the new one
 * after it. Counted in tokens, two amounts swapped in a sentence stay two small changes.
 */
function stretchesCleaned(stretches: Stretch[]): Stretch[] {
  const out = [...stretches];
  for (let i = 1; i < out.length - 1; i++) {
    const [before, equal, after] = [out[i - 1]!, out[i]!, out[i + 1]!];
    if (equal.kind !== 'equal' || before.kind !== 'change' || after.kind !== 'change') continue;
    const n = length(equal.tokens);
    if (n > Math.max(length(before.deleted), length(before.inserted)) || n > Math.max(length(after.deleted), length(after.inserted))) continue;
    out.splice(i - 1, 3, {
      kind: 'change',
      deleted: [...before.deleted, ...equal.tokens, ...after.deleted],
      inserted: [...before.inserted, ...equal.tokens, ...after.inserted],
    });
    // The merged change is longer: the equality before it may fold now as well.
    i = Math.max(0, i - 3);
  }
  return out;
}

function stretchesOf(previous: Token[], next: Token[]): Stretch[] {
  const stretches: Stretch[] = [];
  for (const part of diffArrays(previous, next, { comparator: sameToken })) {
    const last = stretches.at(-1);
    if (!part.added && !part.removed) stretches.push({ kind: 'equal', tokens: part.value });
    else if (last?.kind === 'change') (part.added ? last.inserted : last.deleted).push(...part.value);
    else stretches.push({ kind: 'change', deleted: part.removed ? [...part.value] : [], inserted: part.added ? [...part.value] : [] });
  }
  return stretches;
}

/** Tokens as segments of one kind, neighbours with the same kind and look joined (a line break stays its own, as cells split on it). */
function segmentsAppend(out: RedlineSegment[], tokens: readonly Token[], kind: SegmentKind): void {
  for (const t of tokens) {
    const last = out.at(-1);
    if (last && last.kind === kind && (last.bold === true) === t.bold && (last.blank === true) === t.blank && t.text !== '\n' && last.text !== '\n') {
      out[out.length - 1] = { ...last, text: last.text + t.text };
    } else out.push({ kind, text: t.text, ...(t.bold ? { bold: true } : {}), ...(t.blank ? { blank: true } : {}) });
  }
}

/** The old runs against the new: equal, deleted and inserted pieces; within a change the deleted text comes first. */
export function textDiff(previous: readonly Run[], next: readonly Run[]): RedlineSegment[] {
  const out: RedlineSegment[] = [];
  for (const s of stretchesCleaned(stretchesOf(runTokens(previous), runTokens(next)))) {
    if (s.kind === 'equal') segmentsAppend(out, s.tokens, 'equal');
    else {
      segmentsAppend(out, s.deleted, 'deleted');
      segmentsAppend(out, s.inserted, 'inserted');
    }
  }
  return out;
}

/** Runs that are all of one kind: a text inserted or deleted whole, or left as it was. */
export function segmentsWhole(runs: readonly Run[], kind: SegmentKind): RedlineSegment[] {
  const out: RedlineSegment[] = [];
  segmentsAppend(out, runTokens(runs), kind);
  return out;
}

/** The text as it was (`previous`: equal and deleted pieces) or as it is now (`next`: equal and inserted). */
export function segmentsText(segments: readonly RedlineSegment[], side: 'previous' | 'next'): string {
  const dropped: SegmentKind = side === 'previous' ? 'inserted' : 'deleted';
  return segments.map((s) => (s.kind === dropped ? '' : s.text)).join('');
}
