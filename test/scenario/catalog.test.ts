import { expect, it } from 'vitest';
import { catalogTextLanguages, type CatalogEntry } from '../../src/scenario';

const source = { title: 'Coffee to Hamburg', summary: 'Ship green coffee.', product: 'Green coffee', origin: 'Kenya', destination: 'Germany' };
const entry: CatalogEntry = {
  id: 'coffee', version: '1.0.0', lang: 'en', translations: ['fr', 'es'], hs: null, currency: 'USD', money: 1, deadline: 1, playMinutes: 1, difficulty: 'easy',
  texts: { en: source, fr: { ...source, title: 'Du café pour Hambourg', product: 'Café vert', destination: 'Allemagne' } },
};

it('marks each picker text with the language it is really in: translated, or fallen back to the source', () => {
  expect(catalogTextLanguages(entry, 'fr')).toEqual({ title: 'fr', summary: 'en', product: 'fr', origin: 'en', destination: 'fr' });
  expect(catalogTextLanguages(entry, 'es'), 'no translation: all source').toEqual({ title: 'en', summary: 'en', product: 'en', origin: 'en', destination: 'en' });
  expect(catalogTextLanguages(entry, 'en')).toEqual({ title: 'en', summary: 'en', product: 'en', origin: 'en', destination: 'en' });
});
