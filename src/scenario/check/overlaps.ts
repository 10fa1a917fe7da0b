/**
 * Consequences that send the player elsewhere and can fall due at the same moment. The engine then picks
 * one by a stated rule (highest priority, then one leading to a failure ending, then the costlier in money
 * plus days, then the first scheduled); the others still apply their effects but their "next" is ignored.
 * The checker reports each such pair with the same priority and says which one wins.
 */
import type { Consequence, Scenario } from '../schema';
import { warning, type Finding } from './finding';

/** consequence-overlap. */
export function overlapFindings(s: Scenario): Finding[] {
  const out: Finding[] = [];
  const redirects = Object.entries(s.consequences ?? {}).filter(([, c]) => c.next !== undefined);
  redirects.forEach(([idB, b], j) => {
    for (const [idA, a] of redirects.slice(0, j)) {
      const moment = sameMoment(a, b);
      if (!moment || (a.priority ?? 0) !== (b.priority ?? 0)) continue;
      out.push(warning('consequence-overlap', ['consequences', idB], `Consequences ${JSON.stringify(idA)} and ${JSON.stringify(idB)} both send the player on (to ${JSON.stringify(a.next)} and ${JSON.stringify(b.next)}) and can fall due at once (${moment}), with the same priority ${a.priority ?? 0}: ${winner(s, [idA, a], [idB, b])} The other's "next" is then ignored, though its effects still apply.`, {
        at: 'key',
        hint: `If that is not the intended outcome, set "priority" on the one that must win (e.g. "priority": 1; higher wins). Setting it also silences this warning.`,
      }));
    }
  });
  return out;
}

function sameMoment(a: Consequence, b: Consequence): string | undefined {
  if (a.on !== undefined && a.on === b.on) return `both on milestone ${JSON.stringify(a.on)}`;
  if (a.afterDays !== undefined && b.afterDays !== undefined) return 'both are due after a number of days, so both can be due when the same scene is entered';
  const [milestone, days] = a.on !== undefined && b.afterDays !== undefined ? [a, b] : b.on !== undefined && a.afterDays !== undefined ? [b, a] : [undefined, undefined];
  if (milestone && days) return `one fires on milestone ${JSON.stringify(milestone.on)} and the other after a number of days, so both can fire on entering that scene`;
  return undefined;
}

/** The engine's tie-break below priority, said in words. */
function winner(s: Scenario, [idA, a]: [string, Consequence], [idB, b]: [string, Consequence]): string {
  const fa = failure(s, a);
  const fb = failure(s, b);
  if (fa !== fb) {
    const [w, c] = fa ? [idA, a] : [idB, b];
    return `${JSON.stringify(w)} wins, because it leads to a failure ending (${JSON.stringify(c.next)}).`;
  }
  const ca = cost(a);
  const cb = cost(b);
  if (ca !== cb) return `${JSON.stringify(ca > cb ? idA : idB)} wins, because it costs more (money plus days: ${Math.max(ca, cb)} against ${Math.min(ca, cb)}).`;
  return 'whichever was scheduled first wins, since neither leads to a worse ending nor costs more.';
}

function failure(s: Scenario, c: Consequence): boolean {
  const target = c.next !== undefined && Object.hasOwn(s.nodes, c.next) ? s.nodes[c.next] : undefined;
  return target?.type === 'ending' && target.kind !== 'success';
}

function cost(c: Consequence): number {
  let total = 0;
  for (const e of c.effects ?? []) {
    if (e.type === 'money') total -= e.amount;
    else if (e.type === 'days') total += e.amount;
  }
  return total;
}
