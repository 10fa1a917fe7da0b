import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../src/app/deep-link';

describe('deep links', () => {
  it('reads scenario, language, seed and the author flag', () => {
    expect(parseDeepLink('?scenario=coffee&lang=fr&seed=42&author=1')).toEqual({ scenario: 'coffee', lang: 'fr', seed: 42, mode: null, author: true });
  });

  it('ignores values that are not ids, languages or 32-bit seeds', () => {
    expect(parseDeepLink('?scenario=../etc&lang=<script>&seed=99999999999')).toEqual({ scenario: null, lang: null, seed: null, mode: null, author: false });
    expect(parseDeepLink('?seed=-1').seed).toBeNull();
    expect(parseDeepLink('?seed=4294967295').seed).toBe(4294967295);
    expect(parseDeepLink('?seed=4294967296').seed).toBeNull();
  });

  it('accepts a regional language code and reads nothing from an empty query', () => {
    expect(parseDeepLink('?lang=pt-BR').lang).toBe('pt-BR');
    expect(parseDeepLink('')).toEqual({ scenario: null, lang: null, seed: null, mode: null, author: false });
  });

  it('reads the feedback mode, coach or challenge only', () => {
    expect(parseDeepLink('?mode=challenge').mode).toBe('challenge');
    expect(parseDeepLink('?scenario=coffee&mode=coach').mode).toBe('coach');
    for (const bad of ['Challenge', 'expert', '', 'challenge%00', '__proto__']) expect(parseDeepLink(`?mode=${bad}`).mode).toBeNull();
  });
});
