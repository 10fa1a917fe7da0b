/**
 * `npm run scenario -- import story.twee`: a Twine story in the style of the original Trade Game
 * (a budget and a countdown of days, decision tables, a random customs check) becomes a scenario
 * skeleton whose empty fields `check` points at, and which passes `check` once they are filled.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkScenarioText } from '../../src/scenario';
import { check } from '../../tools/commands/check';
import { importTwine } from '../../tools/commands/import';
import type { Command } from '../../tools/commands/types';
import { twineToScenario } from '../../tools/lib/twine';

const STORY = 'test/fixtures/twine/trade-game.twee';

async function run(command: Command, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  try {
    return { status: await command.run(args), stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    vi.restoreAllMocks();
  }
}

afterEach(() => { vi.restoreAllMocks(); });

type Json = Record<string, any>;

/** Sets a value at a dotted path such as "nodes.sea.outcomes.0.text". */
function fill(data: Json, path: string, value: string): void {
  const parts = path.split('.');
  let at: any = data;
  for (const p of parts.slice(0, -1)) at = at[p];
  at[parts.at(-1) as string] = value;
}

async function imported(): Promise<{ file: string; notes: string; stdout: string; data: Json }> {
  const dir = join(mkdtempSync(join(tmpdir(), 'twine-')), 'coffee');
  const file = join(dir, 'scenario.json');
  const r = await run(importTwine, STORY, '--out', file, '--id', 'coffee-twine');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { file, notes: readFileSync(join(dir, 'notes.md'), 'utf8'), stdout: r.stdout, data: JSON.parse(readFileSync(file, 'utf8')) };
}

describe('import of a Twee 3 story (Harlowe)', () => {
  it('turns passages into scenes, links into choices with their costs, a random go-to into a chance node', async () => {
    const { data, stdout } = await imported();
    expect(stdout).toMatch(/9 scenes, 1 chance node, 1 branch, 4 endings/);
    expect(data).toMatchObject({ format: 1, id: 'coffee-twine', title: 'Coffee for Nordhavia', currency: 'USD', money: 20000, deadline: 60, start: 'welcome' });
    // The decision table: money and days from the (set:) of each destination, as costs.
    expect(data.nodes['choose-a-market'].choices).toEqual([
      { id: 'nordhavia-the-established-market', label: 'Nordhavia: the established market', cost: { money: 2000, days: 5 }, next: 'nordhavia' },
      { id: 'velmora-the-cheaper-research', label: 'Velmora: the cheaper research', cost: { money: 500, days: 2 }, next: 'velmora' },
    ]);
    expect(data.nodes['choose-a-market'].text).toContain('Nordhavia | {money:2000} | {days:5} | 0% with proof of origin');
    expect(data.nodes.freight.choices.map((c: Json) => c.cost)).toEqual([{ money: 3000, days: 30 }, { money: 12000, days: 3 }]);
    // A true/false variable is a flag, set by the choice that enters the passage that sets it.
    expect(data.flags).toEqual(['hasCertificate']);
    expect(data.nodes.nordhavia.choices[0]).toMatchObject({ cost: { money: 300, days: 4 }, effects: [{ type: 'flag', flag: 'hasCertificate' }], next: 'certificate' });
    // (go-to: (either: …)) is a chance node with equal odds; the time the outcome costs is an effect.
    expect(data.nodes.sea).toEqual({
      type: 'chance',
      outcomes: [
        { id: 'green-lane', weight: 50, title: 'Green lane', text: '', next: 'green-lane' },
        { id: 'inspection', weight: 50, title: 'Inspection', text: '', effects: [{ type: 'days', amount: 7 }], next: 'inspection' },
      ],
    });
    // A go-to inside (if: $hasCertificate is false) is a branch in front of the passage; the days rule covers the other.
    expect(data.nodes.inspection).toEqual({ type: 'branch', cases: [{ when: { type: 'flag', flag: 'hasCertificate', is: false }, next: 'refused-at-the-border' }], else: 'inspection-then' });
    expect(data.nodes.delivered).toMatchObject({ type: 'ending', kind: 'success' });
    expect(data.nodes['refused-at-the-border']).toMatchObject({ type: 'ending', kind: 'refused' });
    expect(data.rules).toEqual({ outOfMoney: { next: 'out-of-money' }, pastDeadline: { next: 'too-late' } });
    // Lines that printed the meters are left to the on-screen money and days.
    expect(data.nodes.welcome.text).toBe('You run a small coffee cooperative in Alto Verde. A buyer in Nordhavia wants a first container of green coffee within **{days:60}**.');
  });

  it('keeps everything else as author notes', async () => {
    const { notes } = await imported();
    expect(notes).toContain('$money is the money');
    expect(notes).toContain('$daysLeft is the time: it counts down, so its start became the deadline (60 → "deadline")');
    expect(notes).toContain('`(set: $reputation to it + 1)`: variable $reputation is not money, time or a true/false flag');
    expect(notes).toContain('Text or changes that depend on `$reputation < 1` are shown on every path');
    expect(notes).toContain('The go-to to "Too late" when `$daysLeft < 0` is what "rules" do');
    expect(notes).toMatch(/## Fields to fill\n\n- `summary`\n- `product\.name`/);
  });

  it('check points at each field to fill, and passes once they are filled', async () => {
    const { file, data, stdout } = await imported();
    const toFill = /Fill these fields: (.*)/.exec(stdout)?.[1]?.split(', ') ?? [];
    expect(toFill).toEqual(['summary', 'product.name', 'origin.name', 'destination.name', 'objectives.0', 'sources.0.title', 'nodes.sea.outcomes.0.text', 'nodes.sea.outcomes.1.text', 'nodes.out-of-money.text']);
    const before = checkScenarioText(file, readFileSync(file, 'utf8')).diagnostics.filter((d) => d.severity === 'error');
    expect(new Set(before.map((d) => d.path.join('.')))).toEqual(new Set(toFill));

    for (const path of toFill) fill(data, path, `Filled in ${path}.`);
    writeFileSync(file, JSON.stringify(data, null, 2));
    const r = await run(check, file, '--no-policies');
    expect(r.stdout).toMatch(/^0 errors, \d+ warnings in 1 file$/m);
    expect(r.status).toBe(0);
  });

  it('refuses to overwrite, and refuses what is not a Twee story', async () => {
    const { file } = await imported();
    const again = await run(importTwine, STORY, '--out', file);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists: use --force/);
    expect((await run(importTwine, STORY, '--out', file, '--force')).status).toBe(0);
    const notTwee = join(mkdtempSync(join(tmpdir(), 'twine-')), 'story.twee');
    writeFileSync(notTwee, 'Just some text, no passages.');
    expect((await run(importTwine, notTwee, '--out', join(notTwee, '..', 'x.json'))).status).toBe(1);
    expect(existsSync(join(notTwee, '..', 'x.json'))).toBe(false);
    expect((await run(importTwine)).status).toBe(2);
    expect((await run(importTwine, STORY, '--id', 'Not An Id')).status).toBe(2);
  });
});

describe('SugarCube 2 stories', () => {
  const story = {
    name: 'Roses by air', start: 'Start', format: 'SugarCube',
    passages: [
      { name: 'StoryInit', tags: [], text: '<<set $budget to 8000>>\n<<set $day to 0>>\n<<set $visa to false>>' },
      { name: 'Start', tags: [], text: 'Your roses must fly today.\n[[Pay the forwarder|Forwarder][$budget -= 400]]\n<<if $visa>>[[Express lane|Express]]<</if>>\n[[Apply for the visa|Visa]]' },
      { name: 'Visa', tags: [], text: '<<set $visa to true>><<set $day += 3>>The visa arrives.\n[[Back|Start]]' },
      { name: 'Forwarder', tags: [], text: '<<set $day += 2>>\n<<goto either("Cleared", "Held")>>' },
      { name: 'Express', tags: [], text: '<<set $budget -= 900>>Fast.\n[[Deliver|Cleared]]' },
      { name: 'Cleared', tags: [], text: 'Delivered and paid. Success!' },
      { name: 'Held', tags: [], text: '<<set $budget -= 1500>>Held at the border for a week.\n[[Pay and go on|Cleared]]' },
    ],
  };

  it('reads <<set>>, link setters, <<if>> around a link and <<goto either(…)>>', () => {
    const { scenario } = twineToScenario(story, { id: 'roses-twine' });
    const nodes = scenario.nodes as Json;
    expect(scenario).toMatchObject({ money: 8000, deadline: 0, flags: ['visa'] });
    expect(nodes.start.choices).toEqual([
      { id: 'pay-the-forwarder', label: 'Pay the forwarder', cost: { money: 400, days: 2 }, next: 'forwarder' },
      { id: 'express-lane', label: 'Express lane', cost: { money: 900 }, requires: { type: 'flag', flag: 'visa' }, whenUnavailable: 'hide', next: 'express' },
      { id: 'apply-for-the-visa', label: 'Apply for the visa', cost: { days: 3 }, effects: [{ type: 'flag', flag: 'visa' }], next: 'visa' },
    ]);
    expect(nodes.forwarder.type).toBe('chance');
    expect(nodes.forwarder.outcomes.map((o: Json) => [o.next, o.weight, o.effects ?? null])).toEqual([['cleared', 50, null], ['held', 50, [{ type: 'money', amount: -1500 }]]]);
    expect(nodes.cleared).toMatchObject({ type: 'ending', kind: 'success' });
  });
});

describe('Harlowe links with effects', () => {
  it('(link: "…")[(set: …)(go-to: "…")] is a choice whose changes are its cost', () => {
    const story = {
      name: 'Hooks', start: 'Start', format: 'Harlowe',
      passages: [
        { name: 'Init', tags: ['startup'], text: '(set: $budget to 5000)(set: $weeksLeft to 8)' },
        { name: 'Start', tags: [], text: 'Pick a broker.\n(link: "Hire the licensed broker")[(set: $budget to it - 800)(set: $weeksLeft to it - 1)(go-to: "Filed")]\n(link: "File it yourself")[(go-to: "Filed")]' },
        { name: 'Filed', tags: [], text: 'The declaration is filed. Delivered: success.' },
      ],
    };
    const { scenario, notes } = twineToScenario(story, { id: 'hooks' });
    const nodes = scenario.nodes as Json;
    expect(scenario).toMatchObject({ money: 5000, deadline: 56 });
    expect(nodes.start).toEqual({
      type: 'scene', title: 'Start', text: 'Pick a broker.',
      choices: [
        { id: 'hire-the-licensed-broker', label: 'Hire the licensed broker', cost: { money: 800, days: 7 }, next: 'filed' },
        { id: 'file-it-yourself', label: 'File it yourself', next: 'filed' },
      ],
    });
    expect(notes).not.toContain('(link:');
  });
});

