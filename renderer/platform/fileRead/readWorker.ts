// The file-reading worker: one job, its progress, its outcome (protocol.ts). Started once per file.
import { fileReadRun } from './fileReadJob';
import type { FileReadJob, FileReadMessage } from './protocol';

const post = (message: FileReadMessage, transfer: Transferable[] = []) => (self as unknown as { postMessage(m: unknown, t: Transferable[]): void }).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<FileReadJob>) => {
  void fileReadRun(event.data, (percent) => post({ type: 'progress', percent })).then((outcome) => {
    // The bundle's bytes go back moved, not copied: the screen keeps them for a password.
    post({ type: 'done', outcome }, outcome.kind === 'bundle' && outcome.bytes ? [outcome.bytes.buffer] : []);
  });
};
