/**
 * Every shipped scenario (scenarios/**\/scenario.json, found on disk): the checker finds nothing to
 * report, French and Spanish cover every text with the current source fingerprint, and seeded
 * random play reaches both a success and a non-success ending whose logs replay identically.
 */
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine';
import { checkScenarioText, collectStrings, fingerprint, Translation } from '../../src/scenario';
import { loadHsCodes } from '../../tools/lib/hs';
import { findWinAndLoss, shippedScenarios } from './helpers';

const shipped = shippedScenarios();
const hsCodes = loadHsCodes();
const REQUIRED_LANGS = ['es', 'fr'];

describe('shipped scenarios', () => {
  it('are found on disk', () => {
    expect(shipped.map((s) => s.scenario.id)).toContain('coffee');
  });

  it('have distinct ids that match their folder names', () => {
    const ids = shipped.map((s) => s.scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of shipped) expect(s.file.replaceAll('\\', '/')).toMatch(new RegExp(`/${s.scenario.id}/scenario\\.json$`));
  });
});

describe.each(shipped.map((s) => [s.scenario.id, s] as const))('scenario %s', (_id, s) => {
  it('passes the static checks and its translations with no error and no warning', () => {
    const { diagnostics } = checkScenarioText(s.file, s.text, { hsCodes, translations: s.translations });
    const problems = diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
    expect(problems, 'a scenario in scenarios/ is shipped and must check with no error and no warning; keep work in progress in drafts/ (docs/scenario-format.md, "Shipping a scenario")').toEqual([]);
  });

  it('is translated into French and Spanish, every text with its current source fingerprint', () => {
    expect(s.translations.map((t) => t.lang), 'a shipped scenario needs locales/fr.json and locales/es.json: npm run scenario -- extract <scenario.json> --lang fr --lang es (docs/scenario-format.md, section 5)').toEqual(expect.arrayContaining(REQUIRED_LANGS));
    const texts = collectStrings(s.scenario);
    for (const t of s.translations) {
      const parsed = Translation.parse(JSON.parse(t.text));
      expect(parsed.scenario).toBe(s.scenario.id);
      expect(parsed.lang).toBe(t.lang);
      const wrong = texts.filter(({ key, text }) => parsed.strings[key]?.source !== fingerprint(text) || !parsed.strings[key]?.text.trim());
      expect(wrong.map((w) => `${t.lang}: ${w.key}`)).toEqual([]);
      expect(Object.keys(parsed.strings).sort()).toEqual(texts.map((x) => x.key).sort());
    }
  });

  it('can be won and lost by seeded random play, and both logs replay to the same end', () => {
    const { win, loss } = findWinAndLoss(s.scenario);
    expect(win, 'no seed in 1..400 reached a success ending').toBeDefined();
    expect(loss, 'no seed in 1..400 reached a non-success ending').toBeDefined();
    for (const found of [win, loss]) {
      if (!found) continue;
      const first = replay(s.scenario, found.seed, found.log);
      const again = replay(s.scenario, found.seed, found.log);
      expect(first.ok && again.ok).toBe(true);
      expect(first.game.state.status).toBe('ended');
      expect(again.game.state).toEqual(first.game.state);
    }
    const winEnd = win && replay(s.scenario, win.seed, win.log).game.report();
    const lossEnd = loss && replay(s.scenario, loss.seed, loss.log).game.report();
    expect(winEnd?.success).toBe(true);
    expect(lossEnd?.success).toBe(false);
    expect(lossEnd?.ending?.kind).not.toBe('success');
  });
});
