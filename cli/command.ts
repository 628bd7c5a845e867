// One CLI command: a name, a line of help, and a run function that writes to the given streams and
// returns the exit code. Commands are thin: they parse arguments and call the pure core in shared/.
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Reads a file given on the command line (UTF-8). */
  readonly readText: (path: string) => Promise<string>;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/** `--key value` and `--flag` options plus positional arguments. */
export function cliArgs(args: readonly string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const next = args[i + 1];
      if (inline !== undefined) options.set(key, inline);
      else if (next !== undefined && !next.startsWith('--')) {
        options.set(key, next);
        i++;
      } else options.set(key, true);
    } else positional.push(arg);
  }
  return { positional, options };
}
