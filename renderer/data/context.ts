// What every data handler works with: the one database and the clock and id source (tests pass their own).
import type { RepoDeps } from '../db/repoResult';
import type { WageDeskDb } from '../db/schema';

export interface DataContext {
  readonly db: WageDeskDb;
  readonly deps: RepoDeps;
}
