// The app's one database, created on first use: the only place it is opened. Screens reach it through the
// data facade (renderer/data/send.ts), never directly. Tests replace it with `servicesUse` (a fresh
// database per test).
import { openWageDeskDb, type WageDeskDb } from '../db/schema';

export interface Services {
  readonly db: WageDeskDb;
}

let current: Services | undefined;

export function servicesFor(db: WageDeskDb): Services {
  return { db };
}

export function services(): Services {
  current ??= servicesFor(openWageDeskDb());
  return current;
}

export function servicesUse(next: Services): void {
  current = next;
}
