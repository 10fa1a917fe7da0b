/**
 * What a player's screen shows besides the game: whether the trainer holds
 * the room (paused, or a checkpoint at this scene), and the saving status of
 * the last choice. Pure.
 */
import type { SeatState, SessionView } from '../protocol';
import type { SocketStatus } from './socket';

/** Why the player must wait, or null. */
export type Hold = 'paused' | 'checkpoint' | null;

/** The trainer's hold on a seat: a pause, or the checkpoint at the seat's current scene (not once the game ended). */
export function holdOf(session: SessionView | null, node: string | null, ended: boolean): Hold {
  if (!session) return null;
  if (session.paused) return 'paused';
  if (!ended && node !== null && session.hold === node) return 'checkpoint';
  return null;
}

/** The saving status line: offline, saving the pending choice, or saved. */
export type SaveStatus = 'offline' | 'connecting' | 'saving' | 'saved' | 'idle';

/** The status from the connection and whether a choice waits for its acknowledgement. */
export function saveStatusOf(connection: SocketStatus, pending: boolean, anyChoice: boolean): SaveStatus {
  if (connection === 'closed') return 'offline';
  if (connection === 'connecting') return pending ? 'offline' : 'connecting';
  if (pending) return 'saving';
  return anyChoice ? 'saved' : 'idle';
}

/**
 * How the local game relates to the server's accepted log: the same ('same'), the server is behind only by the
 * pending choice ('pending'), or it differs (a timeout choice, a refused choice): rebuild from the server ('rebuild').
 */
export function compareLogs(local: readonly string[], server: SeatState, pending: { step: number; choice: string } | null): 'same' | 'pending' | 'rebuild' {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same(local, server.log)) return 'same';
  if (pending && local.length === server.log.length + 1 && pending.step === server.log.length && local[pending.step] === pending.choice && same(local.slice(0, -1), server.log)) return 'pending';
  return 'rebuild';
}
