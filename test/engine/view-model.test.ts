/**
 * The view model field by field: the texts of every effect kind (with their keys and variants), the ending
 * view, the speaker, unavailable and hidden choices, and the HUD's warnings at their thresholds.
 */
import { describe, expect, it } from 'vitest';
import { buildView, createGame } from '../../src/engine';
import { keys } from '../../src/scenario';
import { scene, tiny } from '../support/scenarios';

const flagged = { type: 'flag', flag: 'hurry' } as const;

const s = tiny(
  {
    s0: {
      ...scene([
        { id: 'go', result: 'You booked the truck.', cost: { money: 10 }, effects: [{ type: 'flag', flag: 'hurry' }, { type: 'schedule', consequence: 'fine' }], scores: [{ dimension: 'logistics', points: 2, feedback: 'Booked early.' }], next: 'c1' },
        { id: 'vip', requires: { type: 'money', op: '>', value: 5000 }, reason: 'Too dear.', cost: { money: 900, days: 3 }, next: 'win' },
        { id: 'secret', requires: { type: 'money', op: '>', value: 5000 }, whenUnavailable: 'hide', next: 'win' },
        { id: 'wait', next: 'win' },
      ]),
      stage: 'office', speaker: 'ana', title: 'Booking',
    },
    c1: {
      type: 'chance',
      outcomes: [{ id: 'jam', weight: 1, title: 'Traffic jam', text: 'Stuck.', textVariants: [{ id: 'rushed', when: flagged, text: 'Stuck, in a hurry.' }], effects: [{ type: 'days', amount: 1 }], next: 's1' }, { id: 'clear', weight: 0, title: 'Clear', text: 'Clear.', next: 's1' }],
    },
    s1: scene([{ id: 'on', next: 'win' }]),
  },
  {
    flags: ['hurry'],
    characters: { ana: { name: 'Ana', role: 'Broker' } },
    consequences: { fine: { afterDays: 0, title: 'A fine', text: 'You pay a fine.', textVariants: [{ id: 'hurried', when: flagged, text: 'Rushing cost a fine.' }], effects: [{ type: 'money', amount: -5 }] } },
  },
);

describe('the view of a scene', () => {
  const v = createGame(s, 1).view();

  it('names the speaker, the stage and the title, with their keys', () => {
    expect(v).toMatchObject({ status: 'playing', node: 's0', stage: 'office', decision: null, ending: null });
    expect(v.speaker).toEqual({ id: 'ana', name: { key: keys.character('ana', 'name'), text: 'Ana' }, role: { key: keys.character('ana', 'role'), text: 'Broker' }, look: null });
    expect(v.title).toEqual({ key: keys.node('s0', 'title'), text: 'Booking' });
    expect(v.text).toEqual({ key: keys.node('s0', 'text'), text: 'Decide.' });
  });

  it('shows an unavailable choice with its own cost and reason, hides a hidden one and numbers the rest in order', () => {
    const vip = v.choices.find((c) => c.id === 'vip')!;
    expect(vip).toMatchObject({ available: false, cost: { money: 900, days: 3 }, risk: null, earliestArrival: null, blockedBy: null, reason: { key: keys.choice('s0', 'vip', 'reason'), text: 'Too dear.' } });
    expect(v.choices.map((c) => c.id).sort()).toEqual(['go', 'vip', 'wait']);
    expect(v.choices.map((c) => c.number)).toEqual([1, 2, 3]);
    const wait = v.choices.find((c) => c.id === 'wait')!;
    expect(wait).toMatchObject({ available: true, cost: { money: 0, days: 0 }, risk: { money: 0, days: 0, open: false }, reason: null, label: { key: keys.choice('s0', 'wait', 'label'), text: 'wait' } });
  });

  it('a scene without a speaker or a title has none', () => {
    const g = createGame(s, 1);
    g.choose('go');
    expect(g.view()).toMatchObject({ node: 's1', speaker: null, title: null, stage: null });
  });
});

describe('the texts of the last step\'s effects', () => {
  const g = createGame(s, 1);
  g.choose('go');
  const effects = g.view().effects;

  it('a choice\'s result and score feedback, by key', () => {
    expect(effects).toContainEqual({ type: 'result', node: 's0', choice: 'go', text: { key: keys.choice('s0', 'go', 'result'), text: 'You booked the truck.' } });
    const key = keys.choiceFeedback('s0', 'go', 'logistics');
    expect(effects).toContainEqual({ type: 'score', dimension: 'logistics', points: 2, key, feedback: 'Booked early.', text: { key, text: 'Booked early.' } });
    expect(effects).toContainEqual({ type: 'money', delta: -10 });
  });

  it('a chance outcome\'s title and the text variant that holds', () => {
    expect(effects).toContainEqual({ type: 'chance', node: 'c1', outcome: 'jam', certain: true, title: { key: keys.outcome('c1', 'jam', 'title'), text: 'Traffic jam' }, text: { key: keys.outcomeVariant('c1', 'jam', 'rushed'), text: 'Stuck, in a hurry.' } });
  });

  it('a consequence\'s title and its variant', () => {
    expect(effects).toContainEqual({ type: 'consequence', id: 'fine', title: { key: keys.consequence('fine', 'title'), text: 'A fine' }, text: { key: keys.consequenceVariant('fine', 'hurried'), text: 'Rushing cost a fine.' } });
  });
});

describe('the view of an ending', () => {
  it('shows the ending with its kind and no choices, and no forecast', () => {
    const g = createGame(s, 1);
    g.choose('wait');
    const v = g.view();
    expect(v).toEqual({
      status: 'ended', node: 'win', stage: null, speaker: null, decision: null, choices: [],
      title: { key: keys.node('win', 'title'), text: 'Won' }, text: { key: keys.node('win', 'text'), text: 'Won.' },
      ending: { kind: 'success', title: { key: keys.node('win', 'title'), text: 'Won' } },
      effects: [{ type: 'ending', node: 'win', kind: 'success' }],
      hud: expect.objectContaining({ earliestArrival: null, behindSchedule: false }),
    });
  });

  it('refuses a state that rests on neither a scene nor an ending', () => {
    const st = createGame(s, 1).state;
    expect(() => buildView(s, { ...st, node: 'c1' })).toThrow(/not a scene or an ending/);
  });
});

describe('the HUD at its thresholds', () => {
  const at = (money: number, day: number) => buildView(s, { ...createGame(s, 1).state, money, day }).hud;

  it('warns of low money below 20 % of the start (100 → under 20)', () => {
    expect(at(20, 0).lowMoney).toBe(false);
    expect(at(19, 0).lowMoney).toBe(true);
  });

  it('warns of low time when fewer than 20 % of the days are left (deadline 10 → under 2)', () => {
    expect(at(100, 8)).toMatchObject({ lowTime: false, daysLeft: 2 });
    expect(at(100, 9)).toMatchObject({ lowTime: true, daysLeft: 1 });
  });

  it('is behind schedule only when the earliest arrival is past the deadline', () => {
    expect(at(100, 10)).toMatchObject({ earliestArrival: 10, behindSchedule: false });
    expect(at(100, 11)).toMatchObject({ earliestArrival: 11, behindSchedule: true });
  });
});
