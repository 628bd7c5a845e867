// Dispatches `npm run cli -- <command> …` to one command; `help` lists them.
import type { CliIo } from './command';
import { cliCommands } from './commands';

export async function cliMain(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out('WageDesk 协商台 command line. Usage: npm run cli -- <command> [arguments]');
    for (const c of cliCommands) io.out(`  ${c.usage.padEnd(48)} ${c.summary}`);
    return name ? 0 : 2;
  }
  const command = cliCommands.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command "${name}"; try: npm run cli -- help`);
    return 2;
  }
  return command.run(rest, io);
}
