// Reads a picked file off the UI thread: a Web Worker per file (readWorker.ts), so a big or hostile
// file neither freezes the screen nor holds up the other files picked with it. Where Worker is missing
// (unit tests) or the worker cannot start, the same job runs here instead (fileReadJob.ts).
import { fileReadRun } from './fileReadJob';
import type { FileReadJob, FileReadMessage, FileReadOutcome, FileReadProgress } from './protocol';

function workerStart(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./readWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function fileRead(job: FileReadJob, onProgress: FileReadProgress = () => {}): Promise<FileReadOutcome> {
  const worker = workerStart();
  if (!worker) return fileReadRun(job, onProgress);
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<FileReadMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.percent);
      else {
        worker.terminate();
        resolve(event.data.outcome);
      }
    };
    // The worker's script failed to load or run: read here rather than not at all.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(fileReadRun(job, onProgress));
    };
    worker.postMessage(job);
  });
}

export type { FileReadJob, FileReadOutcome, FileReadProgress, BackupReadValue } from './protocol';
