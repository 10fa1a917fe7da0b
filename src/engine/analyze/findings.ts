/**
 * Analysis results as findings for the checker: each with a JSON path into the
 * scenario file and, where play can show it, a log that reproduces it.
 * Absences (unreachable endings, choices, nodes; no success) are only claimed
 * when the exploration was complete.
 */
import type { Scenario } from '../../scenario';
import { analyze, type Analysis, type Route } from './analysis';

/** One analysis finding. `path` is a JSON path in the scenario file; `log` replays with seed 1 unless the message says otherwise. */
export interface Finding {
  readonly severity: 'error' | 'warning' | 'info';
  readonly code: string;
  readonly path: (string | number)[];
  readonly message: string;
  readonly hint?: string;
  readonly log?: string[];
}

/** Default state cap for the checker: large enough for real scenarios, bounded for hostile ones. */
export const FINDINGS_MAX_STATES = 2_000_000;

/** Explores a scenario and lists what is wrong or suspicious about its play. Never throws for a schema-valid scenario. */
export function analysisFindings(scenario: Scenario, opts: { maxStates?: number } = {}): Finding[] {
  let a: Analysis;
  try {
    a = analyze(scenario, { maxStates: opts.maxStates ?? FINDINGS_MAX_STATES });
  } catch (e) {
    return [{ severity: 'error', code: 'engine-error', path: [], message: `The analysis stopped: ${e instanceof Error ? e.message : String(e)}` }];
  }
  return findingsOf(scenario, a);
}

/** Adds a route's log; a route that needs another seed says so in the message. */
function withRoute(f: Finding, r: Route): Finding {
  const seedNote = r.seed === 1 ? '' : r.seed === null ? ' (the start is a chance node: no seed found that replays this route)' : ` (replay with seed ${r.seed})`;
  return { ...f, message: f.message + seedNote, log: [...r.log] };
}

/** Maps an analysis to findings. */
export function findingsOf(s: Scenario, a: Analysis): Finding[] {
  const out: Finding[] = [];
  const push = (f: Finding, route?: Route | null) => out.push(route ? withRoute(f, route) : f);
  for (const e of a.errors)
    push({ severity: 'error', code: 'engine-error', path: ['nodes', e.node], message: `Playing this scenario fails at "${e.node}": ${e.message}.${e.count > 1 ? ` ${e.count.toLocaleString('en')} steps from explored states meet it; the log shows one.` : ''}`, hint: 'Fix the content so every step leads to a scene, a chance node or an ending.' }, e.route);
  for (const l of a.softLocks)
    push({ severity: 'error', code: 'soft-lock', path: ['nodes', l.node], message: `Scene "${l.node}" can be reached with every choice unavailable (${l.states} such state${l.states === 1 ? '' : 's'}): the player is stuck.`, hint: 'Add a choice without conditions, or make sure the conditions cannot all fail together.' }, l.route);
  if (!a.complete) {
    const h = a.hotspots[0];
    const where = h ? ` Most states are at "${h.node}" (${h.states.toLocaleString('en')}, with ${h.moneyAmounts} different money amounts and ${h.days} different days).` : '';
    out.push({ severity: 'warning', code: 'analysis-incomplete', path: [], message: `The analysis stopped after ${a.states.toLocaleString('en')} state${a.states === 1 ? '' : 's'}; unreachable endings, choices and scenes were not checked.${where}`, hint: 'Raise the state cap (--max-states), or make fewer distinct states: use fewer, rounder money and day amounts (e.g. multiples of 100 and of 1 week), and fewer flags that are read late.' });
    return out;
  }
  if (!a.success.reachable)
    out.push({ severity: 'error', code: 'no-success', path: [], message: 'No play reaches a success ending within the budget and the deadline.', hint: 'Lower some costs, raise the starting money or the deadline, or add a route to a success ending.' });
  for (const id of a.unreachedEndings)
    out.push({ severity: 'warning', code: 'ending-unreachable', path: ['nodes', id], message: `Ending "${id}" is never reached by any play.`, hint: 'Link it from a choice, outcome, branch, rule or consequence whose conditions can hold.' });
  for (const c of a.unavailableChoices)
    push({ severity: 'warning', code: 'choice-unreachable', path: ['nodes', c.node, 'choices', c.index], message: `Choice "${c.id}" of "${c.node}" is never available when its scene is shown.`, hint: 'Its "requires" condition never holds there: check the flags, money and days it tests.' }, c.route);
  for (const n of a.unreachedNodes)
    if (n.linked)
      out.push({ severity: 'warning', code: 'node-unreachable-in-play', path: ['nodes', n.id], message: `${n.type === 'scene' ? 'Scene' : 'Chance node'} "${n.id}" is linked but never reached when conditions are honoured.`, hint: 'The conditions, weights or rules on the way to it never let play through.' });
  return out;
}
