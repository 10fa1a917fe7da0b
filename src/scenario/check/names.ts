/** Checks flags and variables: declared before use, used once declared, sensible ranges. */
import type { Scenario } from '../schema';
import { error, warning, type Finding } from './finding';
import type { ScenarioIndex, Use } from './scenario-index';
import { didYouMean } from './suggest';

/** undefined-flag, undefined-variable, unused-flag, unused-variable, flag-never-set, invalid-range. */
export function nameFindings(s: Scenario, ix: ScenarioIndex): Finding[] {
  const out: Finding[] = [];
  const flags = [...new Set(s.flags ?? [])];
  const declaredFlags = new Set(flags);
  const variables = new Map(Object.entries(s.variables ?? {}));
  const varNames = [...variables.keys()];

  for (const u of [...ix.flagReads, ...ix.flagWrites]) {
    if (declaredFlags.has(u.name)) continue;
    out.push(error('undefined-flag', u.path, `Flag ${JSON.stringify(u.name)} is not declared in "flags".`, { hint: `${didYouMean(u.name, flags, 'Declared flags') ?? ''} Add it to the "flags" list (flags start false).`.trim() }));
  }
  const varUses: [Use, string][] = [...ix.varReads.map((u): [Use, string] => [u, 'condition']), ...ix.varWrites.map((u): [Use, string] => [u, 'effect']), ...ix.varTexts.map((u): [Use, string] => [u, 'text'])];
  for (const [u, where] of varUses) {
    if (variables.has(u.name)) continue;
    const token = where === 'text' ? ` (used as {var:${u.name}} in this text)` : '';
    out.push(error('undefined-variable', u.path, `Variable ${JSON.stringify(u.name)} is not declared in "variables"${token}.`, { ...(u.within !== undefined ? { within: u.within } : {}), hint: `${didYouMean(u.name, varNames, 'Declared variables') ?? ''} Add it to "variables" with its initial value, e.g. "${u.name}": { "initial": 0 }.`.trim() }));
  }

  const read = new Set(ix.flagReads.map((u) => u.name));
  const setTrue = new Set(ix.flagWrites.filter((u) => u.value).map((u) => u.name));
  const written = new Set(ix.flagWrites.map((u) => u.name));
  (s.flags ?? []).forEach((f, i) => {
    if (!read.has(f) && !written.has(f)) out.push(warning('unused-flag', ['flags', i], `Flag ${JSON.stringify(f)} is declared but never set or tested.`, { hint: 'Remove it, or use it in an effect and a condition.' }));
    else if (!read.has(f)) out.push(warning('unused-flag', ['flags', i], `Flag ${JSON.stringify(f)} is set but never tested, so it changes nothing.`, { hint: 'Test it in a condition (requires, a branch case, a weight modifier), or remove it.' }));
  });
  const reported = new Set<string>();
  for (const u of ix.flagReads) {
    if (setTrue.has(u.name) || !declaredFlags.has(u.name) || reported.has(u.name)) continue;
    reported.add(u.name);
    out.push(warning('flag-never-set', u.path, `Flag ${JSON.stringify(u.name)} is tested here, but no effect ever sets it, so it is always false.`, { hint: `Add { "type": "flag", "flag": "${u.name}" } to the effects of the choice that should set it.` }));
  }

  const usedVars = new Set([...ix.varReads, ...ix.varWrites, ...ix.varTexts].map((u) => u.name));
  for (const [name, v] of variables) {
    const p = ['variables', name];
    if (!usedVars.has(name)) out.push(warning('unused-variable', p, `Variable ${JSON.stringify(name)} is declared but never used.`, { at: 'key', hint: 'Remove it, or use it in a condition, an effect or a text ({var:name}).' }));
    if (v.min !== undefined && v.max !== undefined && v.min > v.max) out.push(error('invalid-range', [...p, 'min'], `Variable ${JSON.stringify(name)} has min ${v.min} above max ${v.max}.`, { hint: 'Swap them.' }));
    else if ((v.min !== undefined && v.initial < v.min) || (v.max !== undefined && v.initial > v.max)) out.push(error('invalid-range', [...p, 'initial'], `Variable ${JSON.stringify(name)} starts at ${v.initial}, outside its range ${v.min ?? '…'} to ${v.max ?? '…'}.`, { hint: 'Change the initial value or the range.' }));
  }
  return out;
}
