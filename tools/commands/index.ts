/** The author CLI's commands. Each lives in its own file. */
import { analyze } from './analyze';
import { check } from './check';
import { extract } from './extract';
import { graph } from './graph';
import { importTwine } from './import';
import { importTranslation } from './import-translation';
import { play } from './play';
import type { Command } from './types';

export const commands: Record<string, Command> = {
  analyze,
  check,
  extract,
  graph,
  import: importTwine,
  'import-translation': importTranslation,
  play,
};
