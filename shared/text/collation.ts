// Chinese sort order (pinyin, as zh-CN users expect names listed), with the collators made on first use.
// Why lazily: creating a zh-CN Intl.Collator loads ICU's Chinese collation data, tens of milliseconds
// on the start-up path (the enterprise list's repository module made one at load even with nothing to
// sort); a list of zero or one item never needs it.
let names: Intl.Collator | undefined;
let numbered: Intl.Collator | undefined;

/** Names in Chinese order: 陈 before 王 before 张. */
export function zhNameCompare(a: string, b: string): number {
  names ??= new Intl.Collator('zh-CN');
  return names.compare(a, b);
}

/** Identifiers with numbers in them in natural order: 工号2 before 工号10. */
export function zhNumericCompare(a: string, b: string): number {
  numbered ??= new Intl.Collator('zh-CN', { numeric: true });
  return numbered.compare(a, b);
}
