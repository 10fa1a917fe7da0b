/**
 * A Twine story (Twee 3, parsed by extwee) as a scenario skeleton: passages become scenes, links
 * become choices, a random go-to becomes a chance node, passages without a way on become endings.
 * Numeric changes of one money-like and one time-like variable become costs and effects; every
 * other variable, condition and macro is kept as an author note. Fields the story cannot tell
 * (summary, product, places, sources, …) are left empty, so `check` points at each one to fill.
 */
import { Scenario } from '../../src/scenario';
import { plainPassageText, readPassage, type Assignment, type PassageCode } from './twine-macros';

export interface TwinePassage {
  readonly name: string;
  readonly tags: readonly string[];
  readonly text: string;
}

export interface TwineStory {
  readonly name: string;
  readonly start: string;
  readonly format: string;
  readonly passages: readonly TwinePassage[];
}

export interface TwineImport {
  /** The scenario skeleton as plain JSON, in the order a scenario file is written. */
  readonly scenario: Record<string, unknown>;
  /** The author notes (Markdown). */
  readonly notes: string;
  /** JSON paths of the fields still to fill, e.g. "summary", "nodes.too-late.text". */
  readonly toFill: string[];
  readonly counts: { scenes: number; chance: number; branches: number; endings: number; notes: number };
}

type Json = Record<string, unknown>;

/** Passages a story format runs itself rather than shows (SugarCube special names, Harlowe and SugarCube tags). */
const SPECIAL_NAMES = /^(StoryInit|StoryCaption|StoryMenu|StoryBanner|StorySubtitle|StoryAuthor|StoryShare|PassageReady|PassageDone|PassageHeader|PassageFooter|StoryInterface)$/;
const SPECIAL_TAGS = new Set(['script', 'stylesheet', 'widget', 'header', 'footer', 'debug-header', 'debug-footer', 'debug-startup', 'Twine.image', 'annotation']);
const INIT_TAGS = new Set(['startup']);

const MONEY = /money|cash|budget|fund|capital|balance|dollar|euro|wallet|bank/i;
const TIME = /day|time|week|calendar|deadline|clock/i;

const ENDING_KINDS: [RegExp, string][] = [
  [/too late|late|deadline|out of time|time ran out|missed/i, 'late'],
  [/bankrupt|broke|out of money|over.?budget|no money|ran out of (cash|money)/i, 'over-budget'],
  [/refus|reject|seiz|destroyed|turned back|held at|confiscat/i, 'refused'],
  [/unpaid|not paid|never paid|default/i, 'unpaid'],
  [/abandon|give up|gave up|quit/i, 'abandoned'],
  [/success|delivered|well done|congratulat|you win|you won|paid in full/i, 'success'],
];

/** A node id from a passage name: lower-case letters, digits and dashes, unique. */
function slugger(): (name: string) => string {
  const used = new Set<string>();
  return (name: string) => {
    const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'passage';
    const safe = base === 'constructor' ? 'constructor-1' : base;
    let id = safe;
    for (let n = 2; used.has(id); n++) id = `${safe}-${n}`;
    used.add(id);
    return id;
  };
}

/** Which variable is money and which is time, with the starting values the story sets. */
interface Meters {
  money: { name: string; initial: number | null } | null;
  time: { name: string; initial: number | null; countdown: boolean; factor: number } | null;
}

function findMeters(init: readonly Assignment[], all: readonly Assignment[]): Meters {
  const names = [...new Set(all.map((a) => a.variable))];
  const initial = (v: string) => {
    const a = init.find((x) => x.variable === v && x.change.kind === 'to');
    return a && a.change.kind === 'to' ? a.change.value : null;
  };
  const moneyName = names.find((n) => MONEY.test(n));
  const timeName = names.find((n) => n !== moneyName && TIME.test(n));
  let time: Meters['time'] = null;
  if (timeName) {
    const start = initial(timeName);
    const deltas = all.filter((a) => a.variable === timeName && a.change.kind === 'by').map((a) => (a.change.kind === 'by' ? a.change.value : 0));
    const countdown = deltas.filter((d) => d < 0).length > deltas.filter((d) => d > 0).length && (start ?? 0) > 0;
    time = { name: timeName, initial: start, countdown, factor: /week/i.test(timeName) ? 7 : 1 };
  }
  return { money: moneyName ? { name: moneyName, initial: initial(moneyName) } : null, time };
}

/** A condition as written in Twine, as scenario data; 'rule' when the money or deadline rule already does it; null when not recognised. */
function parseCondition(expression: string, flags: ReadonlySet<string>, meters: Meters, deadline: number): Json | 'rule' | null {
  const e = expression.trim().replace(/^\((.*)\)$/, '$1').trim();
  const neg = /^(?:not\s+|!\s*)([\s\S]+)$/.exec(e);
  if (neg) {
    const inner = parseCondition(neg[1] as string, flags, meters, deadline);
    return inner === null || inner === 'rule' ? null : { type: 'not', cond: inner };
  }
  const flag = /^[$_]([A-Za-z][A-Za-z0-9_]*)(?:\s*(?:is|===?|eq)\s*(true|false))?$/.exec(e);
  if (flag && flags.has(flag[1] as string)) return { type: 'flag', flag: flag[1], ...(flag[2] === 'false' ? { is: false } : {}) };
  const cmp = /^[$_]([A-Za-z][A-Za-z0-9_]*)\s*(<=|>=|<|>|is not|isnot|!==?|is|===?|lte|gte|lt|gt|eq|neq)\s*(-?\d+)$/.exec(e);
  if (!cmp) return null;
  const ops: Record<string, string> = { '<': '<', '<=': '<=', '>': '>', '>=': '>=', is: '==', '==': '==', '===': '==', eq: '==', 'is not': '!=', isnot: '!=', '!=': '!=', '!==': '!=', neq: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=' };
  const op = ops[cmp[2] as string] as string;
  const value = Number(cmp[3]);
  if (cmp[1] === meters.money?.name) return op === '<' && value <= 0 ? 'rule' : { type: 'money', op, value };
  const t = meters.time;
  if (t && cmp[1] === t.name) {
    if (!t.countdown) return { type: 'day', op, value: value * t.factor };
    if (op === '<' && value <= 0) return 'rule';
    // days left = deadline − day, so "days left < n" is "day > deadline − n".
    const flip: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
    return { type: 'day', op: flip[op], value: deadline - value * t.factor };
  }
  return null;
}

/** Variables that are only ever set to true or false: flags. */
function booleanVariables(all: readonly Assignment[]): Set<string> {
  const byVar = new Map<string, boolean>();
  for (const a of all) {
    const bool = a.change.kind === 'other' && /^(true|false)$/.test(a.change.expression);
    byVar.set(a.variable, (byVar.get(a.variable) ?? true) && bool);
  }
  return new Set([...byVar].filter(([, b]) => b).map(([v]) => v));
}

/** Converts a parsed Twine story. Pure. */
export function twineToScenario(story: TwineStory, options: { id?: string; lang?: string; schema?: string } = {}): TwineImport {
  const slug = slugger();
  const passages = story.passages.filter((p) => !SPECIAL_NAMES.test(p.name) && !p.tags.some((t) => SPECIAL_TAGS.has(t) || INIT_TAGS.has(t)));
  const initPassages = story.passages.filter((p) => p.name === 'StoryInit' || p.tags.some((t) => INIT_TAGS.has(t)));
  const startName = passages.some((p) => p.name === story.start) ? story.start : (passages[0]?.name ?? '');
  const code = new Map<string, PassageCode>(passages.map((p) => [p.name, readPassage(p.text)]));
  const initCode = initPassages.map((p) => readPassage(p.text));
  const startCode = code.get(startName);
  const initAssignments = [...initCode.flatMap((c) => c.assignments), ...(startCode?.assignments ?? [])].filter((a) => !a.conditional);
  const allAssignments = [...initCode, ...code.values()].flatMap((c) => [...c.assignments, ...c.exits.flatMap((e) => e.setter)]);
  const meters = findMeters(initAssignments, allAssignments);
  const flags = booleanVariables(allAssignments);
  const usedFlags = new Set<string>();
  const deadline = meters.time?.countdown && meters.time.initial !== null ? meters.time.initial * meters.time.factor : 0;
  const meterNames = [meters.money?.name, meters.time?.name].filter((n): n is string => n !== undefined);
  const ids = new Map(passages.map((p) => [p.name, slug(p.name)]));
  const notes = new Map<string, string[]>();
  const note = (where: string, text: string) => { notes.set(where, [...(notes.get(where) ?? []), text]); };
  const allText = story.passages.map((p) => p.text).join('\n');
  const currency = /\$\s?\d/.test(allText) ? { code: 'USD', symbol: '$' } : /€\s?\d/.test(allText) ? { code: 'EUR', symbol: '€' } : /£\s?\d/.test(allText) ? { code: 'GBP', symbol: '£' } : null;

  /** The cost and effects of entering a passage (its own unconditional money, time and flag changes) plus a link's setter. */
  const edgeChanges = (target: string, setter: readonly Assignment[], where: string, edge: 'choice' | 'outcome') => {
    let money = 0, days = 0;
    const flagEffects: Json[] = [];
    const own = target === startName ? [] : (code.get(target)?.assignments ?? []);
    for (const a of [...own, ...setter]) {
      if (a.conditional) continue;
      if (meters.money && a.variable === meters.money.name && a.change.kind === 'by') money += a.change.value;
      else if (meters.time && a.variable === meters.time.name && a.change.kind === 'by') days += (meters.time.countdown ? -a.change.value : a.change.value) * meters.time.factor;
      else if (flags.has(a.variable) && a.change.kind === 'other') {
        usedFlags.add(a.variable);
        flagEffects.push({ type: 'flag', flag: a.variable, ...(a.change.expression === 'false' ? { value: false } : {}) });
      } else if (setter.includes(a)) note(where, `The link runs \`${a.source}\`: not converted.`);
    }
    const cost: Json = {};
    const effects: Json[] = [];
    if (edge === 'outcome') {
      if (money) effects.push({ type: 'money', amount: Math.round(money) });
      if (days) effects.push({ type: 'days', amount: Math.round(days) });
    } else {
      if (money < 0) cost.money = Math.round(-money);
      else if (money > 0) effects.push({ type: 'money', amount: Math.round(money) });
      if (days > 0) cost.days = Math.round(days);
      else if (days < 0) effects.push({ type: 'days', amount: Math.round(days) });
    }
    effects.push(...flagEffects);
    return { ...(Object.keys(cost).length ? { cost } : {}), ...(effects.length ? { effects } : {}) };
  };

  /** A condition for the scenario, remembering the flags it reads; null (with a note) when it cannot be expressed. */
  const condition = (expression: string | null, where: string, what: string): Json | 'rule' | null => {
    if (expression === null) { note(where, `${what} sits in an "else": not converted.`); return null; }
    const c = parseCondition(expression, flags, meters, deadline);
    if (c === null) note(where, `${what} depends on \`${expression}\`: not converted.`);
    else if (c !== 'rule') for (const f of JSON.stringify(c).matchAll(/"flag":"([^"]+)"/g)) usedFlags.add(f[1] as string);
    return c;
  };

  const nodes: Record<string, Json> = {};
  const kinds = new Map<string, string>();
  for (const p of passages) {
    const id = ids.get(p.name) as string;
    const c = code.get(p.name) as PassageCode;
    const where = `nodes.${id}`;
    note(where, `From passage "${p.name}"${p.tags.length ? ` [${p.tags.join(' ')}]` : ''}.`);
    for (const a of c.assignments) {
      const meter = a.variable === meters.money?.name || a.variable === meters.time?.name;
      if (a.conditional) note(where, `Inside a condition: \`${a.source}\` (a choice "requires", a branch or a text variant can express it).`);
      else if (flags.has(a.variable)) continue;
      else if (!meter) note(where, `\`${a.source}\`: variable $${a.variable} is not money, time or a true/false flag; add it under "variables" with "var" effects if it matters.`);
      else if (a.change.kind !== 'by' && p.name !== startName) note(where, `\`${a.source}\` sets the ${a.variable === meters.money?.name ? 'money' : 'time'} outright: not converted.`);
    }
    for (const m of c.otherMacros) note(where, `\`${m.length > 160 ? `${m.slice(0, 159)}…` : m}\`: not converted.`);
    const text = plainPassageText(p.text, currency?.symbol ?? null, meterNames);
    if (meterNames.some((n) => new RegExp(`[$_]${n}\\b`).test(plainPassageText(p.text, null)))) note(where, 'A line that printed the money or the days was left out: the game shows both on screen.');
    for (const cond of c.conditions.filter((x) => !c.exits.some((e) => e.condition === x))) note(where, `Text or changes that depend on \`${cond}\` are shown on every path: use "textVariants" for text that depends on the path.`);
    const exits = c.exits.filter((e) => {
      if (ids.has(e.target)) return true;
      note(where, `Goes to "${e.target}", which is not a passage of the story: left out.`);
      return false;
    });
    // A go-to inside a condition fires on entering the passage: a branch node in front of it.
    const cases: Json[] = [];
    for (const e of exits.filter((x) => x.kind === 'goto' && x.conditional)) {
      const when = condition(e.condition, where, `The go-to to "${e.target}"`);
      if (when === 'rule') note(where, `The go-to to "${e.target}" when \`${e.condition}\` is what "rules" do when money or time runs out: left to the rules.`);
      else if (when) cases.push({ when, next: ids.get(e.target) });
    }
    /** Puts the passage's node in place, behind a branch when a go-to inside a condition can leave it first. */
    const place = (node: Json, kind: string) => {
      if (cases.length === 0) { nodes[id] = node; kinds.set(id, kind); return; }
      const inner = slug(`${id}-then`);
      nodes[id] = { type: 'branch', cases: cases.slice(0, 16), else: inner };
      nodes[inner] = node;
      kinds.set(id, 'branch');
      kinds.set(inner, kind);
      note(where, `The go-tos inside conditions became a branch node; the passage itself is "${inner}".`);
    };
    const random = c.random?.filter((t) => ids.has(t)) ?? [];
    if (random.length >= 2) {
      const weight = Math.floor(100 / random.length);
      const outcomeId = slugger();
      if (text) note(where, `The passage text, not shown by a chance node: ${JSON.stringify(text.slice(0, 300))}`);
      place({
        type: 'chance',
        outcomes: random.slice(0, 8).map((t, i) => ({ id: outcomeId(t), weight, title: t.slice(0, 200), text: '', ...edgeChanges(t, [], `${where}.outcomes.${i}`, 'outcome'), next: ids.get(t) })),
      }, 'chance');
      continue;
    }
    const choices = exits.filter((e) => e.kind === 'link' || !e.conditional);
    if (choices.length === 0) {
      const kind = ENDING_KINDS.find(([re]) => re.test(p.name))?.[1] ?? ENDING_KINDS.find(([re]) => re.test(text))?.[1] ?? 'other';
      place({ type: 'ending', kind, title: p.name.slice(0, 200), text: text.slice(0, 4000) }, kind);
      continue;
    }
    if (choices.length > 4) note(where, `A scene offers at most 4 choices: ${choices.slice(4).map((e) => `"${e.label}"`).join(', ')} left out.`);
    const choiceId = slugger();
    place({
      type: 'scene', title: p.name.slice(0, 200), text: text.slice(0, 4000),
      choices: choices.slice(0, 4).map((e, i) => {
        const requires = e.conditional ? condition(e.condition, where, `The link "${e.label}"`) : null;
        const extra = requires && requires !== 'rule' ? { requires, whenUnavailable: 'hide' } : {};
        return { id: choiceId(e.label), label: plainPassageText(e.label, currency?.symbol ?? null).slice(0, 200) || e.target.slice(0, 200), ...edgeChanges(e.target, e.setter, `${where}.choices.${i}`, 'choice'), ...extra, next: ids.get(e.target) };
      }),
    }, 'scene');
    if (text.length > 4000) note(where, 'The text was longer than 4,000 characters and was cut.');
  }

  const ruleTarget = (kind: string, id: string, title: string) => {
    const found = [...kinds].find(([, k]) => k === kind)?.[0];
    if (found) return found;
    const fresh = slug(id);
    nodes[fresh] = { type: 'ending', kind, title, text: '' };
    kinds.set(fresh, kind);
    note(`nodes.${fresh}`, `Added: "rules" need an ending for when the ${kind === 'late' ? 'deadline passes' : 'money runs out'}. Write its debrief.`);
    return fresh;
  };
  const outOfMoney = ruleTarget('over-budget', 'out-of-money', 'Out of money');
  const pastDeadline = ruleTarget('late', 'too-late', 'Too late');
  const id = options.id ?? slug(story.name || 'twine-story');
  const scenes = [...kinds.values()].filter((k) => k === 'scene').length;
  const scenario: Json = {
    ...(options.schema ? { $schema: options.schema } : {}),
    format: 1, id, version: '0.1.0', lang: options.lang ?? 'en',
    title: (story.name || id).slice(0, 200), summary: '',
    product: { name: '', hs: null }, origin: { name: '', fictional: true }, destination: { name: '', fictional: true },
    currency: currency?.code ?? '', money: Math.max(0, Math.round(meters.money?.initial ?? 0)), deadline,
    playMinutes: Math.min(240, Math.max(1, Math.round(scenes * 1.5))), difficulty: 'medium',
    objectives: [''], sources: [{ id: 'source-1', title: '' }],
    ...(usedFlags.size ? { flags: [...usedFlags].sort() } : {}),
    rules: { outOfMoney: { next: outOfMoney }, pastDeadline: { next: pastDeadline } },
    start: ids.get(startName) ?? '',
    nodes,
  };
  const toFill = fieldsToFill(scenario);
  return {
    scenario, toFill,
    notes: notesText(story, meters, toFill, notes),
    counts: { scenes, chance: [...kinds.values()].filter((k) => k === 'chance').length, endings: [...kinds.values()].filter((k) => k !== 'scene' && k !== 'chance' && k !== 'branch').length, branches: [...kinds.values()].filter((k) => k === 'branch').length, notes: [...notes.values()].reduce((n, l) => n + l.length - 1, 0) },
  };
}

/** The paths the schema rejects in the skeleton: the fields the author still has to fill. */
function fieldsToFill(scenario: Json): string[] {
  const r = Scenario.safeParse(scenario);
  return r.success ? [] : [...new Set(r.error.issues.map((i) => i.path.join('.')))];
}

function notesText(story: TwineStory, meters: Meters, toFill: readonly string[], notes: ReadonlyMap<string, string[]>): string {
  const lines = [
    `# Author notes: "${story.name}" imported from Twine`,
    '',
    `Story format: ${story.format || 'not named'}. These notes list what the import did not turn into scenario data.`,
    '',
    '## Money and time',
    '',
    meters.money ? `- $${meters.money.name} is the money: its changes became choice costs (spending) and money effects (earning)${meters.money.initial !== null ? `; it starts at ${meters.money.initial} ("money")` : '; its starting value was not found: set "money"'}.` : '- No money variable was recognised: set "money" and give choices a "cost".',
    meters.time ? `- $${meters.time.name} is the time${meters.time.factor === 7 ? ' in weeks (× 7 days)' : ''}: ${meters.time.countdown ? `it counts down, so its start became the deadline (${meters.time.initial} → "deadline")` : 'it counts up, so set "deadline" yourself'}; its changes became choice costs in days.` : '- No time variable was recognised: set "deadline" and give choices a days "cost".',
    '',
    '## Fields to fill',
    '',
    ...(toFill.length ? toFill.map((f) => `- \`${f}\``) : ['- None.']),
    '',
    'Then run `npm run scenario -- check <this folder>`: it points at each remaining problem with a hint.',
    '',
    '## Passages',
  ];
  for (const [where, list] of notes) {
    lines.push('', `### \`${where}\``, '', ...list.map((n) => `- ${n}`));
  }
  return `${lines.join('\n')}\n`;
}
