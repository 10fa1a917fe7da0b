/**
 * Terminal play (`npm run scenario -- play`): answers piped in ahead of time are all used, in order;
 * input that ends early stops the game cleanly; money tokens keep the scenario's currency; and a
 * reader that goes away (`play | head`) ends the command quietly instead of with an EPIPE stack trace.
 */
import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { playInteractive } from '../../tools/commands/play';
import { mini } from '../support/scenarios';

/** Plays with every answer already waiting in the input, as `printf '1\n2\n' | npm run scenario -- play …` does. */
async function piped(answers: string[], scenario = mini(), seed = 1) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => { text += d.toString('utf8'); });
  input.end(answers.map((a) => `${a}\n`).join(''));
  const game = createGame(scenario, seed);
  const status = await playInteractive(game, 'coach', { input, output });
  return { status, text, game };
}

describe('piped answers', () => {
  it('uses every answer in order, not only the first', async () => {
    // The same route twice: once from a choice list, once typed as the numbers shown on screen.
    const reference = createGame(mini(), 1);
    const numbers: string[] = [];
    for (const id of ['green', 'skip', 'sea']) {
      const shown = reference.view().choices.find((c) => c.id === id);
      numbers.push(String(shown?.number));
      reference.choose(id);
    }
    const { status, text, game } = await piped(numbers);
    expect(status).toBe(0);
    expect(game.log.filter((x) => !x.startsWith('@'))).toEqual(['green', 'skip', 'sea']);
    expect(text.match(/Your choice \(number, q to quit\): \d\n/g)).toHaveLength(3);
    expect(text).toContain(`Input ended at "${game.state.node}" before the game did.`);
  });

  it('plays to the report when the answers last', async () => {
    const { text, game } = await piped(Array.from({ length: 30 }, () => '1'));
    expect(game.state.status).toBe('ended');
    expect(text).toMatch(/\nOutcome: /);
    expect(text).toMatch(/Result code: TG2\.mini\./);
  });

  it('says so when an answer is not a choice, then goes on with the next', async () => {
    const { text, game } = await piped(['9', 'x', 'q']);
    expect(text.match(/Type the number of a choice\./g)).toHaveLength(2);
    expect(game.log).toEqual([]);
  });
});

describe('money tokens', () => {
  it('keep the scenario\'s currency in the terminal', async () => {
    const s = mini((raw) => {
      raw.currency = 'EUR';
      raw.nodes[raw.start].text = 'The lot is worth about {money:95000}; **{money:1200}** is due now.';
    });
    const { text } = await piped(['q'], s);
    expect(text).toContain('The lot is worth about EUR 95,000; EUR 1,200 is due now.');
    expect(text).not.toMatch(/\{money:/);
  });
});

describe('a reader that goes away', () => {
  it('ends quietly with status 0 (npm run scenario -- play … | head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/scenario.ts', 'play', 'test/fixtures/mini.json', '--choices', 'green'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString('utf8'); });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});
