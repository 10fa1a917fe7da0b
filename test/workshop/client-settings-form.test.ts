/** The trainer's setup form read into protocol settings, validated like the server validates them. */
import { describe, expect, it } from 'vitest';
import { settingsFromForm } from '../../src/workshop/client/settings-form';
import { SessionSettings } from '../../src/workshop/protocol';

const catalog = [{ id: 'coffee', version: '1.2.0', lang: 'en', translations: ['fr', 'es'] }];
const form = (over: Record<string, string> = {}) => ({ scenario: 'coffee', lang: 'fr', play: 'solo', teams: '2', seedScope: 'room', seed: '', decisionSeconds: '', timeoutChoice: 'first', ...over });

describe('settingsFromForm', () => {
  it('gives settings the protocol schema accepts (seed drawn by the server when empty, no time limit)', () => {
    const r = settingsFromForm(form(), catalog);
    expect(r).toEqual({ ok: true, settings: { scenario: 'coffee', version: '1.2.0', lang: 'fr', play: 'solo', seedScope: 'room', decisionSeconds: null, timeoutChoice: 'first', mode: 'coach' } });
    if (r.ok) expect(SessionSettings.safeParse(r.settings).success).toBe(true);
  });

  it('teams with one seed per team, a seed, a time limit with the cheapest choice', () => {
    const r = settingsFromForm(form({ play: 'teams', teams: '4', seedScope: 'team', seed: ' 42 ', decisionSeconds: '90', timeoutChoice: 'cheapest', mode: 'challenge' }), catalog);
    expect(r.ok && r.settings).toEqual({ scenario: 'coffee', version: '1.2.0', lang: 'fr', play: 'teams', teams: 4, seedScope: 'team', seed: 42, decisionSeconds: 90, timeoutChoice: 'cheapest', mode: 'challenge' });
    if (r.ok) expect(SessionSettings.safeParse(r.settings).success).toBe(true);
  });

  it('solo play ignores the per-team seed; a language without a translation falls back to the source', () => {
    const r = settingsFromForm(form({ seedScope: 'team', lang: 'de' }), catalog);
    expect(r.ok && [r.settings.seedScope, r.settings.lang]).toEqual(['room', 'en']);
  });

  it('names the first invalid field', () => {
    expect(settingsFromForm(form({ scenario: 'nope' }), catalog)).toMatchObject({ ok: false, field: 'scenario' });
    expect(settingsFromForm(form({ seed: '-1' }), catalog)).toMatchObject({ ok: false, field: 'seed' });
    expect(settingsFromForm(form({ seed: '1.5' }), catalog)).toMatchObject({ ok: false, field: 'seed' });
    expect(settingsFromForm(form({ seed: '4294967296' }), catalog)).toMatchObject({ ok: false, field: 'seed' });
    expect(settingsFromForm(form({ play: 'teams', teams: '1' }), catalog)).toMatchObject({ ok: false, field: 'teams' });
    expect(settingsFromForm(form({ play: 'teams', teams: '21' }), catalog)).toMatchObject({ ok: false, field: 'teams' });
    expect(settingsFromForm(form({ decisionSeconds: '5' }), catalog)).toMatchObject({ ok: false, field: 'decisionSeconds' });
    expect(settingsFromForm(form({ decisionSeconds: 'abc' }), catalog)).toMatchObject({ ok: false, field: 'decisionSeconds' });
  });
});
