// What a file-reading job does, the same in the worker and, where no Worker exists (unit tests, an old
// engine), on the calling thread: the bytes read in chunks with progress, then the bounded reader
// (bundleOpen, backupParse, fileFingerprint). Anything thrown ends as an error value.
import { backupTextIsEncrypted } from '../../../shared/backup/encrypted';
import { backupParse } from '../../../shared/backup/format';
import { fileFingerprint } from '../../../shared/bundle/fileFingerprint';
import { bundleOpen } from '../../../shared/bundle/format';
import { sectorBundleOpen } from '../../../shared/bundle/sectorBundle';
import { resultErr, resultOk, type AppError, type Result } from '../../../shared/result';
import type { FileReadJob, FileReadOutcome, FileReadProgress } from './protocol';

/** The blob's bytes, reporting each whole percent reached (a stream where the engine has one). */
export async function blobBytes(blob: Blob, onProgress: FileReadProgress): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof blob.stream !== 'function') {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    onProgress(100);
    return bytes;
  }
  const out = new Uint8Array(blob.size);
  const reader = blob.stream().getReader();
  let loaded = 0;
  let reported = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while read: keep what the size promised, the reader refuses the rest as damage.
    out.set(value.subarray(0, Math.max(0, out.length - loaded)), loaded);
    loaded += value.length;
    const percent = blob.size === 0 ? 100 : Math.min(100, Math.floor((loaded / blob.size) * 100));
    if (percent !== reported) onProgress((reported = percent));
  }
  if (reported !== 100) onProgress(100);
  return loaded < out.length ? out.slice(0, loaded) : out;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function bytesRead(source: Blob | Uint8Array, onProgress: FileReadProgress): Promise<Result<Uint8Array<ArrayBuffer>>> {
  try {
    if (source instanceof Uint8Array) return resultOk(new Uint8Array(source));
    return resultOk(await blobBytes(source, onProgress));
  } catch (error) {
    return resultErr('file.readFailed', message(error));
  }
}

export async function fileReadRun(job: FileReadJob, onProgress: FileReadProgress = () => {}): Promise<FileReadOutcome> {
  if (job.kind === 'bundle') {
    const bytes = await bytesRead(job.source, onProgress);
    if (!bytes.ok) return { kind: 'bundle', bytes: null, opened: bytes };
    return { kind: 'bundle', bytes: bytes.value, opened: await bundleOpen(bytes.value, job.password) };
  }
  if (job.kind === 'sectorBundle') {
    const bytes = await bytesRead(job.source, onProgress);
    return { kind: 'sectorBundle', read: bytes.ok ? await sectorBundleOpen(bytes.value) : bytes };
  }
  if (job.kind === 'fingerprint') {
    const bytes = await bytesRead(job.source, onProgress);
    return { kind: 'fingerprint', read: bytes.ok ? await fileFingerprint(job.name, bytes.value) : bytes };
  }
  const bytes = await bytesRead(job.source, onProgress);
  if (!bytes.ok) return { kind: 'backup', read: resultErr('backup.readFailed', bytes.error.message) };
  try {
    // As Blob.text() decodes: UTF-8, a byte-order mark dropped, bad sequences replaced.
    const text = new TextDecoder().decode(bytes.value);
    if (backupTextIsEncrypted(text)) return { kind: 'backup', read: resultOk({ locked: text }) };
    const parsed = await backupParse(text);
    return { kind: 'backup', read: parsed.ok ? resultOk({ document: parsed.value }) : parsed };
  } catch (error) {
    return { kind: 'backup', read: resultErr('backup.unreadable', message(error), { message: message(error) }) };
  }
}

/** The outcome of a job that ended without its reader finishing (a read failed, stalled or was given up). */
export function fileReadFailed(job: FileReadJob, error: AppError): FileReadOutcome {
  if (job.kind === 'bundle') return { kind: 'bundle', bytes: null, opened: { ok: false, error } };
  return { kind: job.kind, read: { ok: false, error } };
}
