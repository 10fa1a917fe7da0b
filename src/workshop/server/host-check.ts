/**
 * DNS-rebinding defence: a request is served only when its Host header names this server. A page on
 * an attacker's domain whose DNS answer is switched to a LAN or loopback address still sends its own
 * domain as Host, so it is refused here even though the Origin and Host headers agree.
 *
 * Served names: loopback names (localhost, *.localhost), IP address literals (the LAN addresses and
 * loopback; a literal address cannot be rebound, since the browser's origin is the address itself),
 * this machine's host name (and <name>.local), the hosts of --allowed-origins, and --allowed-hosts
 * (e.g. the public name of a reverse proxy in front of the server).
 */
import { isIP } from 'node:net';
import { hostname } from 'node:os';

/** The answer to a Host header: served, or refused with a reason for people. */
export type HostVerdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** The host name of a Host header value, lower-case, without port or IPv6 brackets; null when malformed. */
export function hostNameOf(header: string): string | null {
  const value = header.trim().toLowerCase();
  const v6 = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/.exec(value);
  if (v6) return isIP(v6[1] ?? '') === 6 ? (v6[1] as string) : null;
  const m = /^([a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value);
  if (!m) return null;
  return (m[1] as string).replace(/\.$/, '');
}

/** A Host check for the given extra names (host names of allowed origins, --allowed-hosts). */
export function hostChecker(allowedHosts: readonly string[], allowedOrigins: readonly string[]): (header: string | undefined) => HostVerdict {
  const names = new Set<string>(['localhost']);
  const machine = hostname().toLowerCase();
  if (machine) {
    names.add(machine);
    names.add(`${machine}.local`);
  }
  for (const h of allowedHosts) {
    const name = hostNameOf(h);
    if (name) names.add(name);
  }
  for (const o of allowedOrigins) {
    try {
      names.add(new URL(o).hostname.toLowerCase().replace(/^\[|\]$/g, ''));
    } catch { /* not an origin: ignored (it can match no Origin header either) */ }
  }
  return (header) => {
    // HTTP/1.0 clients may omit Host; browsers always send it, so no web page can be behind a request without one.
    if (header === undefined) return { ok: true };
    const name = hostNameOf(header);
    if (name === null) return { ok: false, reason: 'malformed Host header' };
    if (isIP(name) !== 0 || names.has(name) || name.endsWith('.localhost')) return { ok: true };
    return { ok: false, reason: `"${name}" is not a name of this server; start it with --allowed-hosts ${name} to serve it under that name` };
  };
}
