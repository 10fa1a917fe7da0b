/** `npm run scenario -- analyze`: exit codes, the readable report and --json, run in-process. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { replay } from '../../src/engine';
import { analyze } from '../../tools/commands/analyze';
import { play } from '../../tools/commands/play';
import { mini, rawFixture } from '../support/scenarios';

const MINI = 'test/fixtures/mini.json';

/** Runs a command in-process and captures what it prints. */
async function run(command: { run(args: string[]): Promise<number> }, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; });
  try {
    return { status: await command.run(args), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

function tempScenario(change: (raw: Record<string, any>) => void): string {
  const raw = rawFixture('mini.json');
  change(raw);
  const file = join(mkdtempSync(join(tmpdir(), 'analyze-')), 'scenario.json');
  writeFileSync(file, JSON.stringify(raw));
  return file;
}

afterEach(() => { vi.restoreAllMocks(); });

describe('analyze command', () => {
  it('reports states, endings, success, routes and coverage, and exits 0 with only warnings', async () => {
    const r = await run(analyze, MINI);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/States: 46 distinct, 45 transitions/);
    expect(r.stdout).toMatch(/success\s+success\s+8\s+8\s+33\.3%/);
    expect(r.stdout).toContain('Success within budget and deadline: yes');
    expect(r.stdout).toContain(`cheapest win: USD 800 left, day 11 of 20\n      npm run scenario -- play ${MINI} --choices green,skip,sea,@green-lane,deliver`);
    expect(r.stdout).toContain('Choice never available: ship › vip (scene shown by: green,apply)');
    expect(r.stdout).toContain('Coverage: nodes 9/9 (100%), choices 8/9 (89%), outcomes 2/2 (100%)');
    expect(r.stdout).toContain('Findings: 0 errors, 1 warning (choice-unreachable ×1)');
  });

  it('prints routes that the play command replays to the same result', async () => {
    const r = await run(analyze, MINI);
    const log = /fastest win: {2}USD 400 left, day 3 of 20\n.*--choices (\S+)/.exec(r.stdout)?.[1];
    expect(log).toBeDefined();
    const p = await run(play, MINI, '--choices', log!);
    expect(p.status).toBe(0);
    expect(p.stdout).toContain('Money: spent USD 600 of USD 1,000, USD 400 left');
    expect(p.stdout).toContain('Days: 3 of 20');
  });

  it('adds seeded random plays with --random and --seed, each example reproducible', async () => {
    const a = await run(analyze, MINI, '--random', '300', '--seed', '4');
    expect(a.stdout).toMatch(/Random play: 300 games, seed 4, uniform choices — won \d+\.\d%/);
    expect(a.stdout).toMatch(/money left: p10 USD -?[\d,]+, p50 USD -?[\d,]+, p90 USD -?[\d,]+/);
    const example = /success\s+\d+ \(\d+\.\d%\)\s+e\.g\. npm run scenario -- play \S+ --seed (\d+) --choices (\S+)/.exec(a.stdout);
    expect(example).not.toBeNull();
    const game = replay(mini(), Number(example![1]), example![2]!.split(',')).game;
    expect(game.state.node).toBe('success');
    expect((await run(analyze, MINI, '--random', '300', '--seed', '4')).stdout.replace(/\(\d+\.\d+ s\)/, '')).toBe(a.stdout.replace(/\(\d+\.\d+ s\)/, ''));
  });

  it('exits 1 on an error finding (a soft-lock) and shows the log that reaches it', async () => {
    const file = tempScenario((raw) => { raw.nodes.arrive.choices[0].requires = { type: 'flag', flag: 'aeo' }; });
    const r = await run(analyze, file);
    expect(r.status).toBe(1);
    const log = /SOFT-LOCK at arrive \(\d+ states\): npm run scenario -- play \S+ --choices (\S+)/.exec(r.stdout)?.[1];
    expect(log).toBeDefined();
    const game = replay(mini((raw) => { raw.nodes.arrive.choices[0].requires = { type: 'flag', flag: 'aeo' }; }), 1, log!.split(',')).game;
    expect(game.state.node).toBe('arrive');
    expect(game.view().choices.every((c) => !c.available)).toBe(true);
  });

  it('prints JSON with --json', async () => {
    const r = await run(analyze, MINI, '--json');
    const [entry] = JSON.parse(r.stdout) as { file: string; analysis: { states: number; success: { cheapest: { log: string[] } } }; findings: { code: string }[]; random: null }[];
    expect(entry!.file).toBe(MINI);
    expect(entry!.analysis.states).toBe(46);
    expect(entry!.analysis.success.cheapest.log).toEqual(['green', 'skip', 'sea', '@green-lane', 'deliver']);
    expect(entry!.findings.map((f) => f.code)).toEqual(['choice-unreachable']);
    expect(entry!.random).toBeNull();
  });

  it('stops at --max-states and says the result is incomplete', async () => {
    const r = await run(analyze, MINI, '--max-states', '10');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('INCOMPLETE: stopped at the cap');
    expect(r.stdout).toContain('analysis-incomplete ×1');
  });

  it('exits 2 on bad usage and 1 on an unreadable scenario', async () => {
    expect((await run(analyze)).status).toBe(2);
    expect((await run(analyze, MINI, '--random', 'many')).status).toBe(2);
    expect((await run(analyze, MINI, '--seed', '3')).status).toBe(2);
    expect((await run(analyze, MINI, '--bogus')).status).toBe(2);
    expect((await run(analyze, 'no/such/file.json')).status).toBe(2);
    const broken = tempScenario((raw) => { delete raw.nodes; });
    const r = await run(analyze, broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('not a valid scenario');
  });
});
