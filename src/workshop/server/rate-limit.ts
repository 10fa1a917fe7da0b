/** Token buckets for rate limits per connection, per address and for join attempts. */

/** A token bucket: `capacity` tokens, refilled at `perSecond`. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(private readonly capacity: number, private readonly perSecond: number, now: number) {
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes one token if there is one. */
  take(now: number): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** True when a token is there to take (without taking it). */
  has(now: number): boolean {
    return this.tokens + ((now - this.last) / 1000) * this.perSecond >= 1;
  }

  /** True when the bucket is full again (it can be forgotten). */
  idle(now: number): boolean {
    return this.tokens + ((now - this.last) / 1000) * this.perSecond >= this.capacity;
  }
}

/** Buckets keyed by a string (e.g. an address), forgotten once full again. */
export class KeyedLimiter {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly capacity: number, private readonly perSecond: number) {}

  /** Takes one token for a key. */
  take(key: string, now: number): boolean {
    let b = this.buckets.get(key);
    if (!b) {
      b = new TokenBucket(this.capacity, this.perSecond, now);
      this.buckets.set(key, b);
    }
    return b.take(now);
  }

  /** True when the key has a token to take (without taking it). */
  has(key: string, now: number): boolean {
    return this.buckets.get(key)?.has(now) ?? true;
  }

  /** Drops buckets that are full again, so the map stays small. */
  sweep(now: number): void {
    for (const [k, b] of this.buckets) if (b.idle(now)) this.buckets.delete(k);
  }
}
