// The terms and roster commands, joined into the CLI as one entry: `overtime`, `ledger`, `roster`.
import type { CliCommand } from '../command';
import { ledgerCommand } from './ledger';
import { overtimeCommand } from './overtime';
import { rosterCommand } from './roster';

export const termsCommands: readonly CliCommand[] = [overtimeCommand, ledgerCommand, rosterCommand];
