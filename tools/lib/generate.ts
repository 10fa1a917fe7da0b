/**
 * A seeded generator of valid, realistically shaped scenarios for benchmarks
 * and tests. A big scenario is broad rather than long: the player first picks
 * a market (a tree of selection scenes), then plays one storyline of about 25
 * scenes in chapters — a hub scene that fans out into levels of alternative
 * scenes and converges at the next hub — so a playthrough stays around a dozen
 * decisions whatever the size. Scenes are knowledge checks (same cost, right
 * and wrong answers with readiness scores and later consequences) or
 * trade-offs (pay more to go faster); choices set flags that later choices
 * require (shown disabled or hidden); chance nodes have odds that depend on
 * AEO status; endings of several kinds.
 */
import { nextRandom, seedState } from '../../src/engine';
import { DIMENSIONS } from '../../src/scenario';

export interface GenerateOptions {
  /** How many scenes (chance, branch and ending nodes come on top). At least 4. */
  readonly scenes: number;
  readonly seed?: number;
  /** Scenes per storyline (default 25); longer storylines mean longer games and many more distinct states. */
  readonly storyline?: number;
}

type Json = Record<string, unknown>;

/** Scenes per chapter. */
const CHAPTER = 8;

/** Builds a scenario (plain JSON, valid under the v1 schema) with exactly `scenes` scenes. */
export function generateScenario(opts: GenerateOptions): Json {
  let rng = seedState(opts.seed ?? 1);
  const random = () => { const d = nextRandom(rng); rng = d.state; return d.value; };
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const total = Math.max(4, Math.floor(opts.scenes));
  const perStoryline = Math.max(4, opts.storyline ?? 25);
  const nodes: Record<string, Json> = {};
  const consequences: Record<string, Json> = {};
  const flags = new Set<string>(['wrongHs', 'aeo']);
  const score = (points: number, feedback: string) => [{ dimension: pick(DIMENSIONS), points, feedback }];

  // The market selection tree: selectors until there are enough leaves for the storylines.
  let lines = Math.max(1, Math.round(total / perStoryline));
  let selectors = lines > 1 ? Math.ceil((lines - 1) / 3) : 0;
  while (lines > 1 && total - selectors < lines * 4) { lines--; selectors = lines > 1 ? Math.ceil((lines - 1) / 3) : 0; }
  const starts = Array.from({ length: lines }, (_, i) => `m${i}-c0-l0-s0`);
  const selectorIds = Array.from({ length: selectors }, (_, i) => `market-${i}`);
  const leaves = [...selectorIds.slice(1), ...starts];
  selectorIds.forEach((id, i) => {
    const children = leaves.slice(i * 4, i * 4 + 4);
    nodes[id] = {
      type: 'scene', stage: 'office', title: 'Choose a market', text: 'Which market do you go after?',
      choices: children.map((next, k) => ({ id: `market-${k}`, label: `Market ${next}`, ...(k > 0 ? { cost: { money: 100 * k } } : {}), next })),
    };
  });

  let longest = 0;
  const budget = { money: 0, days: 0 };
  let left = total - selectors;
  for (let m = 0; m < lines; m++) {
    const size = Math.floor(left / (lines - m));
    left -= size;
    const r = storyline(m, size);
    longest = Math.max(longest, r.decisions);
    budget.money = Math.max(budget.money, r.money);
    budget.days = Math.max(budget.days, r.days);
  }

  /** One storyline of `size` scenes in chapters; returns its decisions and its mean costs along a path. */
  function storyline(m: number, size: number): { decisions: number; money: number; days: number } {
    const chapters: number[][] = [];
    for (let rest = size; rest > 0; ) {
      const n = Math.min(rest, rest - CHAPTER < 3 ? rest : CHAPTER);
      const levels = [1];
      for (let r2 = n - 1; r2 > 0; ) { const w = Math.min(r2, (levels[levels.length - 1] as number) * 2 + 1, 4); levels.push(w); r2 -= w; }
      chapters.push(levels);
      rest -= n;
    }
    const id = (c: number, l: number, i: number) => (c < chapters.length ? `m${m}-c${c}-l${l}-s${i}` : 'final');
    const hold = `m${m}-hold`;
    const invoice = `m${m}-invoice`;
    consequences[hold] = { on: `m${m}-arrival`, when: { type: 'flag', flag: 'wrongHs' }, title: 'Customs hold', text: 'The HS code was wrong: the goods are held for {days:3}.', effects: [{ type: 'days', amount: 3 }, { type: 'money', amount: -200 }], scores: score(-1, 'Check the HS code before shipping.') };
    consequences[invoice] = { afterDays: 4, title: 'Invoice due', text: 'The freight forwarder sends the invoice.', effects: [{ type: 'money', amount: -100 }] };
    let money = 0;
    let days = 0;
    let decisions = 0;
    chapters.forEach((levels, c) => {
      const flag = `m${m}c${c}`;
      decisions += levels.length;
      levels.forEach((width, l) => {
        const nextWidth = levels[l + 1];
        const tradeOff = random() < 0.4;
        const base = tradeOff ? { money: pick([100, 200, 300]), days: pick([1, 2, 3]) } : { money: pick([0, 0, 0, 100]), days: pick([0, 0, 1]) };
        for (let i = 0; i < width; i++) {
          // Enough choices that every scene of the next level is the target of one.
          const count = Math.max(2 + int(3), nextWidth === undefined ? 0 : Math.ceil(nextWidth / width));
          const targets = Array.from({ length: count }, (_, k) => (nextWidth === undefined ? id(c + 1, 0, 0) : id(c, l + 1, (i + k * width) % nextWidth)));
          const choices: Json[] = targets.map((next, k) => {
            const cost = tradeOff ? { money: base.money * k, days: base.days * (count - 1 - k) } : base;
            const choice: Json = { id: `x${k}`, label: tradeOff ? `Option ${k + 1}` : `Answer ${k + 1}`, next };
            if (cost.money || cost.days) choice.cost = { ...(cost.money ? { money: cost.money } : {}), ...(cost.days ? { days: cost.days } : {}) };
            if (!tradeOff) choice.scores = k === 0 ? score(2, 'Right: this is how it works.') : score(-1, 'Not quite: here is why.');
            const effects: Json[] = [];
            if (l === 0 && k >= 1) effects.push({ type: 'flag', flag });
            if (!tradeOff && k === count - 1 && c === 0) effects.push({ type: 'flag', flag: 'wrongHs' }, { type: 'schedule', consequence: hold });
            if (tradeOff && k === count - 1 && random() < 0.3) effects.push({ type: 'flag', flag: 'aeo' });
            if (tradeOff && k === 0 && random() < 0.3) effects.push({ type: 'schedule', consequence: invoice });
            if (effects.length) choice.effects = effects;
            if (k > 0 && l >= 2 && l === levels.length - 1 && random() < 0.4) {
              choice.requires = { type: 'flag', flag };
              if (random() < 0.3) choice.whenUnavailable = 'hide';
              else choice.reason = 'You need to prepare this first.';
            }
            return choice;
          });
          if (random() < 0.12) {
            const chance = `${id(c, l, i)}-inspection`;
            const first = choices[0] as Json;
            nodes[chance] = {
              type: 'chance',
              outcomes: [
                { id: 'clear', weight: 70, title: 'All clear', text: 'Nothing happens.', next: first.next },
                { id: 'inspect', weight: 30, modifiers: [{ when: { type: 'flag', flag: 'aeo' }, multiply: 0.4 }], title: 'Inspection', text: 'An inspection costs {days:2}.', effects: [{ type: 'days', amount: 2 }], next: first.next },
              ],
            };
            first.next = chance;
          }
          if (c === 1 && l === 0 && m % 4 === 1 && choices.length < 4) choices.push({ id: 'quit', label: 'Give up the deal', next: 'abandoned' });
          const milestone = l === 0 && c === chapters.length - 1 ? { milestone: `m${m}-arrival` } : {};
          nodes[id(c, l, i)] = { type: 'scene', stage: pick(['office', 'port', 'customs', 'warehouse', 'bank']), title: `Market ${m}, chapter ${c + 1}`, text: tradeOff ? 'Faster costs more. What do you do?' : 'A question of export know-how. What is right?', ...milestone, choices };
        }
        money += base.money;
        days += base.days;
      });
      flags.add(flag);
    });
    return { decisions, money, days };
  }

  nodes.final = { type: 'branch', cases: [{ when: { type: 'flag', flag: 'wrongHs' }, next: 'refused' }, { when: { type: 'day', op: '>', value: 0 }, next: 'paid' }], else: 'unpaid' };
  nodes.paid = { type: 'chance', outcomes: [{ id: 'pays', weight: 90, title: 'Paid', text: 'The buyer pays.', next: 'success' }, { id: 'defaults', weight: 10, title: 'Default', text: 'The buyer never pays.', next: 'unpaid' }] };
  const ending = (kind: string, title: string) => ({ type: 'ending', kind, title, text: `${title}. Here is why.` });
  nodes.success = ending('success', 'Delivered and paid');
  nodes.refused = ending('refused', 'Refused at the border');
  nodes.unpaid = ending('unpaid', 'Never paid');
  nodes.broke = ending('over-budget', 'Out of money');
  nodes.late = ending('late', 'Too late');
  nodes.abandoned = ending('abandoned', 'Deal abandoned');
  return {
    format: 1, id: `generated-${total}`, version: '1.0.0', lang: 'en',
    title: `Generated scenario (${total} scenes)`, summary: 'A generated scenario for benchmarks.',
    product: { name: 'Green coffee', hs: '0901.11' }, origin: { name: 'Kujuma', fictional: true }, destination: { name: 'Sarvahara', fictional: true },
    currency: 'USD', money: Math.round((budget.money * 1.3 + 300) / 100) * 100, deadline: Math.max(5, Math.round(budget.days * 1.3 + 4)),
    playMinutes: Math.min(240, Math.max(1, longest)), difficulty: 'medium',
    objectives: ['Deliver on time and within budget'], sources: [{ id: 'gen', title: 'Generated' }],
    flags: [...flags], rules: { outOfMoney: { next: 'broke' }, pastDeadline: { next: 'late' } },
    start: selectorIds[0] ?? starts[0], consequences, nodes,
  };
}
