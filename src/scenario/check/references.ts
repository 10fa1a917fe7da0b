/** Checks that every id a scenario names exists, and that ids are unique where they must be. */
import type { Scenario, Score } from '../schema';
import { error, type Finding, type JsonPath } from './finding';
import type { ScenarioIndex, Use } from './scenario-index';
import { didYouMean } from './suggest';

/** dangling-reference, unknown-source, duplicate-id (list items), duplicate-score. */
export function referenceFindings(s: Scenario, ix: ScenarioIndex): Finding[] {
  const out: Finding[] = [];
  const nodeIds = Object.keys(s.nodes);
  const consequenceIds = Object.keys(s.consequences ?? {});
  const characterIds = Object.keys(s.characters ?? {});
  const sourceIds = s.sources.map((x) => x.id);
  const dangling = (uses: readonly Use[], known: readonly string[], what: string, where: string, describe: (u: Use) => string, verb = 'names') => {
    const set = new Set(known);
    for (const u of uses) {
      if (set.has(u.name)) continue;
      out.push(error('dangling-reference', u.path, `${describe(u)} ${verb} ${what} ${JSON.stringify(u.name)}, which does not exist.`, {
        hint: `${didYouMean(u.name, known, `Known ${what}s`) ?? `There are no ${what}s yet.`} Add it to "${where}" or correct the id.`,
      }));
    }
  };
  dangling(ix.links, nodeIds, 'node', 'nodes', (u) => capital((u as Use & { label: string }).label), 'leads to');
  dangling(ix.visited, nodeIds, 'node', 'nodes', () => 'A "visited" condition');
  dangling(ix.schedules, consequenceIds, 'consequence', 'consequences', () => 'A "schedule" effect');
  dangling(ix.cancels, consequenceIds, 'consequence', 'consequences', () => 'A "cancel" effect');
  dangling(ix.speakers, characterIds, 'character', 'characters', () => 'The speaker');
  const sources = new Set(sourceIds);
  for (const u of ix.sources) {
    if (sources.has(u.name)) continue;
    out.push(error('unknown-source', u.path, `Source ${JSON.stringify(u.name)} is not in "sources".`, { hint: `${didYouMean(u.name, sourceIds, 'Sources') ?? ''} Add it to "sources" with its title and URL, or correct the id.`.trim() }));
  }

  duplicates(s.sources.map((x) => x.id), ['sources'], 'source', out);
  duplicates(s.flags ?? [], ['flags'], 'flag', out, false);
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.type === 'scene') {
      duplicates(n.choices.map((c) => c.id), ['nodes', id, 'choices'], `choice in scene "${id}"`, out);
      n.choices.forEach((c, i) => duplicateScores(c.scores, ['nodes', id, 'choices', i, 'scores'], out));
    } else if (n.type === 'chance') {
      duplicates(n.outcomes.map((o) => o.id), ['nodes', id, 'outcomes'], `outcome in chance node "${id}"`, out);
      n.outcomes.forEach((o, i) => duplicateScores(o.scores, ['nodes', id, 'outcomes', i, 'scores'], out));
    }
  }
  for (const [id, c] of Object.entries(s.consequences ?? {})) duplicateScores(c.scores, ['consequences', id, 'scores'], out);
  return out;
}

/** Reports the second and later items of a list that repeat an id. `field` false: the items are the ids. */
function duplicates(ids: readonly string[], path: JsonPath, what: string, out: Finding[], field: string | false = 'id'): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return;
    }
    out.push(error('duplicate-id', field ? [...path, i, field] : [...path, i], `Duplicate ${what} id ${JSON.stringify(id)} (also item ${earlier}).`, {
      hint: field ? 'Ids must be unique here: translations, saves and choice logs name items by id. Rename one.' : 'Remove the repeated entry.',
    }));
  });
}

function duplicateScores(scores: readonly Score[] | undefined, path: JsonPath, out: Finding[]): void {
  const seen = new Map<string, number>();
  scores?.forEach((sc, i) => {
    const earlier = seen.get(sc.dimension);
    if (earlier === undefined) seen.set(sc.dimension, i);
    else out.push(error('duplicate-score', [...path, i, 'dimension'], `Two scores for "${sc.dimension}" in one list (items ${earlier} and ${i}).`, { hint: 'Their feedback would share one translation key. Merge them into one score with the summed points.' }));
  });
}

function capital(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}
