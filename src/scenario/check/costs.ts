/**
 * Hidden costs: the game shows each choice's cost as what it certainly spends up to the next decision
 * (its `cost`, its own money and days effects, and the fixed steps after it). The file should say what
 * the screen says, so a choice whose own effects spend money or days that `cost` does not state is flagged,
 * with the figure the player is shown and the `cost` that would state it.
 *
 * Only what can be moved into `cost` without changing play is flagged: the choice's own spending effects
 * (the cost is charged in the same step, just before the effects). A fixed amount in a chance node that
 * follows (every outcome adds the same days) is shown by the game but cannot move into `cost` without
 * moving the deadline check before the draw, so it is only mentioned in the message.
 */
import type { Choice, Effect, Scenario } from '../schema';
import { warning, type Finding } from './finding';

/** Money spent and days passed (money negative: earned). */
interface Amount {
  readonly money: number;
  readonly days: number;
}

/** hidden-cost. */
export function costFindings(s: Scenario): Finding[] {
  const out: Finding[] = [];
  const fixed = fixedSteps(s);
  for (const [id, n] of Object.entries(s.nodes)) {
    if (n.type !== 'scene') continue;
    n.choices.forEach((c, i) => {
      const hidden = movableSpending(s, c);
      if (hidden.money <= 0 && hidden.days <= 0) return;
      const path = ['nodes', id, 'choices', i, ...(c.cost ? ['cost'] : [])];
      const stated: Amount = { money: c.cost?.money ?? 0, days: c.cost?.days ?? 0 };
      const own = ownAmount(c.effects);
      const after = fixed(c.next);
      const shown: Amount = { money: stated.money + own.money + after.money, days: stated.days + own.days + after.days };
      const fixedNote = after.money !== 0 || after.days !== 0
        ? ` (${describe(s, after)} of it from the fixed steps after it, which every outcome goes through)`
        : '';
      const want: Amount = { money: stated.money + hidden.money, days: stated.days + hidden.days };
      out.push(warning('hidden-cost', path, `Choice ${JSON.stringify(c.id)} spends ${describe(s, hidden)} through its effects that "cost" does not state: players are shown ${describe(s, shown)}${fixedNote}, but "cost" says ${c.cost ? describe(s, stated) : 'nothing'}.`, {
        hint: `Move the amount into "cost": "cost": ${costJson(want)}, and delete the effects that spend it. The cost is charged in the same step, so play does not change.`,
      }));
    });
  }
  return out;
}

/**
 * The spending among a choice's own effects that can move into `cost` with play unchanged: every money
 * effect that spends; days effects, unless a negative one (day 0 is a floor) or a "schedule" of an
 * afterDays consequence before them (its due day counts from the day it is scheduled) makes the order matter.
 */
function movableSpending(s: Scenario, c: Choice): Amount {
  let money = 0;
  let days = 0;
  let daysMovable = true;
  let scheduledByDays = false;
  for (const e of c.effects ?? []) {
    if (e.type === 'money' && e.amount < 0) money -= e.amount;
    else if (e.type === 'days') {
      if (e.amount < 0 || scheduledByDays) daysMovable = false;
      else days += e.amount;
    } else if (e.type === 'schedule' && s.consequences?.[e.consequence]?.afterDays !== undefined) scheduledByDays = true;
  }
  return { money, days: daysMovable ? days : 0 };
}

function ownAmount(effects: readonly Effect[] | undefined): Amount {
  let money = 0;
  let days = 0;
  for (const e of effects ?? []) {
    if (e.type === 'money') money -= e.amount;
    else if (e.type === 'days') days += e.amount;
  }
  return { money, days };
}

/**
 * What the steps after a link certainly add before the next scene: through chance nodes, the least any
 * outcome that can happen adds (money and days each); a branch, a scene or an ending ends the chain.
 */
function fixedSteps(s: Scenario): (node: string) => Amount {
  const memo = new Map<string, Amount>();
  const none: Amount = { money: 0, days: 0 };
  const walk = (id: string, seen: Set<string>): Amount => {
    const known = memo.get(id);
    if (known) return known;
    const n = Object.hasOwn(s.nodes, id) ? s.nodes[id] : undefined;
    if (n?.type !== 'chance' || seen.has(id)) return none;
    seen.add(id);
    let money = Infinity;
    let days = Infinity;
    for (const o of n.outcomes) {
      const possible = o.weight > 0 || (o.modifiers ?? []).some((m) => (m.add ?? 0) > 0);
      if (!possible) continue;
      const own = ownAmount(o.effects);
      const rest = walk(o.next, seen);
      money = Math.min(money, own.money + rest.money);
      days = Math.min(days, own.days + rest.days);
    }
    seen.delete(id);
    const result = Number.isFinite(money) && Number.isFinite(days) ? { money, days } : none;
    memo.set(id, result);
    return result;
  };
  return (node) => walk(node, new Set());
}

function describe(s: Scenario, a: Amount): string {
  const parts: string[] = [];
  if (a.money > 0) parts.push(`${a.money} ${s.currency}`);
  else if (a.money < 0) parts.push(`a gain of ${-a.money} ${s.currency}`);
  if (a.days !== 0) parts.push(`${a.days} day${Math.abs(a.days) === 1 ? '' : 's'}`);
  return parts.length ? parts.join(' and ') : 'no cost';
}

function costJson(a: Amount): string {
  const fields = [a.money > 0 ? `"money": ${a.money}` : '', a.days > 0 ? `"days": ${a.days}` : ''].filter(Boolean);
  return `{ ${fields.join(', ')} }`;
}
