/**
 * The view model: what a host shows now, as numbers and texts with stable keys.
 * Hosts translate a text by its key (falling back to its source text) and
 * format numbers and money for the player's locale.
 */
import { keys, type Dimension, type EndingNode, type LookData, type Scenario, type TextRef } from '../scenario';
import { holds } from './conditions';
import { choiceForecast, earliestArrival, type Span } from './forecast';
import { choiceOrder } from './order';
import type { GameEffect, GameState } from './state';
import { pickText } from './variants';

export interface ChoiceView {
  readonly id: string;
  /** 1-based position among the shown choices, in the seeded order (number keys). */
  readonly number: number;
  readonly label: TextRef;
  /**
   * What the choice certainly costs up to the next decision: its own cost, its effects and every fixed
   * step it leads to (money negative when it earns). Worked out by the rules, so it is what playing it does.
   */
  readonly cost: { readonly money: number; readonly days: number };
  /**
   * What it may cost on top, when chance decides (0 when nothing is uncertain); open: chance could go on
   * (a loop), so there is no known most. Null for an unavailable choice.
   */
  readonly risk: { readonly money: number; readonly days: number; readonly open: boolean } | null;
  /** The earliest day a success ending can be reached after this choice (null: none can, or unavailable). */
  readonly earliestArrival: number | null;
  /** When no success can follow this choice: it ends out of money, past the deadline, or at another ending. */
  readonly blockedBy: 'money' | 'time' | 'ending' | null;
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
  /** The earliest day any route from here can arrive (a forecast over the known remaining steps), or null when none can. */
  readonly earliestArrival: number | null;
  /** The known remaining steps no longer fit before the deadline. */
  readonly behindSchedule: boolean;
}

export interface ViewModel {
  readonly status: 'playing' | 'ended';
  readonly node: string;
  readonly stage: string | null;
  readonly speaker: { readonly id: string; readonly name: TextRef; readonly role: TextRef; readonly look: LookData | null } | null;
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
    ...arrivalForecast(s, st),
  };
  const base = { status: st.status, node: st.node, hud, effects: st.effects.map((e) => effectView(s, st, e)) };
  if (node?.type === 'ending') {
    return {
      ...base, stage: node.stage ?? null, speaker: null, title: ref(keys.node(st.node, 'title'), node.title),
      text: pickText(ref(keys.node(st.node, 'text'), node.text), node.textVariants, (v) => keys.nodeVariant(st.node, v), st), decision: null, choices: [],
      ending: { kind: node.kind, title: ref(keys.node(st.node, 'title'), node.title) },
    };
  }
  if (node?.type !== 'scene') throw new Error(`buildView: the state rests on "${st.node}", which is not a scene or an ending`);
  const character = node.speaker ? s.characters?.[node.speaker] : undefined;
  let number = 0;
  const choices: ChoiceView[] = [];
  for (const c of choiceOrder(node, st.node, st.seed)) {
    const available = !c.requires || holds(c.requires, st);
    if (!available && c.whenUnavailable === 'hide') continue;
    const f = available && st.status === 'playing' ? choiceForecast(s, st, c.id) : null;
    choices.push({
      id: c.id, number: ++number, label: ref(keys.choice(st.node, c.id, 'label'), c.label),
      cost: f ? { money: f.money.min, days: f.days.min } : { money: c.cost?.money ?? 0, days: c.cost?.days ?? 0 },
      risk: f ? { money: spread(f.money), days: spread(f.days), open: f.open } : null,
      earliestArrival: f ? f.earliestArrival : null,
      blockedBy: f ? f.blockedBy : null,
      hs: c.hs ?? null, available,
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
    text: pickText(ref(keys.node(st.node, 'text'), node.text), node.textVariants, (v) => keys.nodeVariant(st.node, v), st),
    decision: node.decision ?? null,
    choices,
    ending: null,
  };
}

const spread = (x: Span) => x.max - x.min;

function arrivalForecast(s: Scenario, st: GameState): { earliestArrival: number | null; behindSchedule: boolean } {
  if (st.status === 'ended') return { earliestArrival: null, behindSchedule: false };
  const at = earliestArrival(s, st);
  return { earliestArrival: at, behindSchedule: at === null || at > s.deadline };
}

function effectView(s: Scenario, st: GameState, e: GameEffect): EffectView {
  switch (e.type) {
    case 'result': {
      const n = s.nodes[e.node];
      const c = n?.type === 'scene' ? n.choices.find((x) => x.id === e.choice) : undefined;
      return { ...e, text: ref(keys.choice(e.node, e.choice, 'result'), c?.result ?? '') };
    }
    case 'chance': {
      const n = s.nodes[e.node];
      const o = n?.type === 'chance' ? n.outcomes.find((x) => x.id === e.outcome) : undefined;
      const text = pickText(ref(keys.outcome(e.node, e.outcome, 'text'), o?.text ?? ''), o?.textVariants, (v) => keys.outcomeVariant(e.node, e.outcome, v), st);
      return { ...e, title: ref(keys.outcome(e.node, e.outcome, 'title'), o?.title ?? ''), text };
    }
    case 'consequence': {
      const c = s.consequences?.[e.id];
      const text = pickText(ref(keys.consequence(e.id, 'text'), c?.text ?? ''), c?.textVariants, (v) => keys.consequenceVariant(e.id, v), st);
      return { ...e, title: ref(keys.consequence(e.id, 'title'), c?.title ?? ''), text };
    }
    case 'score':
      return { ...e, text: ref(e.key, e.feedback) };
    default:
      return e;
  }
}
