/**
 * The view model: what a host shows now, as numbers and texts with stable keys.
 * Hosts translate a text by its key (falling back to its source text) and
 * format numbers and money for the player's locale.
 */
import { keys, type Dimension, type EndingNode, type Scenario, type TextRef } from '../scenario';
import { holds } from './conditions';
import type { GameEffect, GameState } from './state';

export interface ChoiceView {
  readonly id: string;
  /** 1-based position among the shown choices (number keys). */
  readonly number: number;
  readonly label: TextRef;
  readonly cost: { readonly money: number; readonly days: number };
  readonly hs: string | null;
  readonly available: boolean;
  readonly reason: TextRef | null;
}

/** An effect with the texts a host needs to show or announce it. */
export type EffectView = GameEffect & { readonly title?: TextRef; readonly text?: TextRef };

export interface HudView {
  readonly money: number;
  readonly startMoney: number;
  readonly currency: string;
  readonly day: number;
  readonly deadline: number;
  readonly daysLeft: number;
  readonly scores: Readonly<Record<Dimension, number>>;
  readonly mode: string | null;
  /** Less than 20 % of the starting money left. */
  readonly lowMoney: boolean;
  /** Less than 20 % of the time left. */
  readonly lowTime: boolean;
}

export interface ViewModel {
  readonly status: 'playing' | 'ended';
  readonly node: string;
  readonly stage: string | null;
  readonly speaker: { readonly id: string; readonly name: TextRef; readonly role: TextRef; readonly look: string | null } | null;
  readonly title: TextRef | null;
  readonly text: TextRef;
  readonly decision: 'hs' | null;
  readonly choices: readonly ChoiceView[];
  readonly hud: HudView;
  readonly effects: readonly EffectView[];
  readonly ending: { readonly kind: EndingNode['kind']; readonly title: TextRef } | null;
}

const ref = (key: string, text: string): TextRef => ({ key, text });

/** Builds the view model of a state. */
export function buildView(s: Scenario, st: GameState): ViewModel {
  const node = s.nodes[st.node];
  const hud: HudView = {
    money: st.money, startMoney: s.money, currency: s.currency, day: st.day, deadline: s.deadline,
    daysLeft: s.deadline - st.day, scores: st.scores, mode: st.mode,
    lowMoney: st.money < s.money * 0.2, lowTime: s.deadline - st.day < s.deadline * 0.2,
  };
  const base = { status: st.status, node: st.node, hud, effects: st.effects.map((e) => effectView(s, e)) };
  if (node?.type === 'ending') {
    return {
      ...base, stage: node.stage ?? null, speaker: null, title: ref(keys.node(st.node, 'title'), node.title),
      text: ref(keys.node(st.node, 'text'), node.text), decision: null, choices: [],
      ending: { kind: node.kind, title: ref(keys.node(st.node, 'title'), node.title) },
    };
  }
  if (node?.type !== 'scene') throw new Error(`buildView: the state rests on "${st.node}", which is not a scene or an ending`);
  const character = node.speaker ? s.characters?.[node.speaker] : undefined;
  let number = 0;
  const choices: ChoiceView[] = [];
  for (const c of node.choices) {
    const available = !c.requires || holds(c.requires, st);
    if (!available && c.whenUnavailable === 'hide') continue;
    choices.push({
      id: c.id, number: ++number, label: ref(keys.choice(st.node, c.id, 'label'), c.label),
      cost: { money: c.cost?.money ?? 0, days: c.cost?.days ?? 0 }, hs: c.hs ?? null, available,
      reason: available ? null : ref(keys.choice(st.node, c.id, 'reason'), c.reason ?? ''),
    });
  }
  return {
    ...base,
    stage: node.stage ?? null,
    speaker: character && node.speaker
      ? { id: node.speaker, name: ref(keys.character(node.speaker, 'name'), character.name), role: ref(keys.character(node.speaker, 'role'), character.role), look: character.look ?? null }
      : null,
    title: node.title ? ref(keys.node(st.node, 'title'), node.title) : null,
    text: ref(keys.node(st.node, 'text'), node.text),
    decision: node.decision ?? null,
    choices,
    ending: null,
  };
}

function effectView(s: Scenario, e: GameEffect): EffectView {
  switch (e.type) {
    case 'result': {
      const n = s.nodes[e.node];
      const c = n?.type === 'scene' ? n.choices.find((x) => x.id === e.choice) : undefined;
      return { ...e, text: ref(keys.choice(e.node, e.choice, 'result'), c?.result ?? '') };
    }
    case 'chance': {
      const n = s.nodes[e.node];
      const o = n?.type === 'chance' ? n.outcomes.find((x) => x.id === e.outcome) : undefined;
      return { ...e, title: ref(keys.outcome(e.node, e.outcome, 'title'), o?.title ?? ''), text: ref(keys.outcome(e.node, e.outcome, 'text'), o?.text ?? '') };
    }
    case 'consequence': {
      const c = s.consequences?.[e.id];
      return { ...e, title: ref(keys.consequence(e.id, 'title'), c?.title ?? ''), text: ref(keys.consequence(e.id, 'text'), c?.text ?? '') };
    }
    case 'score':
      return { ...e, text: ref(e.key, e.feedback) };
    default:
      return e;
  }
}
