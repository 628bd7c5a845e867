// How long a name, a title or a clause typed in may be: lengths a signed contract respects (a party block
// that fits the parties table, a title on one or two lines, an article of at most a few pages). Messages
// are i18n keys, as in enterprise/model.ts.
//
// Enterprise and person names have always had these limits in their schemas. Titles and clauses had
// looser ones (200 and 20 000 characters) and rows were stored under them; the stored shapes (round.ts,
// terms/term.ts) keep the old limits, because the same schemas restore every stored row and every file
// (restore-on-read would skip a round whose title is 150 characters). So the tighter limits below apply
// only where text is typed in: the forms, and creating a round.
import { z } from 'zod';

export const textLimits = {
  enterpriseName: 100,
  personName: 50,
  /** A round's title, a term's title. */
  title: 100,
  /** One clause's wording (templates/overrides.ts); the agreement content takes 5 000 a clause too. */
  clause: 5000,
} as const;

/** A title typed in: required, at most textLimits.title characters after trimming. */
export const titleInputField = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(textLimits.title, 'validation.tooLong');

/** Whether a clause's new wording is longer than a clause may be. */
export function clauseTextTooLong(text: string): boolean {
  return text.length > textLimits.clause;
}
