/** `play`: play a scenario in the terminal, interactively or from a list of choices. */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createGame, encodeResultCode, groupLog, type Game } from '../../src/engine';
import { readScenario } from '../lib/files';
import { formatReport, formatView } from '../lib/format';
import type { Command } from './types';

export const play: Command = {
  summary: 'play a scenario in the terminal (interactive, or --choices a,b,c)',
  usage: `Usage: npm run scenario -- play <scenario.json> [--seed N] [--choices id,id,...]

Plays the scenario with the same engine as the browser. Without --choices it
asks for each decision (type the number). With --choices it plays that log
("@outcome" entries pin a chance result) and prints the report.`,
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { seed: { type: 'string', default: '1' }, choices: { type: 'string' } } });
    const file = positionals[0];
    const seed = Number(values.seed);
    if (!file || positionals.length > 1 || !Number.isInteger(seed)) {
      console.error(this.usage);
      return 2;
    }
    const game = createGame(readScenario(file), seed);
    if (values.choices !== undefined) return playLog(game, values.choices.split(',').filter(Boolean));
    return playInteractive(game);
  },
};

function playLog(game: Game, log: string[]): number {
  for (const step of groupLog(log)) {
    const r = game.choose(step.choice, step.forced);
    if (!r.ok) {
      console.error(`Choice "${step.choice}" rejected at "${game.state.node}": ${r.rejection.code}${r.rejection.reason ? ` (${r.rejection.reason.text})` : ''}`);
      return 1;
    }
  }
  console.log(game.state.status === 'ended' ? formatReport(game.report()) : formatView(game.view()));
  console.log(`\nResult code: ${encodeResultCode(game)}`);
  return 0;
}

async function playInteractive(game: Game): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    while (game.state.status === 'playing') {
      const view = game.view();
      console.log(`\n${formatView(view)}`);
      const answer = (await rl.question('\nYour choice (number, q to quit): ')).trim();
      if (answer === 'q') return 0;
      const choice = view.choices.find((c) => String(c.number) === answer);
      if (!choice) { console.log('Type the number of a choice.'); continue; }
      const r = game.choose(choice.id);
      if (!r.ok) console.log(`Not possible: ${r.rejection.reason?.text || r.rejection.code}`);
    }
    console.log(`\n${formatView(game.view())}\n\n${formatReport(game.report())}\n\nResult code: ${encodeResultCode(game)}`);
    return 0;
  } finally {
    rl.close();
  }
}
