// The one typed contract between the renderer and the main process. One channel per message; each
// request has a zod schema that the main process checks before its handler runs (the renderer is
// untrusted input). Handlers return Result values; nothing throws across the bridge.
import { z } from 'zod';
import type { Result } from '../result';

export const saveFileRequest = z.object({
  /** File name offered in the save dialog, e.g. "工资专项集体合同.docx". */
  suggestedName: z.string().min(1).max(200).refine((n) => !/[\\/]/.test(n), 'no path separators'),
  data: z.instanceof(Uint8Array),
  filters: z
    .array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)).max(10) }))
    .max(10)
    .default([]),
});
export type SaveFileRequest = z.input<typeof saveFileRequest>;
export type SaveFileOutcome = { readonly saved: true; readonly path: string } | { readonly saved: false };

export const printRequest = z.object({
  /** true: open the system print dialog; false is never allowed to print silently from the renderer. */
  dialog: z.literal(true).default(true),
});
export type PrintRequest = z.input<typeof printRequest>;

export const printToPdfRequest = z.object({
  suggestedName: z.string().min(1).max(200).refine((n) => !/[\\/]/.test(n), 'no path separators'),
});
export type PrintToPdfRequest = z.input<typeof printToPdfRequest>;

export const appInfoRequest = z.object({}).strict();
export interface AppInfo {
  readonly version: string;
  /** Where file backups are written (a folder outside IndexedDB). */
  readonly backupDir: string;
  readonly platform: string;
}

/** Request schema for each channel: the main process validates with these before any handler runs. */
export const ipcRequestSchemas = {
  'file:save': saveFileRequest,
  'print:dialog': printRequest,
  'print:pdf': printToPdfRequest,
  'app:info': appInfoRequest,
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;

/** The response each channel resolves to. */
export interface IpcResponses {
  'file:save': Result<SaveFileOutcome>;
  'print:dialog': Result<{ readonly printed: boolean }>;
  'print:pdf': Result<SaveFileOutcome>;
  'app:info': Result<AppInfo>;
}

export type IpcRequest<C extends IpcChannel> = z.input<(typeof ipcRequestSchemas)[C]>;
export type IpcParsedRequest<C extends IpcChannel> = z.output<(typeof ipcRequestSchemas)[C]>;

/** What the preload exposes as `window.wagedesk`: one typed function for every channel. */
export type DesktopBridge = {
  invoke<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponses[C]>;
};

export const ipcChannels = Object.keys(ipcRequestSchemas) as IpcChannel[];
