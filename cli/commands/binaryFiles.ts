// Binary file access for the bundle commands (CliIo reads text only). Node's fs, so only in cli/.
import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from '../command';

export async function fileBytesRead(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}

/** Writes `bytes`; `secret` files are created only if absent and readable by the owner alone. */
export async function fileBytesWrite(path: string, bytes: Uint8Array | string, secret = false): Promise<void> {
  await writeFile(path, bytes, secret ? { flag: 'wx', mode: 0o600 } : {});
}

export function fileErrorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Writes a built file; on failure says so in both languages and answers false (the command exits 1). */
export async function fileBytesWriteOrSay(path: string, bytes: Uint8Array, io: CliIo): Promise<boolean> {
  try {
    await fileBytesWrite(path, bytes);
    return true;
  } catch (error) {
    io.err(`错误：无法写出文件 ${path} / error: cannot write ${path}: ${fileErrorText(error)}`);
    return false;
  }
}
