import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { CARGO, STAGES, VISUALS, type Scenario } from '../../src/scenario/index';
import { drawProp, endingProp, propTone, type Prop } from '../../src/world/art/events';
import { cargoOf, endingHost, eventOf, inferVisual } from '../../src/world/story';
import { layoutWorld, propPlace } from '../../src/world/layout';
import { FRIENDLY, HIGH_CONTRAST } from '../../src/world/palette';
import { shippedScenarios } from '../content/helpers';
import { scene, tiny } from '../support/scenarios';
import { svgProblems } from './svg-check';

const product = (hs: string | null, cargo?: (typeof CARGO)[number]): Scenario['product'] => ({ name: 'x', hs, ...(cargo ? { cargo } : {}) });

describe('what travels', () => {
  it('is the scenario\'s cargo when given, else inferred from the HS code (a service is data)', () => {
    expect(cargoOf(product('0901.11', 'crates'))).toBe('crates');
    expect(cargoOf(product(null))).toBe('data');
    expect(cargoOf(product('0603.11'))).toBe('cold-boxes');
    expect(cargoOf(product('0901.11'))).toBe('sacks');
    expect(cargoOf(product('0801.32'))).toBe('sacks');
    expect(cargoOf(product('0806.10'))).toBe('cold-boxes');
    expect(cargoOf(product('1515.90'))).toBe('drums');
    expect(cargoOf(product('6214.90'))).toBe('bales');
    expect(cargoOf(product('8413.70'))).toBe('crates');
    expect(cargoOf(product('9403.60'))).toBe('cartons');
  });

  it('matches each shipped scenario: data for the software service, cold boxes for roses, sacks for coffee and cashew, crates for pumps', () => {
    const byId = new Map(shippedScenarios().map(({ scenario }) => [scenario.id, cargoOf(scenario.product)]));
    expect(Object.fromEntries(byId)).toMatchObject({ software: 'data', roses: 'cold-boxes', coffee: 'sacks', cashew: 'sacks', pumps: 'crates' });
  });
});

describe('story events', () => {
  it('infers a fitting visual from a title', () => {
    expect(inferVisual('Weather at sea')).toBe('storm');
    expect(inferVisual('Physical inspection')).toBe('inspection');
    expect(inferVisual('Held over the HS code')).toBe('held');
    expect(inferVisual('Green lane')).toBe('cleared');
    expect(inferVisual('Paid in full')).toBe('payment');
    expect(inferVisual('Never paid')).toBe('unpaid');
    expect(inferVisual('Rejected at intake')).toBe('rejected');
    expect(inferVisual('Rolled to a later sailing')).toBe('delay');
    expect(inferVisual('Prices fall')).toBe('market-down');
    expect(inferVisual('The rate holds')).toBe('progress');
    expect(inferVisual('No residues above the limits')).toBe('cleared');
    expect(inferVisual('Something else entirely')).toBe('progress');
  });

  const game = (visual?: string) => tiny({
    s0: scene([{ id: 'go', next: 'roll' }]),
    roll: {
      type: 'chance', stage: 'ship', outcomes: [
        { id: 'storm', weight: 1, title: 'Weather at sea', text: 'Rough.', next: 'win', ...(visual ? { visual } : {}) },
        { id: 'calm', weight: 1, title: 'Calm', text: 'Calm.', next: 'win' },
      ],
    },
  });

  it('plays the outcome that landed, the scenario\'s visual winning over the inference', () => {
    for (const [visual, expected] of [[undefined, 'storm'], ['payment', 'payment']] as const) {
      const s = game(visual);
      let seen = 0;
      for (let seed = 1; seed < 40 && seen < 2; seed++) {
        const g = createGame(s, seed);
        g.choose('go');
        const v = g.view();
        const chance = v.effects.find((e) => e.type === 'chance');
        if (chance?.type !== 'chance' || chance.outcome !== 'storm') continue;
        const event = eventOf(v, s);
        expect(event?.visual).toBe(expected);
        expect(event?.id).toContain('roll/storm');
        expect(event?.stage, 'the world stays where it happened').toBe('ship');
        seen++;
      }
      expect(seen).toBeGreaterThan(0);
    }
  });

  it('shows nothing for a step without chance or consequence, nor for a certain outcome', () => {
    const s = tiny({ s0: scene([{ id: 'go', next: 'roll' }]), roll: { type: 'chance', outcomes: [{ id: 'a', weight: 1, title: 'Storm', text: 'x', next: 'win' }, { id: 'b', weight: 0, title: 'Calm', text: 'y', next: 'win' }] } });
    const g = createGame(s, 3);
    expect(eventOf(g.view(), s)).toBeNull();
    g.choose('go');
    expect(eventOf(g.view(), s)).toBeNull();
  });

  it('has a host for the ending picture: the first character', () => {
    const s = tiny({ s0: scene([{ id: 'go', next: 'win' }]) }, { characters: { zoe: { name: 'Zoe', role: 'Partner', look: 'c' } } });
    expect(endingHost(s)).toEqual({ look: 'c', name: 'zoe' });
    expect(endingHost(tiny({ s0: scene([{ id: 'go', next: 'win' }]) }))).toBeNull();
  });
});

describe('event and ending pictures', () => {
  const props: Prop[] = [...VISUALS.filter((v) => v !== 'none'), 'trophy', 'broke', 'abandoned'];

  it('draws every visual and ending prop as well-formed SVG in both palettes, each different', () => {
    const pictures = new Set<string>();
    for (const prop of props) {
      for (const palette of [FRIENDLY, HIGH_CONTRAST]) expect(svgProblems(drawProp(palette, prop, 'sacks', 160)), prop).toEqual([]);
      pictures.add(drawProp(FRIENDLY, prop, 'sacks', 160));
    }
    expect(pictures.size).toBe(props.length);
    expect(propTone('cleared')).toBe('good');
    expect(propTone('rejected')).toBe('bad');
  });

  it('gives each ending kind its picture', () => {
    expect(endingProp('success')).toBe('trophy');
    expect(endingProp('late')).toBe('delay');
    expect(endingProp('refused')).toBe('rejected');
    expect(endingProp('unpaid')).toBe('unpaid');
    expect(endingProp('over-budget')).toBe('broke');
    expect(endingProp('abandoned')).toBe('abandoned');
  });

  it('places the picture inside the visible part, clear of the journey card, on phones and desktops', () => {
    for (const [w, h, insets] of [[1280, 800, { top: 110, left: 768, bottom: 800 }], [1920, 1080, undefined], [360, 640, { top: 120, left: 0, bottom: 330 }], [390, 844, undefined]] as const) {
      const l = layoutWorld(w, h, 1, insets);
      const at = propPlace(l);
      const v = l.visible;
      expect(at.size, `${w}x${h}`).toBeGreaterThan(20);
      expect(at.x - at.size / 2, `${w}x${h}`).toBeGreaterThanOrEqual(v.x - 0.5);
      expect(at.x + at.size / 2, `${w}x${h}`).toBeLessThanOrEqual(v.x + v.w + 0.5);
      expect(at.y - at.size / 2, `${w}x${h}`).toBeGreaterThanOrEqual(v.y - 0.5);
      expect(at.y + at.size / 2, `${w}x${h}`).toBeLessThanOrEqual(v.y + v.h + 0.5);
      if (v.y + v.h >= l.canvas.h - 1) {
        const c = l.card;
        const overlaps = at.y + at.size / 2 > c.y && at.y - at.size / 2 < c.y + c.h && at.x + at.size / 2 > c.x && at.x - at.size / 2 < c.x + c.w;
        expect(overlaps, `${w}x${h}`).toBe(false);
      }
    }
  });
});

describe('stages', () => {
  const shipped = shippedScenarios();
  const stagesOf = (s: Scenario) => Object.values(s.nodes).map((n) => ('stage' in n ? n.stage : undefined)).filter((x): x is NonNullable<typeof x> => x !== undefined);

  it('the software studio works in the studio, never in the chemistry lab', () => {
    const software = shipped.find((x) => x.scenario.id === 'software')!.scenario;
    expect(stagesOf(software)).not.toContain('lab');
    expect(stagesOf(software)).toContain('studio');
  });

  it('every new workplace stage is used by a shipped scenario, and every used stage is drawn', () => {
    const used = new Set(shipped.flatMap(({ scenario }) => stagesOf(scenario)));
    for (const stage of ['studio', 'packhouse', 'cold-store', 'customs-office', 'courier-hub', 'trade-fair'] as const) expect(used, stage).toContain(stage);
    for (const stage of used) expect(STAGES).toContain(stage);
  });

  it('roses go through the cold store, and the scarves\' express parcels through the courier hub', () => {
    const stage = (id: string, node: string) => {
      const n = shipped.find((x) => x.scenario.id === id)!.scenario.nodes[node];
      return n && 'stage' in n ? n.stage : undefined;
    };
    expect(stage('roses', 'cold')).toBe('cold-store');
    expect(stage('scarves', 'ship-wave2')).toBe('courier-hub');
    expect(stage('shea', 'order')).toBe('trade-fair');
  });
});
