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
