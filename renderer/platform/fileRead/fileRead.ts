// Reads a picked file off the UI thread: a Web Worker per file (readWorker.ts), so a big or hostile
// file neither freezes the screen nor holds up the other files picked with it. Where Worker is missing
// (unit tests) or the worker cannot start, the same job runs here instead (fileReadJob.ts).
// A read can be given up (its file removed from the list, its panel closed: options.signal) and ends on
// its own when nothing moves for a long while (stall guard): either way its worker is ended, so a stuck
// file leaves no thread spinning behind the screen.
import { fileReadFailed, fileReadRun } from './fileReadJob';
import type { FileReadJob, FileReadMessage, FileReadOutcome, FileReadProgress } from './protocol';

/** No progress for this long and the read ends as `file.stalled`. Generous: a slow disk or a big
 *  bundle's checks must never trip it, only a read that will not finish. */
export const fileReadStallMs = 120_000;

export interface FileReadOptions {
  /** Aborted: the read ends at once as `file.cancelled` (nobody shows it) and its worker is ended. */
  readonly signal?: AbortSignal;
  readonly stallMs?: number;
}

function workerStart(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./readWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function fileRead(job: FileReadJob, onProgress: FileReadProgress = () => {}, options: FileReadOptions = {}): Promise<FileReadOutcome> {
  const { signal, stallMs = fileReadStallMs } = options;
  if (signal?.aborted) return Promise.resolve(fileReadFailed(job, { code: 'file.cancelled', message: 'the read was given up' }));
  const worker = workerStart();
  return new Promise((resolve) => {
    let settled = false;
    let stall: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: FileReadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      signal?.removeEventListener('abort', cancel);
      worker?.terminate();
      resolve(outcome);
    };
    const fail = (code: string, message: string) => finish(fileReadFailed(job, { code, message }));
    const cancel = () => fail('file.cancelled', 'the read was given up');
    const guard = () => {
      clearTimeout(stall);
      stall = setTimeout(() => fail('file.stalled', `no progress for ${Math.round(stallMs / 1000)} s`), stallMs);
    };
    const progress = (percent: number) => {
      if (settled) return;
      guard();
      onProgress(percent);
    };
    signal?.addEventListener('abort', cancel, { once: true });
    guard();
    // In place the job cannot be ended, only no longer waited for: its late outcome is dropped.
    const runHere = () => void fileReadRun(job, progress).then(finish);
    if (!worker) return runHere();
    worker.onmessage = (event: MessageEvent<FileReadMessage>) => {
      if (event.data.type === 'progress') progress(event.data.percent);
      else finish(event.data.outcome);
    };
    // The worker's script failed to load or run: read here rather than not at all.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (!settled) runHere();
    };
    worker.postMessage(job);
  });
}

export type { FileReadJob, FileReadOutcome, FileReadProgress, BackupReadValue } from './protocol';
