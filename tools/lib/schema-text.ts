/**
 * The JSON Schema files generated from the zod schema in src/scenario, made for editors:
 * - a union told apart by "type" (nodes, effects, conditions) is written as if/then per type, so an
 *   editor reports the problem inside the one variant that applies (not "not valid under any of the
 *   given schemas") and completes the fields of that variant;
 * - every pattern has a plain-words message (patternErrorMessage) instead of the raw regex;
 * - every field has a description; "format" is the constant 1;
 * - snippets (defaultSnippets) for a scene, a chance node, a branch, an ending, a choice, an outcome
 *   and a consequence.
 * patternErrorMessage and defaultSnippets are editor keywords (Visual Studio Code and others that use
 * its JSON language service); other validators ignore them.
 */
import * as z from 'zod/mini';
import { Scenario, Translation } from '../../src/scenario';

export const SCHEMA_TARGETS = [
  { file: 'scenarios/scenario.schema.json', schema: Scenario, title: 'Trade Game scenario (format 1)', kind: 'scenario' },
  { file: 'scenarios/translation.schema.json', schema: Translation, title: 'Trade Game scenario translation (format 1)', kind: 'translation' },
] as const;

type Json = Record<string, unknown>;

/** Plain-words messages for the patterns the format uses. */
const PATTERN_MESSAGES: [RegExp, string][] = [
  [/a-z0-9\]\[a-z0-9-\]/, 'An id uses lower-case letters, digits and dashes (at most 64), starting with a letter or digit, e.g. "hire-broker".'],
  [/a-zA-Z\]\[a-zA-Z0-9_\]/, 'A flag or variable name is a letter, then letters, digits or _ (at most 64), e.g. "hasAeo"; not a reserved word such as "constructor".'],
  [/^\^\[A-Z\]\{3\}\$$/, 'Use a three-letter ISO 4217 currency code in capitals, e.g. "USD", "EUR", "KES".'],
  [/https\?/, 'Write a web address that starts with https:// (or http://).'],
  [/\\d\+\\\.\\d\+/, 'Write the version as three numbers separated by dots, e.g. "1.0.0".'],
  [/\[a-z\]\{2,3\}/, 'Use a lower-case language code, optionally with a region: "en", "fr", "pt-BR".'],
  [/\\d\{4\}\\\.\\d\{2\}/, 'Write a six-digit HS 2022 subheading as "0901.11" (four digits, a dot, two digits).'],
  [/\[0-9a-f\]\{8\}/, 'A fingerprint is 8 hexadecimal digits; "00000000" means "not translated yet". extract and import-translation write them for you.'],
];

/** Descriptions for fields whose zod schema has none (the same words wherever the field appears). */
const FIELD_DESCRIPTIONS: Record<string, string> = {
  add: 'Added to the outcome\'s weight when the condition holds (before "multiply"). An outcome with weight 0 and an "add" exists only when its condition holds.',
  amount: 'How much: money in whole units of the currency (+ earns, - spends), or days (+ time passes).',
  cases: 'The cases in order: the first whose condition holds sends the player to its "next"; otherwise "else".',
  characters: 'The people who speak in scenes, by id: { "name", "role", "look" }. A scene names one as its "speaker".',
  choices: 'The options the player has here: 1 to 4, each with an id, a label, its cost and where it leads.',
  consequences: 'Things that happen later because of a decision, by id. A choice or outcome schedules one with { "type": "schedule", "consequence": "…" }.',
  destination: 'The market the goods go to: { "name", "fictional", "note" }.',
  difficulty: '"easy", "medium" or "hard", shown on the scenario picker (easiest first).',
  dimension: 'The readiness dimension: market, classification, compliance, logistics, finance or customs.',
  effects: 'Changes to the game state, applied in order: money, days, flags, variables, transport mode, consequences.',
  fictional: 'true when the country is invented (its costs and times still follow real ranges).',
  initial: 'The value the variable starts with.',
  is: 'true (the default) tests that the flag is set or the node was visited; false tests the opposite.',
  kind: 'How the ending counts: "success" is the only win; "late", "over-budget", "refused", "unpaid", "abandoned" or "other" say how the game was lost.',
  max: 'The highest value the variable can take (changes beyond it are clamped).',
  min: 'The lowest value the variable can take (changes beyond it are clamped).',
  mode: 'The transport mode the journey map shows from now on.',
  multiply: 'Multiplies the weight when the condition holds (after "add"); 0 switches the outcome off, 0.3 makes it rarer.',
  nodes: 'Every scene, chance node, branch and ending, by id. "start" names the first.',
  objectives: 'What the player will practise: 1 to 12 short lines shown before play.',
  of: 'The conditions to combine.',
  op: 'The comparison: "==", "!=", "<", "<=", ">" or ">=".',
  origin: 'The country the goods leave: { "name", "fictional", "note" }.',
  outcomes: 'What can happen: 2 to 8 outcomes, one drawn by weight as soon as the story reaches this node.',
  playMinutes: 'An honest estimate of one play, in minutes, shown on the picker (a real game is 15 to 25).',
  points: 'Readiness points, from -10 to 10; a negative number marks a mistake.',
  product: 'What is exported: its name, precise enough to classify it, and its HS 2022 code (null for a service).',
  rules: 'Where the game goes when money falls below zero (outOfMoney) or the day passes the deadline (pastDeadline).',
  scores: 'Readiness points this earns or loses, each with feedback that says why.',
  sources: 'Where the facts come from: every fact the scenario teaches needs one. Scores and learnMore name a source by its id.',
  type: 'What this is; the other fields depend on it.',
  value: 'The number to compare with or to set (for a flag effect: true sets it, false clears it).',
  variables: 'Numbers the scenario tracks besides money and days, by name: { "initial", "min", "max", "label" }.',
  weight: 'Relative odds, 0 to 1,000: weights 70 and 30 mean 70 % and 30 %.',
  year: 'The year the source was published.',
  strings: 'Every translated text by its key: { "text", "source" }. npm run scenario -- extract and import-translation write this for you.',
  text: 'The text in this language. Keep every {money:…}, {days:…}, {number:…}, {percent:…} and {var:…} token exactly as in the source.',
  lang: 'The language of this file, e.g. "fr"; a translation file is named after it (locales/fr.json).',
};

const SCHEMA_REF = {
  scenario: 'For your editor: "../scenario.schema.json" in scenarios/<id>/, "../../scenarios/scenario.schema.json" in drafts/<id>/.',
  translation: 'For your editor: "../../translation.schema.json" in scenarios/<id>/locales/.',
} as const;

/** Snippets an editor offers where a node, a choice, an outcome or a consequence is written. */
const NODE_SNIPPETS = [
  { label: 'scene', description: 'A decision: text and 1 to 4 choices.', body: { type: 'scene', title: '${1:Title}', stage: '${2|office,farm,workshop,bank,lab,customs,port,airport,road,ship,plane,warehouse,market,post|}', text: '${3:What the player reads.}', choices: [{ id: '${4:first}', label: '${5:First option}', cost: { money: 0, days: 0 }, next: '${6:next-node}' }, { id: '${7:second}', label: '${8:Second option}', next: '${9:next-node}' }] } },
  { label: 'chance', description: 'What the player does not control: outcomes drawn by weight.', body: { type: 'chance', outcomes: [{ id: '${1:likely}', weight: 70, title: '${2:Title}', text: '${3:What happened.}', next: '${4:next-node}' }, { id: '${5:unlikely}', weight: 30, title: '${6:Title}', text: '${7:What happened.}', next: '${8:next-node}' }] } },
  { label: 'branch', description: 'The story forks by itself on a condition.', body: { type: 'branch', cases: [{ when: { type: 'flag', flag: '${1:flagName}' }, next: '${2:node-if-set}' }], else: '${3:node-otherwise}' } },
  { label: 'ending', description: 'An end of the game, with the debrief.', body: { type: 'ending', kind: '${1|success,late,over-budget,refused,unpaid,abandoned,other|}', title: '${2:Title}', text: '${3:What happened and why, and what would have worked.}' } },
];
const CHOICE_SNIPPET = [{ label: 'choice', description: 'An option with its cost, a score and where it leads.', body: { id: '${1:choice-id}', label: '${2:Label}', cost: { money: 0, days: 0 }, scores: [{ dimension: '${3|market,classification,compliance,logistics,finance,customs|}', points: 1, feedback: '${4:Why this is right or wrong.}' }], next: '${5:next-node}' } }];
const OUTCOME_SNIPPET = [{ label: 'outcome', description: 'One possible result of a chance node.', body: { id: '${1:outcome-id}', weight: 50, title: '${2:Title}', text: '${3:What happened.}', next: '${4:next-node}' } }];
const CONSEQUENCE_SNIPPET = [{ label: 'consequence', description: 'Something that bites later, on a milestone or after some days.', body: { on: '${1:arrival}', title: '${2:Title}', text: '${3:What happens.}', effects: [{ type: 'days', amount: 3 }], next: '${4:node}' } }];

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const typeConst = (v: unknown): string | undefined => {
  const t = isObject(v) && isObject(v.properties) ? v.properties.type : undefined;
  return isObject(t) && typeof t.const === 'string' ? t.const : undefined;
};

/** A union told apart by its "type": one if/then per variant, and "type" completed from the list of them. */
function discriminated(node: Json): Json {
  const variants = node.oneOf as Json[];
  const types = variants.map((v) => typeConst(v) as string);
  const { oneOf: _variants, ...rest } = node;
  return {
    ...rest,
    type: 'object',
    properties: { type: { type: 'string', enum: types, description: `What this is: ${types.map((t) => `"${t}"`).join(', ')}. The other fields depend on it.` } },
    required: ['type'],
    allOf: variants.map((v, i) => ({ if: { properties: { type: { const: types[i] } }, required: ['type'] }, then: v })),
  };
}

function improve(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(improve);
  if (!isObject(node)) return node;
  let out: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, improve(v)]));
  if (Array.isArray(out.oneOf) && out.oneOf.length > 1 && out.oneOf.every((v) => typeConst(v) !== undefined)) out = discriminated(out);
  if (typeof out.pattern === 'string') {
    const message = PATTERN_MESSAGES.find(([re]) => re.test(out.pattern as string))?.[1] ?? (typeof out.description === 'string' ? out.description : undefined);
    if (message) out.patternErrorMessage = message;
  }
  if (isObject(out.properties)) {
    const props = out.properties;
    for (const [name, p] of Object.entries(props)) {
      if (isObject(p) && p.description === undefined && p.$ref === undefined && FIELD_DESCRIPTIONS[name]) props[name] = { ...p, description: FIELD_DESCRIPTIONS[name] };
    }
  }
  return out;
}

/** The schema made for editors (see the file comment). */
export function editorSchema(json: Json, kind: 'scenario' | 'translation'): Json {
  const out = improve(json) as Json;
  const props = out.properties as Json;
  props.$schema = { type: 'string', description: SCHEMA_REF[kind] };
  props.format = { const: 1, description: `The ${kind === 'scenario' ? 'scenario' : 'translation'} format version: 1, the one this build reads.` };
  if (kind === 'scenario') {
    const nodes = props.nodes as Json;
    nodes.additionalProperties = { ...(nodes.additionalProperties as Json), defaultSnippets: NODE_SNIPPETS };
    const consequences = props.consequences as Json;
    consequences.additionalProperties = { ...(consequences.additionalProperties as Json), defaultSnippets: CONSEQUENCE_SNIPPET };
    const variant = (type: string) => ((nodes.additionalProperties as Json).allOf as Json[]).map((a) => a.then as Json).find((v) => typeConst(v) === type) as Json;
    const choices = (variant('scene').properties as Json).choices as Json;
    choices.items = { ...(choices.items as Json), defaultSnippets: CHOICE_SNIPPET };
    const outcomes = (variant('chance').properties as Json).outcomes as Json;
    outcomes.items = { ...(outcomes.items as Json), defaultSnippets: OUTCOME_SNIPPET };
  }
  return out;
}

/** The JSON Schema text for one target. */
export function schemaText(schema: z.core.$ZodType, title: string, kind: 'scenario' | 'translation' = title.includes('translation') ? 'translation' : 'scenario'): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Json;
  return `${JSON.stringify({ ...editorSchema(json, kind), title }, null, 2)}\n`;
}
