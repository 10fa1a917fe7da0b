/**
 * The small complete example of the author guide (docs/scenario-format.md) is kept in
 * test/fixtures/guide-example.json: it must stay valid, clean, fully reachable and winnable,
 * and the guide must show exactly this scenario.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, replay } from '../../src/engine';
import { checkScenarioText, parseScenarioText } from '../../src/scenario';
import { loadHsCodes } from '../../tools/lib/hs';

const fixtureFile = fileURLToPath(new URL('../fixtures/guide-example.json', import.meta.url));
const guideFile = fileURLToPath(new URL('../../docs/scenario-format.md', import.meta.url));
const text = readFileSync(fixtureFile, 'utf8');

describe('the author guide example', () => {
  it('passes the checker with no error and no warning', () => {
    const { diagnostics } = checkScenarioText(fixtureFile, text, { hsCodes: loadHsCodes() });
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  });

  it('can be won, reaches every ending and choice, and never gets stuck', () => {
    const r = parseScenarioText(text);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const a = analyze(r.scenario);
    expect(a.complete).toBe(true);
    expect(a.success.reachable).toBe(true);
    expect(a.unreachedEndings).toEqual([]);
    expect(a.unavailableChoices).toEqual([]);
    expect(a.softLocks).toEqual([]);
    const play = replay(r.scenario, 1, ['hs-mango', 'sort', 'later', 'sea', '@cleared', 'deliver']);
    expect(play.ok).toBe(true);
    expect(play.game.report()).toMatchObject({ success: true, onTime: true, withinBudget: true });
  });

  it('is the scenario shown in docs/scenario-format.md', () => {
    const guide = readFileSync(guideFile, 'utf8');
    const blocks = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    const shown = blocks.map((b) => { try { return JSON.parse(b) as Record<string, unknown>; } catch { return null; } }).find((b) => b?.id === 'dried-mango' && 'nodes' in b);
    expect(shown).toBeDefined();
    const { $schema: _shownSchema, ...shownRest } = shown as Record<string, unknown>;
    const { $schema: _fixtureSchema, ...fixtureRest } = JSON.parse(text) as Record<string, unknown>;
    expect(shownRest).toEqual(fixtureRest);
  });
});
