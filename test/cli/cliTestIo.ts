import type { CliIo } from '../../cli/command';
import type { DocumentWriter } from '../../cli/commands/render';

/** Captures what a command prints; files come from the given map. */
export function cliTestIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readText: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: ${p}`);
      return text;
    },
  };
  return { io, out, err };
}

/** Keeps what `render` writes in memory. */
export function memoryWriter() {
  const files = new Map<string, Uint8Array>();
  const directories: string[] = [];
  const writer: DocumentWriter = {
    writeFile: async (path, bytes) => void files.set(path, bytes),
    makeDirectory: async (path) => void directories.push(path),
  };
  return { writer, files, directories };
}
