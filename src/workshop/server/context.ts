/**
 * What message handlers and room work receive: the workshop's state and services
 * as an interface, so handlers never import the workshop that dispatches to them.
 */
import type { ClientMessage } from '../protocol';
import type { Scenario } from '../../scenario';
import type { Attempts } from './attempts';
import type { WorkshopLimits } from './config';
import type { Peer, Room, Seat } from './room';
import type { WorkshopStorage } from './storage';

/** A uniform integer below n for a bot's choice at a step. */
export type BotRandom = (n: number, at: { readonly nickname: string; readonly step: number }) => number;

/** The workshop as handlers see it. */
export interface WorkshopContext {
  readonly storage: WorkshopStorage;
  readonly limits: WorkshopLimits;
  readonly sessionTtlMs: number;
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** How long a rehearsal bot thinks before each choice (ms). */
  readonly botThinkMs: number;
  /** A uniform integer below n (bots' random choices). */
  readonly random: BotRandom;
  /** The key `create` must carry, or null when anyone may create (a server on loopback only). */
  readonly trainerKey: string | null;
  readonly rooms: ReadonlyMap<string, Room>;
  readonly roomsByCode: ReadonlyMap<string, Room>;
  /** Seat token hash → seat. */
  readonly seatsByToken: Map<string, { room: Room; seat: Seat }>;
  /** Failed join, resume and create attempts. */
  readonly attempts: Attempts;
  /** Peers with a join or create in flight: a second one is refused until the first has bound the peer. */
  readonly binding: WeakSet<Peer>;
  /** Sessions being created right now (counted against the caps until they are rooms), in all and per creator. */
  readonly pendingSessions: { total: number; readonly byAddress: Map<string, number> };
  /** A scenario by id and version, if the server has it. */
  scenario(id: string, version: string): Scenario | undefined;
  /** Registers a new room and starts its timers. */
  addRoom(room: Room): void;
  /** Forgets a room (after deletion or expiry), stops its timers and tells its peers. */
  dropRoom(room: Room): void;
}

type Handler<T extends ClientMessage['type']> = (ctx: WorkshopContext, peer: Peer, m: Extract<ClientMessage, { type: T }>) => Promise<void> | void;
/** A message handler per type. */
export type Handlers = { [T in ClientMessage['type']]?: Handler<T> };
