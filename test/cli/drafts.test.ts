/**
 * drafts/: a place for scenarios in progress that the build does not ship and npm test does not test,
 * while every author command works on it; and the guide says what a scenario in scenarios/ must meet.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { check } from '../../tools/commands/check';
import { readCatalog } from '../../tools/vite/scenarios';
import { SCENARIOS_DIR, shippedScenarios } from '../content/helpers';
import { rawFixture } from '../support/scenarios';

const root = fileURLToPath(new URL('../../', import.meta.url));
const DRAFTS = join(root, 'drafts');
const id = `draft-test-${process.pid}`;
const folder = join(DRAFTS, id);

afterAll(() => { rmSync(folder, { recursive: true, force: true }); });

describe('drafts/', () => {
  it('is not shipped nor tested, but the author commands and the dev server can use it', async () => {
    const raw = rawFixture('mini.json');
    raw.id = id;
    raw.$schema = '../../scenarios/scenario.schema.json';
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'scenario.json'), JSON.stringify(raw, null, 2));

    expect(shippedScenarios().map((s) => s.scenario.id)).not.toContain(id);
    expect(readCatalog(SCENARIOS_DIR).map((e) => e.id)).not.toContain(id);
    // TRADE_GAME_SCENARIOS=drafts npm run dev reads the drafts instead.
    expect(readCatalog(DRAFTS).map((e) => e.id)).toContain(id);
    expect(readFileSync(join(root, 'vite.config.ts'), 'utf8')).toMatch(/process\.env\.TRADE_GAME_SCENARIOS[\s\S]*new URL\('\.\/scenarios', import\.meta\.url\)/);

    const out: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
    try {
      expect(await check.run([folder, '--no-policies'])).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
    expect(out.join('\n')).toMatch(/0 errors, \d+ warnings? in 1 file/);
  });

  it('is explained where an author looks: its README and the guide, with the golden-log recorder', () => {
    const readme = readFileSync(join(DRAFTS, 'README.md'), 'utf8');
    expect(readme).toContain('the build does not ship it');
    expect(readme).toContain('TRADE_GAME_SCENARIOS=drafts npm run dev');
    const guide = readFileSync(join(root, 'docs/scenario-format.md'), 'utf8');
    expect(guide).toContain('### Shipping a scenario: what `npm test` asks');
    expect(guide).toContain('npx tsx test/content/record-golden.ts <id>');
    expect(guide).toContain('--refresh');
    expect(guide).not.toMatch(/\]\((?:\.\.\/){2,}|`\.\.\/shared\//);
  });
});
