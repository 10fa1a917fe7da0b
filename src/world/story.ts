/**
 * What the story tells the world (pure, no Phaser): what travels, and which chance outcome or consequence
 * just landed and how it shows (a storm, an inspection, a held container, a payment…). The scenario's
 * `cargo` and `visual` fields decide; without them a sensible one is inferred from the HS code and the title.
 */
import type { EffectView, ViewModel } from '../engine/index';
import type { Cargo, LookData, Scenario, Visual } from '../scenario/index';
import type { WorldEvent } from './types';

/** What travels, from the scenario's `product.cargo` or its HS chapter (null HS: a service, so data). */
export function cargoOf(product: Scenario['product']): Cargo {
  if (product.cargo) return product.cargo;
  if (product.hs === null) return 'data';
  const chapter = Number(product.hs.slice(0, 2));
  if (chapter === 6 || (chapter >= 2 && chapter <= 4) || chapter === 7 || (chapter === 8 && /^08(0[3-9]|10)/.test(product.hs))) return 'cold-boxes';
  if ((chapter >= 8 && chapter <= 12) || chapter === 17 || chapter === 18) return 'sacks';
  if (chapter === 15 || chapter === 22 || chapter === 27 || chapter === 28 || chapter === 29 || chapter === 38) return 'drums';
  if (chapter >= 50 && chapter <= 63) return 'bales';
  if (chapter >= 84 && chapter <= 90) return 'crates';
  return 'cartons';
}

/** Title words that tell what an outcome shows, checked in this order (English source texts). */
const CLUES: ReadonlyArray<readonly [Visual, RegExp]> = [
  ['cleared', /^no residues|no incident|no disputes|happy buyers/i],
  ['progress', /steady|prices hold|\bholds\b/i],
  ['unpaid', /never paid|not paid|no payment|unpaid|nothing comes|money never|frozen|never comes|dispute/i],
  ['rejected', /reject|refus|denied|larva|residue|aflatoxin|destroy|not organic|seized|not silk|not what/i],
  ['held', /\bheld\b|\bhold\b|stuck/i],
  ['damage', /damage|damp|heat|opened|vanish|\blost\b|\bwet\b/i],
  ['storm', /storm|weather|rain|flood|water in/i],
  ['payment', /\bpaid\b|payment|\bpays\b|payout|escrow|repaid|reimbursed|paid back|comes back/i],
  ['cleared', /green|released|cleared|approved|accepted|granted|confirmed|welcome|on board|signed|settled|clean|calm|passed|space confirmed/i],
  ['inspection', /inspect|sampl|check|query|verification|review|audit|questions|closer look|asks for more|in customs|first in line/i],
  ['delay', /late|delay|rolled|missed|wait|slips|left on the ground|behind/i],
  ['market-down', /falls?\b|drop|\bthin\b|below cost|slow start|forgot|sold elsewhere/i],
  ['market-up', /rises|strong|orders in|early/i],
  ['alert', /leak|breach|missing|certificate|problem|mismatch|mix-?up|taxed|tax|fees|interest|charges|cost of|claim|duty|which rule|nobody|not enough|bill|ends its|discrepanc|reclassif|due\b|overdraft|asks for|yours|goods/i],
];

/** The visual a title suggests ("progress" when nothing matches). */
export function inferVisual(title: string): Visual {
  for (const [visual, clue] of CLUES) if (clue.test(title)) return visual;
  return 'progress';
}

/** How much an event matters when several land at once (the most serious is played). */
const WEIGHT: Record<Visual, number> = {
  rejected: 13, held: 12, unpaid: 11, storm: 10, damage: 9, inspection: 8, delay: 7, alert: 6, 'market-down': 5,
  payment: 4, 'market-up': 3, cleared: 2, progress: 1, none: 0,
};

/** The visual of one effect (null: not a story event). */
function visualOfEffect(s: Scenario, e: EffectView): Visual | null {
  if (e.type === 'chance') {
    if (e.certain) return null;
    const node = s.nodes[e.node];
    const o = node?.type === 'chance' ? node.outcomes.find((x) => x.id === e.outcome) : undefined;
    return o ? (o.visual ?? inferVisual(`${o.title} ${o.id}`)) : null;
  }
  if (e.type === 'consequence') {
    const c = s.consequences?.[e.id];
    return c ? (c.visual ?? inferVisual(`${c.title} ${e.id}`)) : null;
  }
  return null;
}

/** The event of a step: the most serious chance outcome or consequence among its effects, or null. */
export function eventOf(view: ViewModel, s: Scenario): WorldEvent | null {
  let best: { visual: Visual; key: string; stage?: string } | null = null;
  for (const e of view.effects) {
    const visual = visualOfEffect(s, e);
    if (!visual || visual === 'none') continue;
    if (best && WEIGHT[visual] <= WEIGHT[best.visual]) continue;
    const node = e.type === 'chance' ? s.nodes[e.node] : undefined;
    const stage = node?.type === 'chance' ? node.stage : undefined;
    best = { visual, key: e.type === 'chance' ? `${e.node}/${e.outcome}` : e.type === 'consequence' ? `!${e.id}` : '', ...(stage ? { stage } : {}) };
  }
  return best ? { id: `${view.hud.day}:${view.node}:${best.key}`, visual: best.visual, ...(best.stage ? { stage: best.stage } : {}) } : null;
}

/** Who stands in the ending's picture: the scenario's first character (the player's closest partner). */
export function endingHost(s: Scenario): { look: LookData | null; name: string } | null {
  const first = Object.entries(s.characters ?? {})[0];
  return first ? { look: first[1].look ?? null, name: first[0] } : null;
}
