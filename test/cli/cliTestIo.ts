import type { CliIo } from '../../cli/command';

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
