/** The author CLI's commands. Each lives in its own file. */
import { check } from './check';
import { play } from './play';
import type { Command } from './types';

export const commands: Record<string, Command> = {
  check,
  play,
};
