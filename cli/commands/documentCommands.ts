// Documents on the command line: render templates to .docx, the filing package, redline two rounds' agreements, and write
// amounts in capitals.
// Grouped so that the registry (index.ts) gains one entry for them all.
import type { CliCommand } from '../command';
import { amountWordsCommand } from './amountWords';
import { filingPackageCommand } from './filingPackage';
import { redlineCommand } from './redline';
import { renderCommand } from './render';

export const documentCommands: readonly CliCommand[] = [amountWordsCommand, filingPackageCommand, redlineCommand, renderCommand];
