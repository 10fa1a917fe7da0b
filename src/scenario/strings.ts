/**
 * Every player-visible string of a scenario has a stable key derived from ids
 * (never from array positions where an id exists), so translations can live
 * beside the scenario in locales/<lang>.json and go stale visibly.
 */
import type { Scenario } from './schema';

/** A translatable text: its stable key and its source-language text. */
export interface TextRef {
  readonly key: string;
  readonly text: string;
}

/** One string of a scenario with where it sits in the file (a JSON path). */
export interface ScenarioString extends TextRef {
  readonly path: readonly (string | number)[];
}

/** Keys of the strings the engine hands to the UI. */
export const keys = {
  node: (node: string, field: 'title' | 'text') => `nodes.${node}.${field}`,
  choice: (node: string, choice: string, field: 'label' | 'reason' | 'result') => `nodes.${node}.choices.${choice}.${field}`,
  choiceFeedback: (node: string, choice: string, dim: string) => `nodes.${node}.choices.${choice}.feedback.${dim}`,
  outcome: (node: string, outcome: string, field: 'title' | 'text') => `nodes.${node}.outcomes.${outcome}.${field}`,
  outcomeFeedback: (node: string, outcome: string, dim: string) => `nodes.${node}.outcomes.${outcome}.feedback.${dim}`,
  consequence: (id: string, field: 'title' | 'text') => `consequences.${id}.${field}`,
  consequenceFeedback: (id: string, dim: string) => `consequences.${id}.feedback.${dim}`,
  /** A path-dependent text variant: the key of the text it replaces, with ".variants.<id>" before the field. */
  nodeVariant: (node: string, variant: string) => `nodes.${node}.variants.${variant}.text`,
  outcomeVariant: (node: string, outcome: string, variant: string) => `nodes.${node}.outcomes.${outcome}.variants.${variant}.text`,
  consequenceVariant: (id: string, variant: string) => `consequences.${id}.variants.${variant}.text`,
  character: (id: string, field: 'name' | 'role') => `characters.${id}.${field}`,
  learnMore: (dim: string) => `learnMore.${dim}.text`,
  variable: (name: string) => `variables.${name}.label`,
} as const;

/** Lists every translatable string of a scenario, in file order. */
export function collectStrings(s: Scenario): ScenarioString[] {
  const out: ScenarioString[] = [];
  const add = (key: string, text: string | undefined, path: (string | number)[]) => {
    if (text !== undefined) out.push({ key, text, path });
  };
  add('title', s.title, ['title']);
  add('summary', s.summary, ['summary']);
  add('product.name', s.product.name, ['product', 'name']);
  add('origin.name', s.origin.name, ['origin', 'name']);
  add('origin.note', s.origin.note, ['origin', 'note']);
  add('destination.name', s.destination.name, ['destination', 'name']);
  add('destination.note', s.destination.note, ['destination', 'note']);
  s.objectives.forEach((o, i) => add(`objectives.${i}`, o, ['objectives', i]));
  for (const [dim, lm] of Object.entries(s.learnMore ?? {})) add(keys.learnMore(dim), lm?.text, ['learnMore', dim, 'text']);
  for (const [id, c] of Object.entries(s.characters ?? {})) {
    add(keys.character(id, 'name'), c.name, ['characters', id, 'name']);
    add(keys.character(id, 'role'), c.role, ['characters', id, 'role']);
  }
  for (const [name, v] of Object.entries(s.variables ?? {})) add(keys.variable(name), v.label, ['variables', name, 'label']);
  for (const [id, c] of Object.entries(s.consequences ?? {})) {
    add(keys.consequence(id, 'title'), c.title, ['consequences', id, 'title']);
    add(keys.consequence(id, 'text'), c.text, ['consequences', id, 'text']);
    c.textVariants?.forEach((v, i) => add(keys.consequenceVariant(id, v.id), v.text, ['consequences', id, 'textVariants', i, 'text']));
    c.scores?.forEach((sc, i) => add(keys.consequenceFeedback(id, sc.dimension), sc.feedback, ['consequences', id, 'scores', i, 'feedback']));
  }
  for (const [id, n] of Object.entries(s.nodes)) {
    const p = ['nodes', id];
    if (n.type === 'scene') {
      add(keys.node(id, 'title'), n.title, [...p, 'title']);
      add(keys.node(id, 'text'), n.text, [...p, 'text']);
      n.textVariants?.forEach((v, i) => add(keys.nodeVariant(id, v.id), v.text, [...p, 'textVariants', i, 'text']));
      n.choices.forEach((c, ci) => {
        const cp = [...p, 'choices', ci];
        add(keys.choice(id, c.id, 'label'), c.label, [...cp, 'label']);
        add(keys.choice(id, c.id, 'reason'), c.reason, [...cp, 'reason']);
        add(keys.choice(id, c.id, 'result'), c.result, [...cp, 'result']);
        c.scores?.forEach((sc, i) => add(keys.choiceFeedback(id, c.id, sc.dimension), sc.feedback, [...cp, 'scores', i, 'feedback']));
      });
    } else if (n.type === 'chance') {
      n.outcomes.forEach((o, oi) => {
        const op = [...p, 'outcomes', oi];
        add(keys.outcome(id, o.id, 'title'), o.title, [...op, 'title']);
        add(keys.outcome(id, o.id, 'text'), o.text, [...op, 'text']);
        o.textVariants?.forEach((v, i) => add(keys.outcomeVariant(id, o.id, v.id), v.text, [...op, 'textVariants', i, 'text']));
        o.scores?.forEach((sc, i) => add(keys.outcomeFeedback(id, o.id, sc.dimension), sc.feedback, [...op, 'scores', i, 'feedback']));
      });
    } else if (n.type === 'ending') {
      add(keys.node(id, 'title'), n.title, [...p, 'title']);
      add(keys.node(id, 'text'), n.text, [...p, 'text']);
      n.textVariants?.forEach((v, i) => add(keys.nodeVariant(id, v.id), v.text, [...p, 'textVariants', i, 'text']));
    }
  }
  return out;
}

/** The "source" of a translation entry that is not translated yet (its text is a copy of the source text). */
export const UNTRANSLATED = '00000000';

/** FNV-1a 32-bit fingerprint of a source text, as 8 hex digits: marks translations stale when the source changes. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
