/** `npm run scenario -- check`: exit codes, the human format and --json (a few real processes; the rest in-process). */
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { check } from '../../tools/commands/check';
import { diagnosticsDir, fixtures, root } from './helpers';

/** Runs `tsx tools/scenario.ts check …` (what `npx tsx` runs, without npx's start-up) and resolves with its exit status and output. */
const cli = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(join(root, 'node_modules/.bin/tsx'), ['tools/scenario.ts', 'check', ...args], { cwd: root, encoding: 'utf8' }, (err, stdout, stderr) => {
      done({ status: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });

describe('check command', () => {
  it.concurrent('exits 0 for a scenario without errors and prints file:line:column lines and a summary', async () => {
    const r = await cli('test/fixtures/mini.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^test\/fixtures\/mini\.json:21:18 {2}warning {2}unused-variable {2}Variable "quality" is declared but never used\.\n {4}hint: /m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^0 errors, \d+ warnings in 1 file$/);
  });

  it.concurrent('exits 1 on errors; a folder expands to its scenario.json files; --json prints the diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    copyFileSync(join(diagnosticsDir, 'dangling-reference.json'), join(dir, 'a', 'scenario.json'));
    copyFileSync(join(fixtures, 'mini.json'), join(dir, 'b', 'scenario.json'));
    const r = await cli(dir, '--json');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out).toContainEqual({ file: join(dir, 'a', 'scenario.json'), line: 40, column: 50, severity: 'error', code: 'dangling-reference', message: expect.stringContaining('"shipp"'), hint: expect.stringContaining('Did you mean "ship"?') });
    expect(new Set(out.map((d) => d.file))).toEqual(new Set([join(dir, 'a', 'scenario.json'), join(dir, 'b', 'scenario.json')]));
    expect(Object.keys(out[0] ?? {})).toEqual(['file', 'line', 'column', 'severity', 'code', 'message', 'hint']);
  });

  it.concurrent('exits 2 on an unknown option', async () => {
    const r = await cli('test/fixtures/mini.json', '--fast');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--fast'/);
  });

  it('returns 2 without files, for a missing path, or a folder without scenarios (in-process)', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await check.run([])).toBe(2);
      expect(await check.run(['no/such/file.json'])).toBe(2);
      expect(errors.mock.calls.flat().join('\n')).toContain('No such file or folder: no/such/file.json');
      expect(await check.run([join(fixtures, 'diagnostics', 'translations')])).toBe(2);
      expect(await check.run(['--max-states', '0', join(fixtures, 'mini.json')])).toBe(2);
    } finally {
      errors.mockRestore();
    }
  });

  it('maps analysis findings into the file with a command that reproduces them (in-process)', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((s: string) => { lines.push(s); });
    try {
      expect(await check.run([join(fixtures, 'mini.json')])).toBe(0);
    } finally {
      log.mockRestore();
    }
    expect(lines.join('\n')).toMatch(/mini\.json:49:9 {2}warning {2}choice-unreachable .*\n {4}hint: .*Reproduce: npm run scenario -- play \S+mini\.json --choices green,apply/);
  });
});
