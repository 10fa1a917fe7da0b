/**
 * Checks of the path-dependent parts of a scene and its texts: text variant ids unique within their text
 * (they end the variant's translation key), and scenes whose choices are all pinned, whose order is then
 * the file's rather than one drawn from the seed. (Variant conditions are checked with every other
 * condition, through the scenario index.)
 */
import type { Scenario } from '../schema';
import { error, warning, type Finding, type JsonPath } from './finding';

/** duplicate-id (text variants), all-pinned. */
export function variantFindings(s: Scenario): Finding[] {
  const out: Finding[] = [];
  const variants = (list: readonly { id: string }[] | undefined, path: JsonPath, what: string) => {
    const first = new Map<string, number>();
    list?.forEach((v, i) => {
      const earlier = first.get(v.id);
      if (earlier === undefined) first.set(v.id, i);
      else out.push(error('duplicate-id', [...path, i, 'id'], `Duplicate text variant id ${JSON.stringify(v.id)} in ${what} (also item ${earlier}).`, { hint: 'Variant ids must be unique within their text: the translation key ends with the id. Rename one.' }));
    });
  };
  for (const [id, c] of Object.entries(s.consequences ?? {})) variants(c.textVariants, ['consequences', id, 'textVariants'], `consequence "${id}"`);
  for (const [id, n] of Object.entries(s.nodes)) {
    const p = ['nodes', id];
    if (n.type === 'scene' || n.type === 'ending') variants(n.textVariants, [...p, 'textVariants'], `node "${id}"`);
    if (n.type === 'chance') n.outcomes.forEach((o, i) => variants(o.textVariants, [...p, 'outcomes', i, 'textVariants'], `outcome "${o.id}" of node "${id}"`));
    // With fewer than two unpinned choices there is nothing left to shuffle: the order is the file's.
    if (n.type === 'scene' && n.choices.length > 1 && n.choices.filter((c) => c.pin === undefined).length < 2) {
      out.push(warning('all-pinned', [...p, 'choices'], `${n.choices.every((c) => c.pin !== undefined) ? 'Every choice' : 'All but one choice'} of scene ${JSON.stringify(id)} is pinned, so they are always shown in the file's order and pressing the same number is a strategy.`, {
        at: 'key',
        hint: 'Pin only the choices whose place matters (e.g. "give up" last); the others are then shown in an order drawn from the game\'s seed.',
      }));
    }
  }
  return out;
}
