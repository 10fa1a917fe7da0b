/** Size limits and formats of the workshop protocol (shared by browser and server). */

/** The protocol version every message carries as `v`. */
export const PROTOCOL_VERSION = 1;

/** The largest message (in UTF-16 code units, close to bytes for this ASCII protocol) a peer may send. */
export const MAX_MESSAGE_BYTES = 4096;

/** Join codes: this many characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const JOIN_CODE_LENGTH = 7;
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Tokens: 32 random bytes as base64url (43 characters). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Server-made ids of sessions and seats. */
export const ENTITY_ID_PATTERN = /^[a-z0-9]{8,32}$/;

/** Scenario and choice ids, as in the scenario format. */
export const SCENARIO_ID_PATTERN = /^(?!constructor$)[a-z0-9][a-z0-9-]{0,63}$/;
export const SCENARIO_VERSION_PATTERN = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/** Most decisions a game can have in the workshop (a seat's log length). */
export const MAX_STEPS = 500;
/** Teams a session can have. */
export const MAX_TEAMS = 20;
/** Bounds of the per-decision time limit, in seconds. */
export const DECISION_SECONDS = { min: 10, max: 3600 } as const;
/** Most rehearsal bots a session can have. */
export const MAX_BOTS = 60;
/** How bots choose: uniformly at random, or the best readiness points then the cheapest. */
export const BOT_POLICIES = ['random', 'cautious'] as const;
export type BotPolicy = (typeof BOT_POLICIES)[number];
/** How players get feedback: coach (each choice judged at once) or challenge (no verdicts until the report). Same values as the engine's FeedbackMode. */
export const FEEDBACK_MODES = ['coach', 'challenge'] as const;
export type SessionMode = (typeof FEEDBACK_MODES)[number];
/** Longest nickname, in characters. */
export const NICKNAME_MAX = 24;
