// Documents on the command line: render templates to .docx, and write amounts in capitals.
// Grouped so that the registry (index.ts) gains one entry for both.
import type { CliCommand } from '../command';
import { amountWordsCommand } from './amountWords';
import { renderCommand } from './render';

export const documentCommands: readonly CliCommand[] = [amountWordsCommand, renderCommand];
