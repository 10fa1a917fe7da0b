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

/** Where interactive play reads answers and writes screens (the terminal, or a pipe). */
export interface PlayIo {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly output: NodeJS.WritableStream;
}

/**
 * Plays in the terminal. Answers are read line by line from one iterator, so answers piped in ahead
 * of time are kept until the game asks for them; when the input ends the game stops where it is.
 */
export async function playInteractive(game: Game, mode: FeedbackMode, io: PlayIo = { input: process.stdin, output: process.stdout }): Promise<number> {
  const tty = io.input.isTTY === true;
  const rl = createInterface({ input: io.input, ...(tty ? { output: io.output, terminal: true } : { terminal: false }) });
  const lines = rl[Symbol.asyncIterator]();
  const print = (text: string) => { io.output.write(`${text}\n`); };
  const ask = async (prompt: string): Promise<string | null> => {
    io.output.write(prompt);
    const next = await lines.next();
    if (next.done) { io.output.write('\n'); return null; }
    // A piped answer is not echoed by a terminal: show it, so the transcript reads like a session.
    if (!tty) io.output.write(`${next.value}\n`);
    return next.value.trim();
  };
  try {
    while (game.state.status === 'playing') {
      const view = game.view();
      print(`\n${formatView(view, game.state.vars, mode)}`);
      const answer = await ask('\nYour choice (number, q to quit): ');
      if (answer === null) {
        print(`Input ended at "${game.state.node}" before the game did. Result code so far: ${encodeResultCode(game, mode)}`);
        return 0;
      }
      if (answer === 'q') return 0;
      const choice = view.choices.find((c) => String(c.number) === answer);
      if (!choice) { print('Type the number of a choice.'); continue; }
      const r = game.choose(choice.id);
      if (!r.ok) print(`Not possible: ${r.rejection.reason?.text || r.rejection.code}`);
    }
    print(`\n${formatView(game.view(), game.state.vars, mode)}\n\n${reportText(game, mode)}\n\nResult code: ${encodeResultCode(game, mode)}`);
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
