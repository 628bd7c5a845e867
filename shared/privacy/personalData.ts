// What personal data a file will hold, counted before it is written, so the export dialog can say it in
// plain words (issue 14, item 7: names, phone numbers, ID numbers and handwritten signatures of named
// people are personal information under PIPL art. 4; ID numbers are sensitive, art. 28).
// Counts only: nothing here reads or shows the data itself.
import type { BundleContents } from '../bundle/contents';

/** What a bundle carries about people. */
export interface BundlePersonalData {
  /** Representatives named (enterprise.json), each with their post. */
  readonly people: number;
  readonly phones: number;
  /** Signatures drawn on screen: images of a person's handwriting. */
  readonly drawnSignatures: number;
}

export function bundlePersonalData(contents: BundleContents): BundlePersonalData {
  const people = contents.enterprise.people;
  return {
    people: people.length,
    phones: people.filter((p) => p.phone.trim() !== '').length,
    drawnSignatures: contents.agreements.reduce((n, v) => n + v.signatures.filter((s) => s.kind === 'drawn').length, 0),
  };
}

/** What a backup carries about people, soft-deleted rows included (a backup holds them too). */
export interface BackupPersonalData {
  readonly people: number;
  readonly peoplePhones: number;
  /** Worker roster rows (姓名 and 身份证号 each). */
  readonly workers: number;
  readonly workerIdNumbers: number;
  readonly workerPhones: number;
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** Counts over rows as stored (people rows; worker rows whose `doc` is a roster entry). */
export function backupPersonalData(people: readonly unknown[], workers: readonly unknown[]): BackupPersonalData {
  const docs = workers.map((row) => (row as { doc?: Record<string, unknown> } | null)?.doc ?? {});
  return {
    people: people.length,
    peoplePhones: people.filter((row) => filled((row as { phone?: unknown } | null)?.phone)).length,
    workers: workers.length,
    workerIdNumbers: docs.filter((doc) => filled(doc.idNumber)).length,
    workerPhones: docs.filter((doc) => filled(doc.phone)).length,
  };
}

/** True when the file would hold anything about a person. */
export function personalDataAny(counts: object): boolean {
  return Object.values(counts).some((n) => typeof n === 'number' && n > 0);
}
