// The wage-model commands, joined into the CLI as one entry: `model`, `minwage` and `guideline`.
import type { CliCommand } from '../command';
import { guidelineCommand } from './guideline';
import { minwageCommand } from './minwage';
import { modelCommand } from './model';

export const wageCommands: readonly CliCommand[] = [modelCommand, minwageCommand, guidelineCommand];
