// Entry point for `npm run cli` (run with tsx). All logic lives in main.ts and the commands.
import { readFile } from 'node:fs/promises';
import { cliMain } from './main';

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
  readText: (path: string) => readFile(path, 'utf8'),
};

cliMain(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
