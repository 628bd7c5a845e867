// Every CLI command, in the order `help` lists them. Add a command: one file here, one line below.
import type { CliCommand } from '../command';
import { creditCodeCommand } from './creditCode';
import { deadlineCommands } from './deadlineCommands';
import { regionCommand } from './region';
import { sampleCommand } from './sample';
import { wageCommands } from './wageCommands';

export const cliCommands: readonly CliCommand[] = [
  creditCodeCommand,
  ...deadlineCommands,
  regionCommand,
  sampleCommand,
  ...wageCommands,
];
