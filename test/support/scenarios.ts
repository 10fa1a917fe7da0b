/** Test helpers: load fixture scenarios and build variants of them. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateScenario, type Scenario } from '../../src/scenario';

const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Reads raw fixture JSON (a fresh copy each call, safe to mutate). */
export function rawFixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8'));
}

/** Validates data as a scenario or throws with the problems. */
export function asScenario(data: unknown): Scenario {
  const r = validateScenario(data);
  if (!r.ok) throw new Error(`invalid scenario: ${JSON.stringify(r.problems.slice(0, 5))}`);
  return r.scenario;
}

/** The mini fixture, optionally changed by a function on its raw JSON. */
export function mini(change?: (raw: Record<string, any>) => void): Scenario {
  const raw = rawFixture('mini.json');
  change?.(raw);
  return asScenario(raw);
}

/** A tiny valid scenario around the given nodes (start "s0"; rules lead to "broke" and "late"). */
export function tiny(nodes: Record<string, unknown>, extra: Record<string, unknown> = {}): Scenario {
  return asScenario({
    format: 1, id: 'tiny', version: '1.0.0', lang: 'en', title: 'Tiny', summary: 'Tiny.',
    product: { name: 'Thing', hs: null }, origin: { name: 'A', fictional: true }, destination: { name: 'B', fictional: true },
    currency: 'USD', money: 100, deadline: 10, playMinutes: 1, difficulty: 'easy', objectives: ['o'], sources: [{ id: 'x', title: 'X' }],
    rules: { outOfMoney: { next: 'broke' }, pastDeadline: { next: 'late' } }, start: 's0',
    ...extra,
    nodes: {
      win: { type: 'ending', kind: 'success', title: 'Won', text: 'Won.' },
      broke: { type: 'ending', kind: 'over-budget', title: 'Broke', text: 'Broke.' },
      late: { type: 'ending', kind: 'late', title: 'Late', text: 'Late.' },
      ...nodes,
    },
  });
}

/** A scene node whose choices are labelled by their ids. */
export const scene = (choices: Record<string, unknown>[]) => ({ type: 'scene', text: 'Decide.', choices: choices.map((c) => ({ label: String(c.id), ...c })) });
