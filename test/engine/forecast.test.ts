import { describe, expect, it } from 'vitest';
import { choiceOrder, createGame, type Game } from '../../src/engine';
import type { SceneNode } from '../../src/scenario';
import { scene, tiny } from '../support/scenarios';

/** A road with a fixed wait, a gamble, a hidden mistake that comes back, and a pinned "give up". */
const road = () => tiny({
  s0: scene([
    { id: 'courier', cost: { money: 10, days: 1 }, effects: [{ type: 'days', amount: 1 }], next: 'wait' },
    { id: 'gamble', cost: { money: 5 }, next: 'weather' },
    { id: 'skip-papers', effects: [{ type: 'schedule', consequence: 'refusal' }], next: 'port' },
    { id: 'give-up', pin: 'last', next: 'broke' },
  ]),
  // A fixed wait: only one outcome can happen.
  wait: { type: 'chance', outcomes: [
    { id: 'sail', weight: 1, title: 'Sailing', text: 'Six days at sea.', effects: [{ type: 'days', amount: 6 }], next: 'port' },
    { id: 'never', weight: 0, title: 'Never', text: 'Never.', next: 'port' },
  ] },
  weather: { type: 'chance', outcomes: [
    { id: 'calm', weight: 1, title: 'Calm', text: 'Calm.', effects: [{ type: 'days', amount: 2 }], next: 'port' },
    { id: 'storm', weight: 1, title: 'Storm', text: 'Storm.', effects: [{ type: 'days', amount: 5 }, { type: 'money', amount: -30 }], next: 'port' },
  ] },
  port: { type: 'scene', milestone: 'border', text: 'At the border.', choices: [{ id: 'deliver', label: 'Deliver', next: 'win' }] },
  refused: { type: 'ending', kind: 'refused', title: 'Refused', text: 'Refused.' },
}, { consequences: { refusal: { on: 'border', title: 'No papers', text: 'Refused.', effects: [{ type: 'money', amount: -40 }], next: 'refused' } } });

const shown = (g: Game, id: string) => g.view().choices.find((c) => c.id === id)!;

describe('what a choice shows is what it costs', () => {
  it('shows the certain cost through effects and fixed steps, and the HUD afterwards agrees', () => {
    const g = createGame(road(), 3);
    const c = shown(g, 'courier');
    expect(c.cost).toEqual({ money: 10, days: 8 });
    expect(c.risk).toEqual({ money: 0, days: 0, open: false });
    const before = g.view().hud;
    g.choose('courier');
    const after = g.view().hud;
    expect([before.money - after.money, after.day - before.day]).toEqual([10, 8]);
    // The fixed wait is not called luck.
    expect(g.view().effects.find((e) => e.type === 'chance')).toMatchObject({ outcome: 'sail', certain: true });
  });

  it('shows what chance may add as uncertain, never as certain', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const g = createGame(road(), seed);
      const c = shown(g, 'gamble');
      expect(c.cost).toEqual({ money: 5, days: 2 });
      expect(c.risk).toEqual({ money: 30, days: 3, open: false });
      g.choose('gamble');
      const hud = g.view().hud;
      expect(100 - hud.money).toBeGreaterThanOrEqual(5);
      expect(100 - hud.money).toBeLessThanOrEqual(35);
      expect(hud.day).toBeGreaterThanOrEqual(2);
      expect(hud.day).toBeLessThanOrEqual(5);
      const chance = g.view().effects.find((e) => e.type === 'chance');
      expect(chance && 'certain' in chance && chance.certain).toBe(false);
    }
  });

  it('does not give away an earlier mistake before it comes back', () => {
    const g = createGame(road(), 1);
    g.choose('skip-papers');
    expect(g.view().node).toBe('refused'); // the refusal fired at the border milestone
    const h = createGame(road(), 1);
    const skip = shown(h, 'skip-papers');
    expect(skip.cost).toEqual({ money: 0, days: 0 });
    expect(skip.earliestArrival).toBe(0);
  });

  it('forecasts the earliest arrival and warns when the known remaining steps no longer fit', () => {
    const slow = road();
    (slow as { deadline: number }).deadline = 6;
    const g = createGame(slow, 1);
    expect(g.view().hud).toMatchObject({ earliestArrival: 0, behindSchedule: false });
    expect(shown(g, 'courier').earliestArrival).toBeNull(); // eight days pass a six-day deadline: the late ending
    expect(shown(g, 'gamble').earliestArrival).toBe(2);
  });
});

describe('forecasts that cannot be followed to the end', () => {
  it('a chance loop ("retry until it passes") is shown as open, and the game still plays', () => {
    const loop = tiny({
      s0: scene([{ id: 'try', cost: { money: 5 }, next: 'test' }]),
      test: { type: 'chance', outcomes: [
        { id: 'pass', weight: 1, title: 'Pass', text: 'Pass.', next: 'win' },
        { id: 'again', weight: 1, title: 'Again', text: 'Again.', effects: [{ type: 'days', amount: 1 }], next: 'test' },
      ] },
    });
    const g = createGame(loop, 4);
    const c = shown(g, 'try');
    expect(c.risk?.open).toBe(true);
    expect(c.cost).toEqual({ money: 5, days: 0 });
    expect(g.choose('try').ok).toBe(true);
  });

  it('says when a choice fails for money rather than for time', () => {
    const pricey = tiny({
      s0: scene([
        { id: 'charter', cost: { money: 500 }, next: 'win' },
        { id: 'post', cost: { days: 3 }, next: 'win' },
      ]),
    });
    const g = createGame(pricey, 1);
    expect(shown(g, 'charter')).toMatchObject({ earliestArrival: null, blockedBy: 'money' });
    expect(shown(g, 'post')).toMatchObject({ earliestArrival: 3, blockedBy: null });
  });
});

describe('the order on screen', () => {
  it('comes from the seed, is stable, keeps pins, and is not the file order for every seed', () => {
    const s = road();
    const node = s.nodes.s0 as SceneNode;
    const orders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const ids = createGame(s, seed).view().choices.map((c) => c.id);
      expect(ids).toEqual(choiceOrder(node, 's0', seed).map((c) => c.id));
      expect(createGame(s, seed).view().choices.map((c) => c.id)).toEqual(ids);
      expect(ids.at(-1)).toBe('give-up');
      expect(createGame(s, seed).view().choices.map((c) => c.number)).toEqual([1, 2, 3, 4]);
      orders.add(ids.join());
    }
    expect(orders.size).toBe(6); // all orders of the three unpinned choices occur
  });
});
