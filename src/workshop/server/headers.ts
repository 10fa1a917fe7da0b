/**
 * Security headers sent with every HTTP response of the workshop server: a Content-Security-Policy that
 * lets the game load only from its own origin and talk only to its own WebSocket, frame-ancestors (the
 * server itself, plus origins named with --frame-ancestors, e.g. an LMS that embeds the game),
 * Referrer-Policy and X-Content-Type-Options.
 */
import { createHash } from 'node:crypto';

/** What the policy needs to know about the served pages. */
export interface SecurityOptions {
  /** Origins that may show the game in a frame (besides the server itself). */
  readonly frameAncestors: readonly string[];
  /** CSP hash sources ('sha256-…') of the inline <style> elements of the served HTML pages. */
  readonly styleHashes: readonly string[];
  /** CSP hash sources of inline <script> elements (none in the built game today). */
  readonly scriptHashes: readonly string[];
}

/** A CSP hash source for the text of an inline element. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of a page's inline <style> and <script> elements (scripts with a src are not inline). */
export function inlineHashes(html: string): { styles: string[]; scripts: string[] } {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => cspHash(m[1] ?? ''));
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
    .filter((m) => !/\bsrc\s*=/i.test(m[1] ?? '')).map((m) => cspHash(m[2] ?? ''));
  return { styles, scripts };
}

/**
 * The Content-Security-Policy for a response. `host` is the request's Host header, already checked
 * against the served names (host-check.ts), so it is safe to name the WebSocket origin with it.
 *
 * - Scripts, styles, fonts, manifest and workers only from the server's own origin (the service worker
 *   and Workbox are files of the build); the boot screen's inline <style> by its hash.
 * - No inline style attributes: the game sets its few computed styles (bar widths, sizes) through the
 *   elements' style objects (CSSOM), which a policy does not govern, so style-src covers attributes too.
 * - img-src data: blob:: Phaser's built-in textures are data: URLs and the world's drawings are SVG
 *   rasterised through blob: URLs; media-src data: blob:: synthesised sounds (blob:) and howler's
 *   silent data: clip.
 * - connect-src: the server itself (fetch of the HS data), its WebSocket (ws: / wss: of this host), and
 *   blob: (howler fetches the synthesised sounds from their blob: URLs to decode them).
 */
export function contentSecurityPolicy(options: SecurityOptions, host: string | undefined): string {
  const socket = host ? ` ws://${host} wss://${host}` : '';
  const hashes = (list: readonly string[]) => list.map((h) => ` ${h}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self'${hashes(options.scriptHashes)}`,
    `style-src 'self'${hashes(options.styleHashes)}`,
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${socket} blob:`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors 'self'${options.frameAncestors.map((o) => ` ${o}`).join('')}`,
  ].join('; ');
}

/** The security headers of every response (lower-case names). */
export function securityHeaders(options: SecurityOptions, host: string | undefined): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(options, host),
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    // Browsers that predate frame-ancestors: only the server itself, unless embedding was asked for.
    ...(options.frameAncestors.length === 0 ? { 'x-frame-options': 'SAMEORIGIN' } : {}),
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** Checks a --frame-ancestors entry: an origin (scheme://host[:port]) or a CSP host source such as https://*.lms.example. */
export function checkFrameAncestor(source: string): string | null {
  if (/^'(self|none)'$/.test(source)) return null;
  if (!/^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/.test(source))
    return `--frame-ancestors takes origins such as https://lms.example.org or https://*.lms.example.org (got "${source}").`;
  return null;
}
