// Every CLI command, in the order `help` lists them. Add a command: one file here, one line below.
import type { CliCommand } from '../command';
import { bundleCommands } from './bundleCommands';
import { caseCommand } from './caseCommand';
import { creditCodeCommand } from './creditCode';
import { deadlineCommands } from './deadlineCommands';
import { documentCommands } from './documentCommands';
import { procedureCommands } from './procedureCommands';
import { regionCommand } from './region';
import { sampleCommand } from './sample';
import { sectorCommand } from './sector';
import { termsCommands } from './termsCommands';
import { wageCommands } from './wageCommands';

export const cliCommands: readonly CliCommand[] = [
  ...bundleCommands,
  caseCommand,
  creditCodeCommand,
  ...deadlineCommands,
  ...documentCommands,
  ...procedureCommands,
  regionCommand,
  sampleCommand,
  sectorCommand,
  ...termsCommands,
  ...wageCommands,
];
