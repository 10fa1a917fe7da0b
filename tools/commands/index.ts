/** The author CLI's commands. Each lives in its own file. */
import { play } from './play';
import type { Command } from './types';

export const commands: Record<string, Command> = {
  play,
};
