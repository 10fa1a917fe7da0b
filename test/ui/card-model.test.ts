/** The scenario card's model: difficulty, product, route mode and pitch come from the scenario's data. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { difficultyOf, modesOfScenario, productKindOf, routeModeOf, scenarioCard, seedOf, splitPitch } from '../../src/ui/art/card-model';
import { readCatalog } from '../../tools/vite/scenarios';

const dir = fileURLToPath(new URL('../../scenarios', import.meta.url));
const catalog = readCatalog(dir);
const file = (id: string) => JSON.parse(readFileSync(`${dir}/${id}/scenario.json`, 'utf8')) as { difficulty: string; product: { hs: string | null } };

describe('difficulty', () => {
  it('is the one the scenario file names, for every shipped scenario', () => {
    expect(catalog.length).toBeGreaterThan(3);
    for (const entry of catalog) {
      const card = scenarioCard(entry);
      expect(card.difficulty, entry.id).toBe(file(entry.id).difficulty);
      expect(card.level, entry.id).toBe(['easy', 'medium', 'hard'].indexOf(file(entry.id).difficulty) + 1);
    }
  });

  it('is not the same on every card: the shipped scenarios run from easy to hard', () => {
    expect(new Set(catalog.map((e) => scenarioCard(e).difficulty))).toEqual(new Set(['easy', 'medium', 'hard']));
  });

  it('is none (level 0) for a value the game does not know, never a guess', () => {
    for (const raw of ['', 'Medium', 'extreme', 'toString', undefined, 3]) expect(difficultyOf(raw)).toBeNull();
    expect(scenarioCard({ id: 'x', difficulty: 'brutal', hs: null })).toMatchObject({ difficulty: null, level: 0 });
  });
});

describe('product', () => {
  it('follows the HS chapter', () => {
    expect(productKindOf('0603.11')).toBe('flowers');
    expect(productKindOf('0801.32')).toBe('nuts');
    expect(productKindOf('0804.50')).toBe('produce');
    expect(productKindOf('0901.11')).toBe('coffee');
    expect(productKindOf('1515.90')).toBe('oil');
    expect(productKindOf('6214.90')).toBe('textile');
    expect(productKindOf('8413.70')).toBe('machinery');
    expect(productKindOf('8501')).toBe('machinery');
    expect(productKindOf(null)).toBe('service');
    expect(productKindOf('2709.00')).toBe('goods');
    expect(productKindOf('x')).toBe('goods');
  });

  it('draws each shipped scenario its own product', () => {
    const kinds = catalog.map((e) => scenarioCard(e).art.product);
    expect(new Set(kinds).size).toBe(catalog.length);
    expect(kinds).not.toContain('goods');
  });
});

describe('route mode', () => {
  it('is the mode the scenario sets most often, read from its effects', () => {
    const modes = Object.fromEntries(catalog.map((e) => [e.id, scenarioCard(e).art.mode]));
    expect(modes).toMatchObject({ cashew: 'sea', coffee: 'sea', roses: 'air', scarves: 'post', software: 'digital' });
    expect(catalog.find((e) => e.id === 'scarves')?.modes).toEqual(['post', 'courier', 'air']);
  });

  it('counts mode effects anywhere in the file, most frequent first, ties in order of appearance', () => {
    const data = { nodes: [{ choices: [{ effects: [{ type: 'mode', mode: 'air' }] }, { effects: [{ type: 'mode', mode: 'sea' }, { type: 'mode', mode: 'sea' }] }] }],
      consequences: { late: { effects: [{ type: 'mode', mode: 'rail' }] } } };
    expect(modesOfScenario(data)).toEqual(['sea', 'air', 'rail']);
  });

  it('reads untrusted data without failing: cycles, odd values, nothing at all', () => {
    const loop: Record<string, unknown> = { type: 'mode', mode: 'road' };
    loop.self = loop;
    expect(modesOfScenario(loop)).toEqual(['road']);
    for (const x of [null, 3, 'sea', [], { type: 'mode', mode: 7 }]) expect(modesOfScenario(x)).toEqual([]);
    let deep: unknown = { type: 'mode', mode: 'air' };
    for (let i = 0; i < 5000; i++) deep = { next: deep };
    expect(modesOfScenario(deep)).toEqual([]);
  });

  it('keeps only modes the art can draw; a service without one travels as data; goods without one have none', () => {
    expect(routeModeOf(['<script>', 'air'], 'flowers')).toBe('air');
    expect(routeModeOf(undefined, 'service')).toBe('digital');
    expect(routeModeOf('sea', 'coffee')).toBeNull();
    expect(routeModeOf([], 'coffee')).toBeNull();
  });
});

describe('pitch', () => {
  it('is the summary’s first sentence; the rest stays for the details', () => {
    const { pitch, more } = splitPitch('Your farm grows roses. A market wants them. Get paid!', 'en');
    expect(pitch).toBe('Your farm grows roses.');
    expect(more).toBe('A market wants them. Get paid!');
    expect(splitPitch('Votre atelier tisse des écharpes à la main. Vendez-en soixante.', 'fr')).toEqual({ pitch: 'Votre atelier tisse des écharpes à la main.', more: 'Vendez-en soixante.' });
  });

  it('is the whole text when it has one sentence, and loses nothing of the summary', () => {
    expect(splitPitch('  One sentence only  ', 'en')).toEqual({ pitch: 'One sentence only', more: '' });
    for (const entry of catalog) {
      const summary = entry.texts[entry.lang]?.summary ?? '';
      const { pitch, more } = splitPitch(summary, entry.lang);
      expect(pitch.length, entry.id).toBeGreaterThan(20);
      expect(pitch.length, entry.id).toBeLessThan(summary.length);
      expect(`${pitch} ${more}`).toBe(summary.trim());
    }
  });
});

it('seeds each scenario differently and the same way every time', () => {
  expect(seedOf('coffee')).toBe(seedOf('coffee'));
  expect(new Set(catalog.map((e) => seedOf(e.id))).size).toBe(catalog.length);
});
