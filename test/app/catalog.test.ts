import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fingerprint } from '../../src/scenario';
import { readCatalog } from '../../tools/vite/scenarios';

const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('indexes each scenario with its picker texts per language, using only up-to-date translations', () => {
  const mini = JSON.parse(readFileSync(new URL('../fixtures/mini.json', import.meta.url), 'utf8')) as { title: string; summary: string };
  mkdirSync(join(dir, 'mini', 'locales'), { recursive: true });
  writeFileSync(join(dir, 'mini', 'scenario.json'), JSON.stringify(mini));
  writeFileSync(join(dir, 'mini', 'locales', 'fr.json'), JSON.stringify({
    format: 1, scenario: 'mini', lang: 'fr',
    strings: { title: { text: 'Mini export (fr)', source: fingerprint(mini.title) }, summary: { text: 'Périmé', source: '00000000' } },
  }));
  mkdirSync(join(dir, 'broken'));
  writeFileSync(join(dir, 'broken', 'scenario.json'), '{ not json');
  mkdirSync(join(dir, 'wrong-id'));
  writeFileSync(join(dir, 'wrong-id', 'scenario.json'), JSON.stringify({ ...mini, id: 'other' }));

  const catalog = readCatalog(dir);
  expect(catalog.map((e) => e.id)).toEqual(['mini']);
  const [entry] = catalog;
  expect(entry).toMatchObject({ id: 'mini', version: '1.0.0', lang: 'en', translations: ['fr'], hs: '0901.11', currency: 'USD', money: 1000, deadline: 20, difficulty: 'easy' });
  expect(entry?.texts.fr?.title).toBe('Mini export (fr)');
  expect(entry?.texts.fr?.summary, 'a stale translation falls back to the source').toBe(mini.summary);
  expect(readCatalog(join(dir, 'missing'))).toEqual([]);
});
