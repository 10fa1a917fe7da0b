/**
 * The workshop protocol v1: what trainers and players send (validated with
 * zod/mini) and what the server sends back. Every message carries `v` (the
 * protocol version) and `type`; requests may carry `rid` to match replies.
 */
import * as z from 'zod/mini';
import {
  BOT_POLICIES, DECISION_SECONDS, FEEDBACK_MODES, MAX_BOTS, ENTITY_ID_PATTERN, JOIN_CODE_PATTERN, LANG_PATTERN, MAX_STEPS, MAX_TEAMS, NICKNAME_MAX,
  PROTOCOL_VERSION, SCENARIO_ID_PATTERN, SCENARIO_VERSION_PATTERN, TOKEN_PATTERN,
} from './limits';

const v = z.literal(PROTOCOL_VERSION);
const rid = z.optional(z.int().check(z.gte(0), z.lte(2 ** 31)));
const token = z.string().check(z.regex(TOKEN_PATTERN));
const entityId = z.string().check(z.regex(ENTITY_ID_PATTERN));
const choiceId = z.string().check(z.regex(SCENARIO_ID_PATTERN));
const nodeId = z.string().check(z.regex(SCENARIO_ID_PATTERN));
const step = z.int().check(z.gte(0), z.lte(MAX_STEPS));
const nickname = z.string().check(z.minLength(1), z.maxLength(NICKNAME_MAX * 2));
const msg = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ v, type: z.literal(type), rid, ...shape });

/** How a session is set up by its trainer. */
export const SessionSettings = z.strictObject({
  scenario: z.string().check(z.regex(SCENARIO_ID_PATTERN)),
  version: z.string().check(z.regex(SCENARIO_VERSION_PATTERN)),
  lang: z.string().check(z.regex(LANG_PATTERN)),
  /** Everyone plays one seed ("room"), or each team its own seed derived from the room's ("team"). */
  seedScope: z.enum(['room', 'team']),
  /** The room's seed; the server draws one when absent. */
  seed: z.optional(z.int().check(z.gte(0), z.lte(0xffffffff))),
  play: z.enum(['solo', 'teams']),
  /** Number of teams when play is "teams". */
  teams: z.optional(z.int().check(z.gte(2), z.lte(MAX_TEAMS))),
  /** Optional time limit per decision; on timeout the server takes the default choice. */
  decisionSeconds: z.optional(z.nullable(z.int().check(z.gte(DECISION_SECONDS.min), z.lte(DECISION_SECONDS.max)))),
  /** The choice taken on timeout: the first available one, or the cheapest available one. */
  timeoutChoice: z.optional(z.enum(['first', 'cheapest'])),
  /** How players get feedback: coach (each choice judged at once; the default) or challenge (verdicts only in the report). */
  mode: z.optional(z.enum(FEEDBACK_MODES)),
});
export type SessionSettings = z.infer<typeof SessionSettings>;

/** Trainer → server. */
export const TrainerMessage = [
  /** `key`: the server's trainer key, when it has one (a server reachable beyond this machine). */
  msg('create', { settings: SessionSettings, key: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) }),
  msg('trainer-resume', { session: entityId, token }),
  msg('lock', { locked: z.boolean() }),
  msg('remove-seat', { seat: entityId }),
  msg('reseat', { seat: entityId }),
  msg('pause', { paused: z.boolean() }),
  msg('hold', { node: nodeId }),
  msg('release', {}),
  msg('dashboard', {}),
  msg('results', {}),
  msg('delete-session', {}),
  msg('add-bots', { count: z.int().check(z.gte(1), z.lte(MAX_BOTS)), policy: z.enum(BOT_POLICIES) }),
] as const;

/** Player → server. */
export const PlayerMessage = [
  msg('join', { code: z.string().check(z.regex(JOIN_CODE_PATTERN)), nickname: z.optional(nickname), team: z.optional(z.int().check(z.gte(0), z.lte(MAX_TEAMS - 1))) }),
  msg('resume', { token }),
  msg('rename', { nickname }),
  msg('choose', { seat: entityId, step, choice: choiceId }),
] as const;

/** Either role. */
export const CommonMessage = [msg('ping', {})] as const;

/** Any message a client may send. */
export const ClientMessage = z.discriminatedUnion('type', [...TrainerMessage, ...PlayerMessage, ...CommonMessage]);
export type ClientMessage = z.infer<typeof ClientMessage>;
export type ClientMessageType = ClientMessage['type'];
/** A client message of one type. */
export type ClientMessageOf<T extends ClientMessageType> = Extract<ClientMessage, { type: T }>;
/** Every type a client may send. */
export const CLIENT_TYPES: readonly string[] = [...TrainerMessage, ...PlayerMessage, ...CommonMessage].map(typeOf);
/** Types only a trainer may send (once bound as the trainer of a session, except create/trainer-resume). */
export const TRAINER_TYPES: readonly string[] = TrainerMessage.map(typeOf);

function typeOf(schema: { shape: { type: { def: { values: readonly unknown[] } } } }): string {
  return String(schema.shape.type.def.values[0]);
}
