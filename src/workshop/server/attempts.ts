/**
 * Failed attempts to open a session or seat (unknown join code, wrong seat or
 * trainer token, wrong trainer key). Codes and tokens are looked up first, so a
 * valid one is never refused because of someone else's failures behind the same
 * address. Failures are counted per connection, per address and per target
 * session: a connection that used up its own few failures is refused before any
 * lookup (so it learns nothing more) and closed; past the address's or the
 * session's budget a failure answers `rate-limited` and closes the connection, so
 * every further guess costs a new connection.
 */
import type { WorkshopLimits } from './config';
import { KeyedLimiter } from './rate-limit';
import { Refusal } from './refusal';
import type { Peer } from './room';

/** Failures one connection may have before it is closed. */
export const PEER_FAILURES = 5;

export class Attempts {
  private readonly byAddress: KeyedLimiter;
  private readonly byTarget: KeyedLimiter;
  private readonly byPeer = new WeakMap<Peer, number>();

  constructor(limits: WorkshopLimits) {
    const n = limits.failedJoinsPerMinute;
    this.byAddress = new KeyedLimiter(n, n / 60);
    this.byTarget = new KeyedLimiter(n, n / 60);
  }

  /** Before a lookup: refuses a connection that already used up its own failures. */
  check(peer: Peer): void {
    if ((this.byPeer.get(peer) ?? 0) >= PEER_FAILURES) throw new Refusal('rate-limited', 'Too many failed attempts on this connection.', {}, true);
  }

  /** After a failed lookup: counts it and returns the refusal to throw (the failure's own code, or rate-limited past a budget). */
  failure(peer: Peer, now: number, code: 'unknown-session' | 'bad-token' | 'bad-trainer-key', message: string, target?: string): Refusal {
    const own = (this.byPeer.get(peer) ?? 0) + 1;
    this.byPeer.set(peer, own);
    const address = this.byAddress.take(peer.address, now);
    const session = target === undefined || this.byTarget.take(target, now);
    if (!address || !session) return new Refusal('rate-limited', 'Too many failed attempts; wait a minute.', {}, true);
    return new Refusal(code, message, {}, own >= PEER_FAILURES);
  }

  /** Forgets budgets that are full again. */
  sweep(now: number): void {
    this.byAddress.sweep(now);
    this.byTarget.sweep(now);
  }
}
