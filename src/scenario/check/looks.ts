/**
 * Checks of the characters' looks: no two characters of a scenario look alike, so the player tells them
 * apart at a glance (the portrait is the first thing they see when someone speaks).
 */
import type { CharacterLook, LookData } from '../appearance';
import type { Scenario } from '../schema';
import { warning, type Finding } from './finding';

/** Looks that differ by less than this are reported as alike. */
export const MIN_LOOK_DISTANCE = 3;

type Feature = 'presentation' | 'age' | 'skin' | 'hair' | 'hairColour' | 'facialHair' | 'clothing' | 'colour' | 'headwear' | 'glasses' | 'accessories';

/** How much each visible feature counts (what the eye catches first counts most). */
const WEIGHTS: Record<Feature, number> = {
  presentation: 1, age: 1, skin: 1, hair: 2, hairColour: 1, facialHair: 1, clothing: 2, colour: 2, headwear: 2, glasses: 1, accessories: 1,
};

/** The visible value of each feature (hair under a hijab, headwrap or turban is not seen). */
function features(look: CharacterLook): Record<Feature, string> {
  const covered = look.headwear === 'hijab' || look.headwear === 'headwrap' || look.headwear === 'turban';
  return {
    presentation: look.presentation,
    age: look.age ?? 'adult',
    skin: look.skin,
    hair: covered ? '-' : look.hair,
    hairColour: covered || look.hair === 'bald' ? '-' : (look.hairColour ?? (look.age === 'senior' ? 'grey' : 'black')),
    facialHair: look.facialHair ?? 'none',
    clothing: look.clothing,
    colour: look.colour ?? 'teal',
    headwear: look.headwear ?? 'none',
    glasses: look.glasses ?? 'none',
    accessories: [...(look.accessories ?? [])].sort().join(','),
  };
}

/** How different two looks are (0: identical), and the features they differ in. Preset letters differ from everything else. */
export function lookDistance(a: LookData, b: LookData): { distance: number; differ: Feature[] } {
  if (typeof a === 'string' || typeof b === 'string') return a === b ? { distance: 0, differ: [] } : { distance: Infinity, differ: [] };
  const fa = features(a);
  const fb = features(b);
  const differ = (Object.keys(WEIGHTS) as Feature[]).filter((k) => fa[k] !== fb[k]);
  return { distance: differ.reduce((sum, k) => sum + WEIGHTS[k], 0), differ };
}

/** similar-looks: two characters whose looks are the same or nearly so. */
export function lookFindings(s: Scenario): Finding[] {
  const out: Finding[] = [];
  const described = Object.entries(s.characters ?? {}).filter((e): e is [string, typeof e[1] & { look: LookData }] => e[1].look !== undefined);
  for (let j = 1; j < described.length; j++) {
    const [id, c] = described[j]!;
    for (let i = 0; i < j; i++) {
      const [otherId] = described[i]!;
      const { distance, differ } = lookDistance(described[i]![1].look, c.look);
      if (distance >= MIN_LOOK_DISTANCE) continue;
      const how = distance === 0 ? 'the same look' : `looks that differ only in ${differ.join(' and ')}`;
      out.push(warning('similar-looks', ['characters', id, 'look'], `Characters "${otherId}" and "${id}" have ${how}: players will not tell them apart.`, {
        hint: 'Change at least two of: hair (or headwear), clothing, colour, glasses, facial hair, age. The author guide shows every option.',
      }));
      break;
    }
  }
  return out;
}
