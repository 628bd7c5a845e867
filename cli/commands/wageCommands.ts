// The wage-model commands, joined into the CLI as one entry: `model` and `minwage`.
import type { CliCommand } from '../command';
import { minwageCommand } from './minwage';
import { modelCommand } from './model';

export const wageCommands: readonly CliCommand[] = [modelCommand, minwageCommand];
