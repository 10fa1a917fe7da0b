/**
 * The address a connection is counted under (rate limits, failed attempts, session
 * quotas): the socket's peer, or, when that peer is a named trusted reverse proxy,
 * the client it forwards for, read from X-Forwarded-For right to left, skipping
 * further trusted proxies. A header from anyone else is ignored, so a client cannot
 * pick its own address.
 */
import { isIP } from 'node:net';

/** An address in one form: IPv4-mapped IPv6 ("::ffff:10.0.0.1") as plain IPv4. */
export function normalAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/** The client's address given the socket's peer address, the X-Forwarded-For header(s) and the trusted proxies. */
export function clientAddress(remote: string | undefined, forwardedFor: string | readonly string[] | undefined, trustedProxies: readonly string[]): string {
  const peer = normalAddress(remote ?? 'unknown');
  const trusted = new Set(trustedProxies.map(normalAddress));
  if (!trusted.has(peer) || forwardedFor === undefined) return peer;
  const hops = (typeof forwardedFor === 'string' ? [forwardedFor] : forwardedFor).join(',').split(',').map(normalAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (isIP(hop) === 0) return peer; // not an address: the chain cannot be trusted past this point
    if (!trusted.has(hop)) return hop;
  }
  return peer;
}
