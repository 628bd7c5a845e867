// Every CLI command, in the order `help` lists them. Add a command: one file here, one line below.
import type { CliCommand } from '../command';
import { creditCodeCommand } from './creditCode';
import { regionCommand } from './region';
import { sampleCommand } from './sample';

export const cliCommands: readonly CliCommand[] = [
  creditCodeCommand,
  regionCommand,
  sampleCommand,
];
