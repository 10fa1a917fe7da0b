/** The policy table in `analyze` (text and --json) and the policy-targets warning of `check`, run in-process. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../tools/commands/analyze';
import { check } from '../../tools/commands/check';
import { scene, tiny } from '../support/scenarios';

async function run(command: { run(args: string[]): Promise<number> }, ...args: string[]) {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  return { status: await command.run(args), stdout: out.join('\n') };
}

afterEach(() => { vi.restoreAllMocks(); });

/** Every option wins: careless and random play win every game. */
function unfairFile(): string {
  const s = tiny({ s0: scene([
    { id: 'good', cost: { days: 1 }, scores: [{ dimension: 'market', points: 2, feedback: 'Yes.' }], next: 'win' },
    { id: 'bad', cost: { money: 1 }, scores: [{ dimension: 'market', points: -2, feedback: 'No.' }], next: 'win' },
  ]) });
  const file = join(mkdtempSync(join(tmpdir(), 'policies-')), 'scenario.json');
  writeFileSync(file, JSON.stringify(s, null, 2));
  return file;
}

describe('analyze: the policy table', () => {
  it('prints each policy with its win rate, readiness and endings, the skill gap, luck, best-first share and targets', async () => {
    const r = await run(analyze, 'test/fixtures/fair.json', '--plays', '300');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Policies (300 seeded games each, seed 1):');
    for (const p of ['random', 'first-in-file', 'first-on-screen', 'cheapest', 'fastest', 'careful', 'careless'])
      expect(r.stdout).toMatch(new RegExp(`\\n    ${p} +\\d+\\.\\d% +\\d+%  \\w`));
    expect(r.stdout).toMatch(/Skill gap \(careful − careless\): \d+\.\d points; luck: careful loses \d+\.\d%, careless wins \d+\.\d%/);
    expect(r.stdout).toContain('Best option first in the file: 4 of 8 scored decisions (50.0%)');
  });

  it('puts the table, the targets missed and their figures in --json', async () => {
    const r = await run(analyze, unfairFile(), '--json', '--plays', '200');
    const [entry] = JSON.parse(r.stdout) as { policies: { plays: number; skillGap: number; luck: { carelessWins: number }; policies: { policy: string; successRate: number }[]; missedTargets: { target: string; message: string }[] } }[];
    expect(entry!.policies.plays).toBe(200);
    expect(entry!.policies.policies.map((p) => p.successRate)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(entry!.policies.skillGap).toBe(0);
    expect(entry!.policies.luck.carelessWins).toBe(1);
    expect(entry!.policies.missedTargets.map((m) => m.target)).toEqual(['careless', 'random']);
    expect((await run(analyze, 'test/fixtures/fair.json', '--plays', '0')).status).toBe(2);
  });
});

describe('check: policy-targets', () => {
  it('warns with the figures when a scenario misses the targets, and not with --no-policies', async () => {
    const file = unfairFile();
    const r = await run(check, file);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/:1:1 {2}warning {2}policy-targets {2}Knowledge does not decide the game: careless play wins 100\.0 % \(target ≤ 5\.0 %\); random play wins 100\.0 % \(target 10\.0 %–35\.0 %\)\. Wins over 2,000 seeded games per policy: careful 100\.0 %, careless 100\.0 %/);
    expect((await run(check, file, '--no-policies')).stdout).not.toContain('policy-targets');
  });

  it('is silent for a fair scenario', async () => {
    const r = await run(check, 'test/fixtures/fair.json');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('policy-targets');
  });
});
