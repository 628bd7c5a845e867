// The negotiation procedure on the command line: the rules check and the witness checklist.
// Grouped so that the registry (index.ts) gains one entry for both.
import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { witnessChecklistCommand } from './witnessChecklist';

export const procedureCommands: readonly CliCommand[] = [checkCommand, witnessChecklistCommand];
