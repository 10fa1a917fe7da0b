/** Checks later consequences: scheduled somewhere, and able to fire. */
import type { Scenario } from '../schema';
import { error, warning, type Finding } from './finding';
import type { ScenarioIndex } from './scenario-index';
import { didYouMean } from './suggest';

/** unused-consequence, consequence-never-fires. */
export function consequenceFindings(s: Scenario, ix: ScenarioIndex): Finding[] {
  const out: Finding[] = [];
  const scheduled = new Set(ix.schedules.map((u) => u.name));
  const milestones = [...new Set(Object.values(s.nodes).flatMap((n) => (n.type === 'scene' && n.milestone ? [n.milestone] : [])))];
  for (const [id, c] of Object.entries(s.consequences ?? {})) {
    const p = ['consequences', id];
    if (!scheduled.has(id)) out.push(warning('unused-consequence', p, `Consequence ${JSON.stringify(id)} is never scheduled.`, { at: 'key', hint: `Schedule it from a choice or outcome with { "type": "schedule", "consequence": "${id}" }, or remove it.` }));
    if (c.on === undefined && c.afterDays === undefined) {
      out.push(error('consequence-never-fires', p, `Consequence ${JSON.stringify(id)} has neither "on" nor "afterDays", so it can never fire.`, { at: 'key', hint: milestones.length ? `Add "on" with a milestone (${milestones.map((m) => JSON.stringify(m)).join(', ')}) or "afterDays".` : 'Give a scene a "milestone" and name it in "on", or add "afterDays".' }));
    } else if (c.on !== undefined && c.afterDays === undefined && !milestones.includes(c.on)) {
      out.push(error('consequence-never-fires', [...p, 'on'], `Consequence ${JSON.stringify(id)} fires on milestone ${JSON.stringify(c.on)}, but no scene has that milestone.`, { hint: `${didYouMean(c.on, milestones, 'Milestones') ?? 'No scene has a milestone yet.'} Add "milestone": "${c.on}" to the scene where it should fire.` }));
    }
  }
  return out;
}
