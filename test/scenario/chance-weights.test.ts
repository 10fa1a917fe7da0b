/**
 * The guide's chance-node advice and the checker agree: outcomes with weight 0 that exist only when an
 * "add" modifier's condition holds are accepted; the analysis finds a state where no condition holds;
 * a node where nothing can ever be drawn is rejected with a hint that says both ways out.
 */
import { describe, expect, it } from 'vitest';
import { analysisFindings } from '../../src/engine';
import { checkScenarioText } from '../../src/scenario';

/** A scenario whose first choice sets (or not) the flag "aeo" before a chance node with the given outcomes. */
function withChance(outcomes: Record<string, unknown>[]): string {
  return JSON.stringify({
    format: 1, id: 'weights', version: '1.0.0', lang: 'en', title: 'Weights', summary: 'Chance weights.',
    product: { name: 'Thing', hs: null }, origin: { name: 'A', fictional: true }, destination: { name: 'B', fictional: true },
    currency: 'USD', money: 100, deadline: 10, playMinutes: 1, difficulty: 'easy', objectives: ['o'], sources: [{ id: 'x', title: 'X', kind: 'rule' }],
    flags: ['aeo'], rules: { outOfMoney: { next: 'broke' }, pastDeadline: { next: 'late' } }, start: 's0',
    nodes: {
      s0: { type: 'scene', text: 'Apply for AEO status?', choices: [
        { id: 'apply', label: 'Apply', cost: { money: 50, days: 2 }, effects: [{ type: 'flag', flag: 'aeo' }], next: 'border' },
        { id: 'skip', label: 'Skip', next: 'border' },
        { id: 'splurge', label: 'Hire consultants', cost: { money: 200 }, next: 'border' },
        { id: 'wait', label: 'Wait a month', cost: { days: 30 }, next: 'border' },
      ] },
      border: { type: 'chance', outcomes },
      win: { type: 'ending', kind: 'success', title: 'Won', text: 'Won.' },
      held: { type: 'ending', kind: 'refused', title: 'Held', text: 'Held.' },
      broke: { type: 'ending', kind: 'over-budget', title: 'Broke', text: 'Broke.' },
      late: { type: 'ending', kind: 'late', title: 'Late', text: 'Late.' },
    },
  }, null, 2);
}

const aeo = { type: 'flag', flag: 'aeo' };
const noAeo = { type: 'flag', flag: 'aeo', is: false };
const outcome = (id: string, next: string, modifiers?: unknown[]) => ({ id, weight: 0, ...(modifiers ? { modifiers } : {}), title: id, text: `${id}.`, next });

describe('chance nodes with every weight 0', () => {
  it('the guide\'s pattern (each situation adds to its own outcome) passes check and the analysis', () => {
    const text = withChance([outcome('green', 'win', [{ when: aeo, add: 80 }]), outcome('red', 'held', [{ when: noAeo, add: 60 }])]);
    const r = checkScenarioText('weights.json', text);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).not.toContain('zero-weight-outcome');
    expect(analysisFindings(r.scenario!).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('when a situation is not covered, the analysis reports it with the choices that lead there', () => {
    const text = withChance([outcome('green', 'win', [{ when: aeo, add: 80 }]), outcome('red', 'held', [{ when: aeo, add: 20 }])]);
    const r = checkScenarioText('weights.json', text);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const errors = analysisFindings(r.scenario!).filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.path.join('.')])).toEqual([['engine-error', 'nodes.border']]);
    expect(errors[0]?.message).toContain('every outcome has weight 0 here');
    expect(errors[0]?.log).toEqual(['skip']);
  });

  it('a node where nothing can ever be drawn is an error whose hint gives both ways out', () => {
    const text = withChance([outcome('green', 'win'), outcome('red', 'held', [{ when: aeo, multiply: 2 }])]);
    const found = checkScenarioText('weights.json', text).diagnostics.filter((d) => d.code === 'zero-weights');
    expect(found).toHaveLength(1);
    expect(found[0]?.hint).toMatch(/Give at least one outcome a positive weight/);
    expect(found[0]?.hint).toMatch(/keep weight 0 and add a modifier such as \{ "when": <condition>, "add": 50 \}/);
  });
});
