// Bundle files picked for import: each is read and checked on its own (a wrong password or a damaged
// file affects only that file), then all readable ones are planned in turn against the registry, as the
// import will apply them. Pure apart from reading the file's bytes (off the UI thread: platform/fileRead).
import { bundleOpen, type BundleOpened } from '../../../shared/bundle/format';
import { fileRead, type FileReadProgress } from '../../platform/fileRead/fileRead';
import { bundleImportPlanAll, type BundleImportPlan, type ImportTrustInput } from '../../../shared/bundle/importPlan';
import type { BundleRegistry } from '../../../shared/bundle/registry';
import type { AppError, Result } from '../../../shared/result';

export type PickedState =
  /** `percent` of the file's bytes read, once known. */
  | { readonly kind: 'reading'; readonly percent?: number }
  /** Encrypted: waiting for its password; `wrong` after a wrong one (the file itself is intact). */
  | { readonly kind: 'password'; readonly wrong: boolean }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'ready'; readonly opened: BundleOpened };

export interface PickedFile {
  readonly id: number;
  readonly name: string;
  readonly bytes: Uint8Array<ArrayBuffer> | null;
  readonly state: PickedState;
}

/** The state after opening `bytes` (with `password` when given). */
export async function pickedOpen(bytes: Uint8Array, password?: string): Promise<PickedState> {
  return pickedState(await bundleOpen(bytes, password));
}

/** A picked file (or its bytes again, with a password) read and opened in a worker, with progress.
 *  `signal`: the file was removed or the panel closed, the read given up and its worker ended. */
export async function pickedRead(source: Blob | Uint8Array, password: string | undefined, onProgress: FileReadProgress, signal?: AbortSignal): Promise<{ readonly bytes: Uint8Array<ArrayBuffer> | null; readonly state: PickedState }> {
  const outcome = await fileRead({ kind: 'bundle', source, ...(password === undefined ? {} : { password }) }, onProgress, signal ? { signal } : {});
  if (outcome.kind !== 'bundle') return { bytes: null, state: { kind: 'failed', error: { code: 'file.readFailed', message: 'unexpected outcome' } } };
  return { bytes: outcome.bytes, state: pickedState(outcome.opened) };
}

function pickedState(opened: Result<BundleOpened>): PickedState {
  if (opened.ok) return { kind: 'ready', opened: opened.value };
  if (opened.error.code === 'bundle.passwordRequired') return { kind: 'password', wrong: false };
  if (opened.error.code === 'bundle.wrongPassword') return { kind: 'password', wrong: true };
  return { kind: 'failed', error: opened.error };
}

export interface ImportPreview {
  /** Per ready file, in the order picked: its plan. */
  readonly plans: readonly { readonly fileId: number; readonly plan: BundleImportPlan }[];
  /** The first conflict: the whole import would be refused. */
  readonly refused: { readonly fileId: number; readonly error: AppError } | null;
}

/** `trust`: the pinned keys and the decisions taken so far on held bundles (trust.ts). */
export function importPreview(registry: BundleRegistry, files: readonly PickedFile[], trust: ImportTrustInput = { pinned: [] }): ImportPreview {
  const ready = files.flatMap((file) => (file.state.kind === 'ready' ? [{ id: file.id, contents: file.state.opened.contents }] : []));
  const batch = bundleImportPlanAll(registry, ready.map((file) => file.contents), trust);
  // The files before a refused one keep their plans, so the preview still shows what they would change.
  const plans = batch.plans.map((plan, i) => ({ fileId: ready[i]!.id, plan }));
  return { plans, refused: batch.ok ? null : { fileId: ready[batch.index]!.id, error: batch.error } };
}
