// The bad-input corpus: malformed inputs for every way data gets into WageDesk (forms, case files,
// rosters, backups, bundles, holiday calendars). Each case is data: a name, the kind of input, the input
// itself, and the error code it must be answered with. The tests that feed the cases to the real entry
// points live in test/shared/corpus (pure) and test/renderer/corpus (through the database).
// Modules in test/corpus import only shared/ so they type-check in both tsconfig projects.

export const corpusKinds = [
  'form.enterprise',
  'form.person',
  'caseFile.wage',
  'caseFile.procedure',
  'caseFile.terms',
  'roster.rows',
  'roster.file',
  'backup.text',
  'backup.rows',
  'bundle',
  'calendar',
] as const;
export type CorpusKind = (typeof corpusKinds)[number];

/** The five groups of the issue, plus holiday calendars: what the count test reports. */
export const corpusGroups: Readonly<Record<CorpusKind, 'forms' | 'case files' | 'rosters' | 'backups' | 'bundles' | 'calendars'>> = {
  'form.enterprise': 'forms',
  'form.person': 'forms',
  'caseFile.wage': 'case files',
  'caseFile.procedure': 'case files',
  'caseFile.terms': 'case files',
  'roster.rows': 'rosters',
  'roster.file': 'rosters',
  'backup.text': 'backups',
  'backup.rows': 'backups',
  bundle: 'bundles',
  calendar: 'calendars',
};

export interface CorpusCase<K extends CorpusKind, I> {
  /** Unique within its kind; shown as the test's name. */
  readonly name: string;
  readonly kind: K;
  readonly input: I;
  /** The stable error code the entry point must answer with. */
  readonly code: string;
}

/** A string of `n` characters (for "too long" cases). */
export function corpusLong(n: number, unit = '长'): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** A deep copy of a JSON value with `edit` applied to it: cases start from a valid file and break one thing. */
export function corpusEdited<T>(valid: T, edit: (copy: Record<string, unknown>) => void): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
  edit(copy);
  return copy;
}

/** Names must be unique within a kind so a failure names exactly one case. */
export function corpusNamesUnique(cases: readonly { readonly kind: string; readonly name: string }[]): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const c of cases) {
    const key = `${c.kind}: ${c.name}`;
    if (seen.has(key)) twice.push(key);
    seen.add(key);
  }
  return twice;
}
