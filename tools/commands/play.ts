/** `play`: play a scenario in the terminal, interactively or from a list of choices. */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createGame, encodeResultCode, groupLog, luckVerdict, playerLuck, type FeedbackMode, type Game } from '../../src/engine';
import { readScenario } from '../lib/files';
import { formatReport, formatView } from '../lib/format';
import type { Command } from './types';

export const play: Command = {
  summary: 'play a scenario in the terminal (interactive, or --choices a,b,c)',
  usage: `Usage: npm run scenario -- play <scenario.json> [--seed N] [--choices id,id,...] [--mode coach|challenge]

Plays the scenario with the same engine as the browser. Without --choices it
asks for each decision (type the number). With --choices it plays that log
("@outcome" entries pin a chance result) and prints the report. --mode names the
feedback mode written in the result code (coach by default).`,
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { seed: { type: 'string', default: '1' }, choices: { type: 'string' }, mode: { type: 'string', default: 'coach' } } });
    const file = positionals[0];
    const seed = Number(values.seed);
    const mode = values.mode;
    if (!file || positionals.length > 1 || !Number.isInteger(seed) || (mode !== 'coach' && mode !== 'challenge')) {
      console.error(this.usage);
      return 2;
    }
    const game = createGame(readScenario(file), seed);
    if (values.choices !== undefined) return playLog(game, values.choices.split(',').filter(Boolean), mode);
    return playInteractive(game, mode);
  },
};

function playLog(game: Game, log: string[], mode: FeedbackMode): number {
  for (const step of groupLog(log)) {
    const r = game.choose(step.choice, step.forced);
    if (!r.ok) {
      console.error(`Choice "${step.choice}" rejected at "${game.state.node}": ${r.rejection.code}${r.rejection.reason ? ` (${r.rejection.reason.text})` : ''}`);
      return 1;
    }
  }
  console.log(game.state.status === 'ended' ? reportText(game, mode) : formatView(game.view(), game.state.vars, mode));
  console.log(`\nResult code: ${encodeResultCode(game, mode)}`);
  return 0;
}

async function playInteractive(game: Game, mode: FeedbackMode): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    while (game.state.status === 'playing') {
      const view = game.view();
      console.log(`\n${formatView(view, game.state.vars, mode)}`);
      const answer = (await rl.question('\nYour choice (number, q to quit): ')).trim();
      if (answer === 'q') return 0;
      const choice = view.choices.find((c) => String(c.number) === answer);
      if (!choice) { console.log('Type the number of a choice.'); continue; }
      const r = game.choose(choice.id);
      if (!r.ok) console.log(`Not possible: ${r.rejection.reason?.text || r.rejection.code}`);
    }
    console.log(`\n${formatView(game.view(), game.state.vars, mode)}\n\n${reportText(game, mode)}\n\nResult code: ${encodeResultCode(game, mode)}`);
    return 0;
  } finally {
    rl.close();
  }
}

/** The report with the ledger and, for a finished game, whether its outcome was judgement or luck. */
export function reportText(game: Game, mode: FeedbackMode): string {
  const report = game.report();
  const luck = report.finished ? luckVerdict(report.success, playerLuck(game.scenario, game.state)) : null;
  return formatReport(report, { vars: game.state.vars, luck, mode });
}
