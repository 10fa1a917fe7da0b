/**
 * Scenario format v1 — the single source of truth.
 * The TypeScript types, runtime validation and the committed JSON Schema
 * (scenarios/scenario.schema.json, via `npm run schema`) all come from here.
 */
import * as z from 'zod/mini';
import { CargoField, Look, VisualField } from './appearance';

export * from './appearance';

/** The scenario format version this build reads and writes. */
export const FORMAT_VERSION = 1;

/** The six readiness dimensions of PRODUCT.md. */
export const DIMENSIONS = ['market', 'classification', 'compliance', 'logistics', 'finance', 'customs'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Stages the world can draw behind a scene. */
export const STAGES = [
  'office', 'farm', 'workshop', 'bank', 'lab', 'customs', 'port', 'airport', 'road', 'ship', 'plane', 'warehouse', 'market', 'post',
  'studio', 'packhouse', 'cold-store', 'customs-office', 'courier-hub', 'trade-fair',
] as const;
/** Transport modes the journey map can show. */
export const MODES = ['sea', 'air', 'road', 'rail', 'post', 'courier', 'digital'] as const;
export const ENDING_KINDS = ['success', 'late', 'over-budget', 'refused', 'unpaid', 'abandoned', 'other'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

const d = <T extends z.core.$ZodType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** Ids: lower-case letters, digits and dashes; never "constructor" (a property of every object). */
export const ID_PATTERN = /^(?!constructor$)[a-z0-9][a-z0-9-]{0,63}$/;
/** Flag and variable names; never a property name of every JavaScript object. */
export const NAME_PATTERN = /^(?!(?:constructor|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toString|toLocaleString|valueOf)$)[a-zA-Z][a-zA-Z0-9_]{0,63}$/;
/** Words that are properties of every JavaScript object, refused as ids and names. */
export const RESERVED_NAMES = ['constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'toLocaleString', 'valueOf'] as const;

const idSchema = (description = 'An id: lower-case letters, digits and dashes, at most 64 characters, e.g. "hire-broker".') =>
  d(z.string().check(z.regex(ID_PATTERN)), description);
export const Id = idSchema();
// Names and ids that are properties of every JavaScript object are refused, so lookups can never reach them.
const Name = d(
  z.string().check(z.regex(NAME_PATTERN)),
  'A flag or variable name: a letter, then letters, digits or _, e.g. "hasAeo" (not a reserved word such as "constructor").',
);
/** Player-visible text in the scenario's source language. Tokens: {money:1200} {days:3} {number:5} {var:name} {percent:10}; **bold**. */
const textSchema = (description = 'Text shown to the player, in the scenario language. Write amounts as {money:1200}, {days:3}, {number:5}, {percent:10} or {var:name} so they are formatted for each language; **bold** is allowed.') =>
  d(z.string().check(z.minLength(1), z.maxLength(4000)), description);
export const Text = textSchema();
const shortTextSchema = (description = 'A short label shown to the player.') => d(z.string().check(z.minLength(1), z.maxLength(200)), description);
const ShortText = shortTextSchema();
const Int = z.int().check(z.gte(-1_000_000_000), z.lte(1_000_000_000));
const nonNeg = () => z.int().check(z.gte(0), z.lte(1_000_000_000));
export const HsCode = d(z.string().check(z.regex(/^\d{4}\.\d{2}$/)), 'An HS 2022 six-digit subheading written as "0901.11".');
const Op = d(z.enum(['==', '!=', '<', '<=', '>', '>=']), 'A comparison.');

export type Condition =
  | { type: 'flag'; flag: string; is?: boolean }
  | { type: 'var'; var: string; op: z.infer<typeof Op>; value: number }
  | { type: 'money'; op: z.infer<typeof Op>; value: number }
  | { type: 'day'; op: z.infer<typeof Op>; value: number }
  | { type: 'score'; dimension: Dimension; op: z.infer<typeof Op>; value: number }
  | { type: 'visited'; node: string; is?: boolean }
  | { type: 'all'; of: Condition[] }
  | { type: 'any'; of: Condition[] }
  | { type: 'not'; cond: Condition };

export const Condition: z.ZodMiniType<Condition> = d(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('flag'), flag: Name, is: z.optional(z.boolean()) }),
    z.strictObject({ type: z.literal('var'), var: Name, op: Op, value: Int }),
    z.strictObject({ type: z.literal('money'), op: Op, value: Int }),
    z.strictObject({ type: z.literal('day'), op: Op, value: Int }),
    z.strictObject({ type: z.literal('score'), dimension: z.enum(DIMENSIONS), op: Op, value: Int }),
    z.strictObject({ type: z.literal('visited'), node: Id, is: z.optional(z.boolean()) }),
    z.strictObject({ type: z.literal('all'), get of() { return z.array(Condition).check(z.minLength(1), z.maxLength(32)); } }),
    z.strictObject({ type: z.literal('any'), get of() { return z.array(Condition).check(z.minLength(1), z.maxLength(32)); } }),
    z.strictObject({ type: z.literal('not'), get cond() { return Condition; } }),
  ]) as unknown as z.ZodMiniType<Condition>,
  'A condition on the game state. Conditions are data: they are checked, never run as code.',
);

export const Effect = d(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('money'), amount: Int }),
    z.strictObject({ type: z.literal('days'), amount: Int }),
    z.strictObject({ type: z.literal('flag'), flag: Name, value: z.optional(z.boolean()) }),
    z.strictObject({ type: z.literal('var'), var: Name, op: z.optional(z.enum(['set', 'add'])), value: Int }),
    z.strictObject({ type: z.literal('mode'), mode: z.enum(MODES) }),
    z.strictObject({ type: z.literal('schedule'), consequence: Id }),
    z.strictObject({ type: z.literal('cancel'), consequence: Id }),
  ]),
  'A change to the game state: money (+ earns, - spends), days (time passing), a flag, a variable, the transport mode, or scheduling/cancelling a later consequence.',
);
export type Effect = z.infer<typeof Effect>;

export const Score = d(
  z.strictObject({
    dimension: z.enum(DIMENSIONS),
    points: z.int().check(z.gte(-10), z.lte(10)),
    feedback: Text,
    source: z.optional(Id),
  }),
  'Readiness points in one dimension (negative marks a mistake) and feedback that says why; source names an entry of "sources" to learn more.',
);
export type Score = z.infer<typeof Score>;

const Cost = d(
  z.strictObject({
    money: z.optional(d(nonNeg(), 'Money the choice costs, in whole units of the currency.')),
    days: z.optional(d(nonNeg(), 'Days the choice takes.')),
  }),
  'What a choice costs, shown to the player before choosing.',
);

export const Choice = z.strictObject({
  id: Id,
  label: ShortText,
  pin: z.optional(d(z.enum(['first', 'last']), 'Keep this choice first or last on screen (e.g. "give up" last). Unpinned choices are shown in an order drawn from the game\'s seed, never in file order.')),
  cost: z.optional(Cost),
  hs: z.optional(HsCode),
  requires: z.optional(Condition),
  whenUnavailable: z.optional(d(z.enum(['disable', 'hide']), 'Show the choice disabled with its reason (default) or hide it.')),
  reason: z.optional(shortTextSchema('Why the choice is unavailable, shown when it is disabled.')),
  result: z.optional(textSchema('What happens right after choosing, shown before moving on.')),
  effects: z.optional(z.array(Effect).check(z.maxLength(32))),
  scores: z.optional(z.array(Score).check(z.maxLength(6))),
  next: Id,
});
export type Choice = z.infer<typeof Choice>;

/** A text that replaces the default when its condition holds: the first variant that holds wins. Data only, never code. */
const Variant = z.strictObject({
  id: idSchema('The variant\'s id, unique within its text: its translation key ends with it.'),
  when: Condition,
  text: Text,
});
const Variants = d(
  z.array(Variant).check(z.minLength(1), z.maxLength(8)),
  'Texts that depend on the path: the first variant whose condition holds replaces "text", so no text claims what the player did not do.',
);

const Speaker = idSchema('The id of a character in "characters" who speaks this scene.');
const Stage = d(z.enum(STAGES), 'Where the scene takes place; the world draws a backdrop for it.');

export const SceneNode = z.strictObject({
  type: z.literal('scene'),
  title: z.optional(ShortText),
  stage: z.optional(Stage),
  speaker: z.optional(Speaker),
  text: Text,
  textVariants: z.optional(Variants),
  decision: z.optional(d(z.enum(['hs']), '"hs": an HS classification decision; every choice names an HS code and the player can open the HS explorer.')),
  milestone: z.optional(idSchema('Entering this scene fires the pending consequences scheduled "on" this milestone (e.g. "arrival").')),
  choices: z.array(Choice).check(z.minLength(1), z.maxLength(4)),
});

const WeightModifier = z.strictObject({
  when: Condition,
  add: z.optional(z.int().check(z.gte(-1000), z.lte(1000))),
  multiply: z.optional(z.number().check(z.gte(0), z.lte(100))),
});

export const Outcome = z.strictObject({
  id: Id,
  weight: z.int().check(z.gte(0), z.lte(1000)),
  modifiers: z.optional(d(z.array(WeightModifier).check(z.maxLength(16)), 'Change the weight when a condition holds: add first, then multiply. Weights below 0 count as 0.')),
  title: ShortText,
  text: Text,
  textVariants: z.optional(Variants),
  effects: z.optional(z.array(Effect).check(z.maxLength(32))),
  scores: z.optional(z.array(Score).check(z.maxLength(6))),
  visual: z.optional(VisualField),
  next: Id,
});
export type Outcome = z.infer<typeof Outcome>;

export const ChanceNode = z.strictObject({
  type: z.literal('chance'),
  stage: z.optional(Stage),
  outcomes: z.array(Outcome).check(z.minLength(2), z.maxLength(8)),
});

export const BranchNode = z.strictObject({
  type: z.literal('branch'),
  cases: z.array(z.strictObject({ when: Condition, next: Id })).check(z.minLength(1), z.maxLength(16)),
  else: Id,
});

export const EndingNode = z.strictObject({
  type: z.literal('ending'),
  kind: z.enum(ENDING_KINDS),
  stage: z.optional(Stage),
  title: ShortText,
  text: textSchema('The debrief: what happened and why.'),
  textVariants: z.optional(Variants),
});

export const Node = z.discriminatedUnion('type', [SceneNode, ChanceNode, BranchNode, EndingNode]);
export type Node = z.infer<typeof Node>;
export type SceneNode = z.infer<typeof SceneNode>;
export type ChanceNode = z.infer<typeof ChanceNode>;
export type BranchNode = z.infer<typeof BranchNode>;
export type EndingNode = z.infer<typeof EndingNode>;

export const Consequence = z.strictObject({
  on: z.optional(idSchema('Fire when the player enters a scene with this milestone.')),
  afterDays: z.optional(d(z.int().check(z.gte(0), z.lte(3650)), 'Fire at the first scene entered at least this many days after it was scheduled.')),
  when: z.optional(Condition),
  priority: z.optional(d(z.int().check(z.gte(-100), z.lte(100)), 'When several consequences with a "next" fall due at once, the highest priority sends the player (default 0); on a tie one leading to a failure ending wins, then the one that costs the most (worst outcome first), then the first scheduled. All of them still apply their effects.')),
  title: ShortText,
  text: Text,
  textVariants: z.optional(Variants),
  effects: z.optional(z.array(Effect).check(z.maxLength(32))),
  scores: z.optional(z.array(Score).check(z.maxLength(6))),
  visual: z.optional(VisualField),
  next: z.optional(idSchema('Send the player to this node (e.g. an ending) after it fires.')),
});
export type Consequence = z.infer<typeof Consequence>;

const Place = z.strictObject({ name: ShortText, fictional: z.boolean(), note: z.optional(Text) });
export const SOURCE_KINDS = ['rule', 'guidance', 'indicative'] as const;
const Source = z.strictObject({ id: Id, title: ShortText, kind: z.optional(d(z.enum(SOURCE_KINDS), 'What the source can back: "rule" (a primary or official text: WCO, ICC, WTO, IPPC, a law or customs authority), "guidance" (an official or institutional guide: ITC, a trade ministry, an export agency), "indicative" (a price, fee or time from a vendor or market page: backs figures only, never a rule).')), url: z.optional(d(z.url({ protocol: /^https?$/ }).check(z.regex(/^https?:\/\//)), 'A web address (http or https) where the player can read the source.')), publisher: z.optional(ShortText), year: z.optional(z.int()) });
const Character = z.strictObject({ name: ShortText, role: ShortText, look: z.optional(Look) });
const Variable = z.strictObject({ initial: Int, min: z.optional(Int), max: z.optional(Int), label: z.optional(ShortText) });
const rule = (description: string) => d(z.strictObject({ next: Id }), description);

export const Scenario = z.strictObject({
  $schema: z.optional(z.string()),
  format: d(z.int(), 'The scenario format version; this build reads 1.'),
  id: Id,
  version: d(z.string().check(z.regex(/^\d+\.\d+\.\d+$/)), 'The scenario version, e.g. "1.0.0". Saves and result codes name it.'),
  lang: d(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)), 'The language of the text in this file, e.g. "en".'),
  title: ShortText,
  summary: Text,
  product: z.strictObject({
    name: ShortText,
    hs: d(z.nullable(HsCode), 'The product\'s correct HS 2022 subheading, or null for a service (services have no HS code).'),
    cargo: z.optional(CargoField),
  }),
  origin: Place,
  destination: Place,
  currency: d(z.string().check(z.regex(/^[A-Z]{3}$/)), 'ISO 4217 currency code used for all money, e.g. "USD".'),
  money: d(nonNeg(), 'Starting money, in whole units of the currency.'),
  deadline: d(z.int().check(z.gte(1), z.lte(3650)), 'Days until the goods must arrive. Day 0 is the start.'),
  playMinutes: z.int().check(z.gte(1), z.lte(240)),
  difficulty: z.enum(DIFFICULTIES),
  objectives: z.array(ShortText).check(z.minLength(1), z.maxLength(12)),
  sources: z.array(Source).check(z.minLength(1), z.maxLength(100)),
  learnMore: z.optional(d(z.partialRecord(z.enum(DIMENSIONS), z.strictObject({ text: Text, source: z.optional(Id) })), 'Per dimension: what to learn next when the player scored low there.')),
  characters: z.optional(z.record(Id, Character)),
  flags: z.optional(d(z.array(Name).check(z.maxLength(200)), 'Every flag the scenario uses. Flags start false.')),
  variables: z.optional(z.record(Name, Variable)),
  rules: z.strictObject({
    outOfMoney: rule('Where to go when money falls below zero: an ending, or a scene that offers a way out (e.g. a loan).'),
    pastDeadline: rule('Where to go when the day passes the deadline.'),
  }),
  start: Id,
  consequences: z.optional(z.record(Id, Consequence)),
  nodes: z.record(Id, Node),
});
export type Scenario = z.infer<typeof Scenario>;

/** The translation file beside a scenario: scenarios/<id>/locales/<lang>.json. */
export const Translation = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.int(),
  scenario: Id,
  lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)),
  strings: z.record(
    z.string().check(z.maxLength(300)),
    z.strictObject({ text: z.string().check(z.maxLength(4000)), source: d(z.string().check(z.regex(/^[0-9a-f]{8}$/)), 'Fingerprint of the source text this translates; a different fingerprint means the translation is stale.') }),
  ),
});
export type Translation = z.infer<typeof Translation>;
