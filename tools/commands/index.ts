/** The author CLI's commands. Each lives in its own file. */
import { analyze } from './analyze';
import { check } from './check';
import { graph } from './graph';
import { play } from './play';
import type { Command } from './types';

export const commands: Record<string, Command> = {
  analyze,
  check,
  graph,
  play,
};
