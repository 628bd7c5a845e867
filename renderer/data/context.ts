// What every data handler works with: the one database and the clock and id source (tests pass their own).
import type { RepoDeps } from '../db/repoResult';
import type { WageDeskDb } from '../db/schema';
import type { WitnessOsVault } from '../../shared/witness/osVault';

export interface DataContext {
  readonly db: WageDeskDb;
  readonly deps: RepoDeps;
  /** The desktop app's OS-protected witness key store; absent in the browser edition (and in most tests). */
  readonly witnessVault?: WitnessOsVault;
}
