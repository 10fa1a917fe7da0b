import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/scenario';
import { lookDistance, lookFindings, MIN_LOOK_DISTANCE } from '../../src/scenario/check/looks';
import type { CharacterLook } from '../../src/scenario';
import { shippedScenarios } from '../content/helpers';
import { mini } from '../support/scenarios';
import { miniText } from './helpers';

const ana: CharacterLook = { presentation: 'woman', skin: 'brown', hair: 'bun', clothing: 'blazer', colour: 'navy' };

describe('similar-looks', () => {
  it('measures how different two looks are, counting hair, headwear, clothing and colour double', () => {
    expect(lookDistance(ana, { ...ana })).toEqual({ distance: 0, differ: [] });
    expect(lookDistance(ana, { ...ana, colour: 'teal' }).distance).toBe(2);
    expect(lookDistance(ana, { ...ana, glasses: 'round' }).distance).toBe(1);
    expect(lookDistance(ana, { ...ana, hair: 'afro', clothing: 'suit' }).distance).toBe(4);
    // Hair under a hijab is not seen: changing it does not make the look different.
    expect(lookDistance({ ...ana, headwear: 'hijab' }, { ...ana, headwear: 'hijab', hair: 'long', hairColour: 'red' }).distance).toBe(0);
    expect(lookDistance('a', 'a').distance).toBe(0);
    expect(lookDistance('a', 'b').distance).toBeGreaterThanOrEqual(MIN_LOOK_DISTANCE);
  });

  it('warns at the later character when two look alike, once per character, and not for distinct looks', () => {
    const s = mini((raw) => {
      raw.characters = {
        ana: { name: 'Ana', role: 'Broker', look: ana },
        ben: { name: 'Ben', role: 'Forwarder', look: { ...ana, colour: 'teal' } },
        cy: { name: 'Cy', role: 'Banker', look: { ...ana } },
        dee: { name: 'Dee', role: 'Buyer', look: { presentation: 'man', skin: 'light', hair: 'quiff', clothing: 'polo', colour: 'coral' } },
      };
    });
    const found = lookFindings(s);
    expect(found.map((f) => [f.code, f.severity, f.path.join('.')])).toEqual([
      ['similar-looks', 'warning', 'characters.ben.look'],
      ['similar-looks', 'warning', 'characters.cy.look'],
    ]);
    expect(found[0]?.message).toContain('differ only in colour');
    expect(found[1]?.message).toContain('the same look');
  });

  it('leaves characters without a look alone (the game derives one from the name)', () => {
    expect(lookFindings(mini())).toEqual([]);
  });

  it('is reported by check with a place in the file, and the shipped scenarios have none', () => {
    const text = miniText.replace('"characters": { "ana": { "name": "Ana", "role": "Customs broker" } },',
      `"characters": { "ana": { "name": "Ana", "role": "Customs broker", "look": ${JSON.stringify(ana)} }, "bo": { "name": "Bo", "role": "Banker", "look": ${JSON.stringify(ana)} } },`);
    const diags = checkScenarioText('m.json', text).diagnostics.filter((d) => d.code === 'similar-looks');
    expect(diags).toHaveLength(1);
    expect(diags[0]?.line).toBe(19);
    for (const { file, text: shipped } of shippedScenarios()) {
      expect(checkScenarioText(file, shipped).diagnostics.filter((d) => d.code === 'similar-looks'), file).toEqual([]);
    }
  });
});
