// The law's clock on the command line: procedure deadlines and the holiday calendar they count with.
// Grouped so that the registry (index.ts) gains one entry for both.
import type { CliCommand } from '../command';
import { deadlineCommand } from './deadline';
import { holidayCommand } from './holiday';

export const deadlineCommands: readonly CliCommand[] = [deadlineCommand, holidayCommand];
