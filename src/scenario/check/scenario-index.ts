/**
 * One pass over a valid scenario that records every reference with its JSON path: node links,
 * consequences scheduled or cancelled, flags and variables read and written, speakers and sources.
 * The checks read this index instead of walking the scenario again.
 */
import type { Condition, Effect, Scenario, Score } from '../schema';
import { collectStrings } from '../strings';
import { textVariables } from '../text';
import type { JsonPath } from './finding';

/** Where a reference sits: in a node, in a consequence, or at scenario level (start, rules, learnMore). */
export type Owner = { readonly kind: 'node' | 'consequence'; readonly id: string } | { readonly kind: 'scenario' };

/** A name or id used at a path. */
export interface Use {
  readonly name: string;
  readonly path: JsonPath;
  readonly owner: Owner;
  /** For a {var:…} token: its index in the text. */
  readonly within?: number;
}

/** Everything the static checks need to know about references in a scenario. */
export interface ScenarioIndex {
  /** Links to nodes that move the player: start, next, else, rules, consequence redirects. */
  readonly links: (Use & { readonly label: string })[];
  /** Nodes named by `visited` conditions. */
  readonly visited: Use[];
  readonly schedules: Use[];
  readonly cancels: Use[];
  readonly speakers: Use[];
  readonly sources: Use[];
  readonly flagReads: Use[];
  /** Flag effects; `value` false clears the flag. */
  readonly flagWrites: (Use & { readonly value: boolean })[];
  readonly varReads: Use[];
  readonly varWrites: Use[];
  /** {var:name} tokens in texts. */
  readonly varTexts: Use[];
  /** Effect lists by owner, for money/time checks. */
  readonly effectLists: { readonly owner: Owner; readonly path: JsonPath; readonly effects: readonly Effect[] }[];
}

/** Builds the reference index of a scenario that passed the schema. */
export function indexScenario(s: Scenario): ScenarioIndex {
  const ix: ScenarioIndex = { links: [], visited: [], schedules: [], cancels: [], speakers: [], sources: [], flagReads: [], flagWrites: [], varReads: [], varWrites: [], varTexts: [], effectLists: [] };
  const top: Owner = { kind: 'scenario' };
  ix.links.push({ name: s.start, path: ['start'], owner: top, label: '"start"' });
  ix.links.push({ name: s.rules.outOfMoney.next, path: ['rules', 'outOfMoney', 'next'], owner: top, label: 'the "outOfMoney" rule' });
  ix.links.push({ name: s.rules.pastDeadline.next, path: ['rules', 'pastDeadline', 'next'], owner: top, label: 'the "pastDeadline" rule' });
  for (const [dim, lm] of Object.entries(s.learnMore ?? {})) if (lm?.source) ix.sources.push({ name: lm.source, path: ['learnMore', dim, 'source'], owner: top });

  const cond = (c: Condition, path: JsonPath, owner: Owner) => conditionUses(c, path, owner, ix);
  const effects = (list: readonly Effect[] | undefined, path: JsonPath, owner: Owner) => {
    if (!list) return;
    ix.effectLists.push({ owner, path, effects: list });
    list.forEach((e, i) => effectUses(e, [...path, i], owner, ix));
  };
  const scores = (list: readonly Score[] | undefined, path: JsonPath, owner: Owner) =>
    list?.forEach((sc, i) => sc.source && ix.sources.push({ name: sc.source, path: [...path, i, 'source'], owner }));
  const variants = (list: readonly { when: Condition }[] | undefined, path: JsonPath, owner: Owner) =>
    list?.forEach((v, i) => cond(v.when, [...path, 'textVariants', i, 'when'], owner));

  for (const [id, c] of Object.entries(s.consequences ?? {})) {
    const owner: Owner = { kind: 'consequence', id };
    const p = ['consequences', id];
    if (c.when) cond(c.when, [...p, 'when'], owner);
    variants(c.textVariants, p, owner);
    effects(c.effects, [...p, 'effects'], owner);
    scores(c.scores, [...p, 'scores'], owner);
    if (c.next) ix.links.push({ name: c.next, path: [...p, 'next'], owner, label: `consequence "${id}"` });
  }
  for (const [id, n] of Object.entries(s.nodes)) {
    const owner: Owner = { kind: 'node', id };
    const p = ['nodes', id];
    if (n.type === 'scene') {
      if (n.speaker) ix.speakers.push({ name: n.speaker, path: [...p, 'speaker'], owner });
      variants(n.textVariants, p, owner);
      n.choices.forEach((c, i) => {
        const cp = [...p, 'choices', i];
        if (c.requires) cond(c.requires, [...cp, 'requires'], owner);
        effects(c.effects, [...cp, 'effects'], owner);
        scores(c.scores, [...cp, 'scores'], owner);
        ix.links.push({ name: c.next, path: [...cp, 'next'], owner, label: `choice "${c.id}"` });
      });
    } else if (n.type === 'chance') {
      n.outcomes.forEach((o, i) => {
        const op = [...p, 'outcomes', i];
        o.modifiers?.forEach((m, j) => cond(m.when, [...op, 'modifiers', j, 'when'], owner));
        variants(o.textVariants, op, owner);
        effects(o.effects, [...op, 'effects'], owner);
        scores(o.scores, [...op, 'scores'], owner);
        ix.links.push({ name: o.next, path: [...op, 'next'], owner, label: `outcome "${o.id}"` });
      });
    } else if (n.type === 'branch') {
      n.cases.forEach((c, i) => {
        cond(c.when, [...p, 'cases', i, 'when'], owner);
        ix.links.push({ name: c.next, path: [...p, 'cases', i, 'next'], owner, label: `case ${i} of this branch` });
      });
      ix.links.push({ name: n.else, path: [...p, 'else'], owner, label: 'the "else" of this branch' });
    } else if (n.type === 'ending') {
      variants(n.textVariants, p, owner);
    }
  }
  for (const str of collectStrings(s)) {
    const owner: Owner = str.path[0] === 'nodes' ? { kind: 'node', id: String(str.path[1]) } : str.path[0] === 'consequences' ? { kind: 'consequence', id: String(str.path[1]) } : top;
    for (const name of textVariables(str.text)) ix.varTexts.push({ name, path: str.path, owner, within: str.text.indexOf(`{var:${name}}`) });
  }
  return ix;
}

function conditionUses(c: Condition, path: JsonPath, owner: Owner, ix: ScenarioIndex): void {
  switch (c.type) {
    case 'flag': ix.flagReads.push({ name: c.flag, path: [...path, 'flag'], owner }); break;
    case 'var': ix.varReads.push({ name: c.var, path: [...path, 'var'], owner }); break;
    case 'visited': ix.visited.push({ name: c.node, path: [...path, 'node'], owner }); break;
    case 'all': case 'any': c.of.forEach((x, i) => conditionUses(x, [...path, 'of', i], owner, ix)); break;
    case 'not': conditionUses(c.cond, [...path, 'cond'], owner, ix); break;
    default: break;
  }
}

function effectUses(e: Effect, path: JsonPath, owner: Owner, ix: ScenarioIndex): void {
  switch (e.type) {
    case 'flag': ix.flagWrites.push({ name: e.flag, path: [...path, 'flag'], owner, value: e.value ?? true }); break;
    case 'var': ix.varWrites.push({ name: e.var, path: [...path, 'var'], owner }); break;
    case 'schedule': ix.schedules.push({ name: e.consequence, path: [...path, 'consequence'], owner }); break;
    case 'cancel': ix.cancels.push({ name: e.consequence, path: [...path, 'consequence'], owner }); break;
    default: break;
  }
}
