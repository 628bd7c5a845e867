// Feeding a corpus case to an entry point: whatever it does, the test gets a value back. A throw is
// caught and reported as the failure it is (entry points answer errors as values, never by throwing).
import type { AppError } from '../../../shared/result';

export type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: AppError } | { readonly thrown: unknown };

export async function outcomeOf(run: () => unknown): Promise<Outcome> {
  try {
    const result = (await run()) as { ok: boolean; error?: AppError };
    return result.ok ? { ok: true } : { ok: false, error: result.error! };
  } catch (thrown) {
    return { thrown };
  }
}

/** The error of a refused input, or a thrown Error naming what happened instead. */
export function refusal(outcome: Outcome): AppError {
  if ('thrown' in outcome) throw new Error(`the entry point threw: ${String(outcome.thrown)}`);
  if (outcome.ok) throw new Error('the malformed input was accepted');
  return outcome.error;
}

/** Stable codes are dotted words: backup.notJson, roster.idNumber.checksum, validation. */
export const stableCode = /^[a-z]+(\.[A-Za-z]+)*$/;
