// The app's one database and its repositories, created on first use. Tests replace them with
// `servicesUse` (a fresh database per test).
import { openWageDeskDb, type WageDeskDb } from '../db/schema';
import { enterpriseRepo, type EnterpriseRepo } from '../db/enterpriseRepo';
import { personRepo, type PersonRepo } from '../db/personRepo';

export interface Services {
  readonly db: WageDeskDb;
  readonly enterprises: EnterpriseRepo;
  readonly people: PersonRepo;
}

let current: Services | undefined;

export function servicesFor(db: WageDeskDb): Services {
  return { db, enterprises: enterpriseRepo(db), people: personRepo(db) };
}

export function services(): Services {
  current ??= servicesFor(openWageDeskDb());
  return current;
}

export function servicesUse(next: Services): void {
  current = next;
}
