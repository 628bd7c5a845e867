// News about backups for the parts of the screen that show them (Settings, the reminder on the home
// screen): a backup was made (automatically or downloaded), an automatic one failed, data changed, a
// folder was chosen. No dependencies, so it costs nothing in the start-up bundle.
import type { AppError } from '../../shared/result';

export type BackupEvent =
  | { readonly kind: 'made'; readonly at: string; readonly where: string; readonly automatic: boolean }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'changed'; readonly at: string }
  | { readonly kind: 'destinationChanged' };

type Listener = (event: BackupEvent) => void;

const listeners = new Set<Listener>();
let autoFailure: AppError | null = null;

export function backupEventEmit(event: BackupEvent): void {
  if (event.kind === 'failed') autoFailure = event.error;
  if (event.kind === 'made' && event.automatic) autoFailure = null;
  for (const listener of [...listeners]) listener(event);
}

export function backupEventsSubscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** The error of the last automatic backup if it failed (and none succeeded since), for Settings. */
export function backupAutoFailure(): AppError | null {
  return autoFailure;
}
