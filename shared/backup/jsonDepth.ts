// How deep JSON nests, found without recursion. V8's JSON.parse takes text nested thousands of levels
// deep, but the steps after it recurse (canonical JSON, JSON.stringify, a schema over a loose object) and
// overflow the stack at about 4 000 levels: the user would read "Maximum call stack size exceeded". So a
// reader of an outside file (bundle, backup, case file) measures the nesting first and refuses past
// jsonDepthMax with its own named error.

/**
 * Levels of arrays and objects, far beyond any file WageDesk writes: a backup row of a round nests about
 * 10 levels, a frozen agreement's document about 9, the bundle manifest 3.
 */
export const jsonDepthMax = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether arrays and objects in JSON `text` nest deeper than `max`. Brackets inside strings do not count
 * (an escaped quote does not end a string). One pass, stopping at the first level past `max`; text that
 * is not JSON is left for JSON.parse to refuse.
 */
export function jsonTextTooDeep(text: string, max: number = jsonDepthMax): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Jump to the string's end (most of a file is strings): the next quote after an even run of backslashes.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i < 0) return false;
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > max) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--;
  }
  return false;
}

/**
 * Whether a parsed value's arrays and objects nest deeper than `max` (the same count as jsonTextTooDeep),
 * walked with a stack of its own rather than by recursion. A value with a cycle counts as too deep.
 */
export function jsonValueTooDeep(value: unknown, max: number = jsonDepthMax): boolean {
  const pending: { readonly value: object; readonly depth: number }[] = [];
  if (typeof value === 'object' && value !== null) pending.push({ value, depth: 1 });
  while (pending.length > 0) {
    const { value: container, depth } = pending.pop()!;
    if (depth > max) return true;
    for (const child of Array.isArray(container) ? container : Object.values(container)) {
      if (typeof child === 'object' && child !== null) pending.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}
