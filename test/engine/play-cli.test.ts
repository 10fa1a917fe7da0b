/** `npm run scenario -- play --choices`: the terminal report prints the ledger, what cost the game and the luck sentence. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { play } from '../../tools/commands/play';

const MINI = 'test/fixtures/mini.json';

async function run(...args: string[]) {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    return { status: await play.run(args), stdout: out.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

afterEach(() => { vi.restoreAllMocks(); });

describe('play command screens', () => {
  it('shows verdicts after a choice in coach mode, and none until the report in challenge mode', async () => {
    const verdict = /\((market|classification|compliance|logistics|finance|customs) [+-]\d+\)/;
    const coach = await run(MINI, '--choices', 'green');
    expect(coach.stdout).toMatch(verdict);
    const challenge = await run(MINI, '--choices', 'green', '--mode', 'challenge');
    expect(challenge.status).toBe(0);
    expect(challenge.stdout).not.toMatch(verdict);
    expect(challenge.stdout).toMatch(/Result code: TG2\.mini\.[^.]+\.[^.]+\.[^.]+\.[^.]+\.x\./);
  });
});

describe('play command report', () => {
  it('prints the ledger step by step and the judgement-or-luck sentence', async () => {
    const r = await run(MINI, '--choices', 'green,skip,sea,@red-lane,deliver');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Ledger (budget USD 1,000, deadline day 20):');
    expect(r.stdout).toMatch(/Decision +By sea {2}\| {2}\+10 d \(day 11\) {2}\| {2}-USD 200 \(USD 800\)/);
    expect(r.stdout).toMatch(/Chance +Physical inspection {2}\| {2}\+3 d \(day 14\)/);
    expect(r.stdout).toMatch(/Judgement or luck: With your decisions, \d+% of games succeed: judgement, not luck\. \(200 replays\)/);
    expect(r.stdout).toContain('Feedback mode: coach');
  });

  it('names what cost a failed game and says it was the decisions', async () => {
    const r = await run(MINI, '--choices', 'roasted,skip,sea,@green-lane,deliver', '--mode', 'challenge');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Outcome: refused/);
    expect(r.stdout).toContain('Feedback mode: challenge');
    expect(r.stdout).toMatch(/What ended the game: /);
    expect(r.stdout).toMatch(/Judgement or luck: With your decisions only 0% of games succeed: the decisions, not bad luck, cost this game\./);
    expect(r.stdout).toMatch(/Mistakes:\n {2}- \[classification\] /);
  });
});
