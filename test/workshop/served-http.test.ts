/**
 * The built game served like production: brotli and gzip precompressed (and reused from disk on the next
 * start), strong ETags with 304, cache lifetimes by kind of file, security headers on every response;
 * and the DNS-rebinding defence: HTTP and WebSocket requests whose Host is not a name of this server.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readConfig, type RunningServer } from '../../src/workshop/server';
import { cspHash, inlineHashes } from '../../src/workshop/server/headers';
import { hostChecker, hostNameOf } from '../../src/workshop/server/host-check';
import { acceptedEncodings } from '../../src/workshop/server/static-files';
import { startTestServer, tempDir, testConfig } from './helpers';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

interface Reply { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** A raw request with chosen headers (Host included). */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const BOOT_STYLE = 'html{background:#f6f1e7}.boot{block-size:.5rem}';
const APP_JS = `export const strings = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `choice number ${i} of the game`))};\n`;

/** A small build folder: index.html with an inline style, a hashed asset, a font, the service worker. */
function site(): string {
  const dist = tempDir();
  writeFileSync(join(dist, 'index.html'), `<!doctype html><html><head><title>Trade Game</title><style>${BOOT_STYLE}</style><script type="module" src="./assets/app-1234.js"></script></head><body><div id="app"></div></body></html>`);
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app-1234.js'), APP_JS);
  writeFileSync(join(dist, 'assets', 'font-99.woff2'), Buffer.alloc(2000, 7));
  writeFileSync(join(dist, 'sw.js'), `self.addEventListener('fetch', () => {}); // ${'x'.repeat(600)}`);
  return dist;
}

const SECURITY = ['content-security-policy', 'referrer-policy', 'x-content-type-options'];

describe('serving the built game like production', () => {
  it('sends brotli or gzip as the browser accepts, the same bytes when decoded, and plain bytes otherwise', async () => {
    server = await startTestServer(testConfig({ staticDir: site() }));
    // gzip is there from the start; brotli once its background copy is made.
    const early = await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(early.body).toString()).toBe(APP_JS);
    await server.compressed;
    const br = await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString()).toBe(APP_JS);
    expect(br.body.length).toBeLessThan(APP_JS.length / 4);
    const gz = await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(APP_JS);
    expect(gz.body.length).toBeLessThan(APP_JS.length / 4);
    const plain = await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(APP_JS);
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));
    // Fonts are compressed already: sent as they are.
    const font = await get(server.port, '/assets/font-99.woff2', { 'accept-encoding': 'br, gzip' });
    expect([font.headers['content-encoding'], font.headers['content-type'], font.body.length]).toEqual([undefined, 'font/woff2', 2000]);
  });

  it('answers If-None-Match with 304 and caches hashed assets for a year, everything else revalidated', async () => {
    server = await startTestServer(testConfig({ staticDir: site() }));
    await server.compressed;
    const first = await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'br' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}-br"$/);
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const again = await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect([again.status, again.body.length, again.headers.etag]).toEqual([304, 0, etag]);
    for (const h of SECURITY) expect(again.headers[h]).toBeTruthy();
    // The gzip copy's tag validates too (same bytes once decoded); a stale tag does not.
    const gzTag = String((await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'gzip' })).headers.etag);
    expect((await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'br', 'if-none-match': `W/${gzTag}` })).status).toBe(304);
    expect((await get(server.port, '/assets/app-1234.js', { 'if-none-match': '"stale"' })).status).toBe(200);
    for (const path of ['/', '/index.html', '/sw.js']) {
      const r = await get(server.port, path);
      expect([path, r.status, r.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
      expect((await get(server.port, path, { 'if-none-match': String(r.headers.etag) })).status).toBe(304);
    }
    const head = await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect([head.status, head.body.length, head.headers['content-length']]).toEqual([200, 0, first.headers['content-length']]);
  });

  it('serves a file rebuilt while running with its new bytes, a new ETag and a policy for its inline style', async () => {
    const dist = site();
    server = await startTestServer(testConfig({ staticDir: dist }));
    await server.compressed;
    const before = await get(server.port, '/index.html', { 'accept-encoding': 'br' });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Trade Game, rebuilt</title><style>.boot{color:red}</style>' + ' '.repeat(400));
    const after = await get(server.port, '/index.html', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(after.body).toString()).toContain('rebuilt');
    expect(after.headers.etag).not.toBe(before.headers.etag);
    // Its new boot style is allowed by the policy sent with it, the old one no longer.
    expect(String(after.headers['content-security-policy'])).toContain(`style-src 'self' ${cspHash('.boot{color:red}')};`);
    expect(String(after.headers['content-security-policy'])).not.toContain(cspHash(BOOT_STYLE));
    expect((await get(server.port, '/index.html', { 'if-none-match': String(before.headers.etag) })).status).toBe(200);
  });

  it('keeps compressed copies next to the files and reuses them on the next start, never a copy that does not match', async () => {
    const dist = site();
    server = await startTestServer(testConfig({ staticDir: dist }));
    await server.compressed;
    await server.close();
    expect(readdirSync(join(dist, 'assets')).sort()).toEqual(['app-1234.js', 'app-1234.js.br', 'app-1234.js.gz', 'font-99.woff2']);
    // A stale copy (from another build) is not served: it is made again.
    writeFileSync(join(dist, 'assets', 'app-1234.js.gz'), gzipSync('export const old = 1;'));
    const logs: string[] = [];
    const { startWorkshopServer } = await import('../../src/workshop/server');
    server = await startWorkshopServer(testConfig({ staticDir: dist }), { log: (l) => logs.push(l) });
    await server.compressed;
    expect(logs.find((l) => l.startsWith('compressed copies ready'))).toBe('compressed copies ready (brotli and gzip): 3 reused from disk, 1 written');
    expect(gunzipSync((await get(server.port, '/assets/app-1234.js', { 'accept-encoding': 'gzip' })).body).toString()).toBe(APP_JS);
    expect(gunzipSync(readFileSync(join(dist, 'assets', 'app-1234.js.gz'))).toString()).toBe(APP_JS);
    // The copies themselves are not served as files.
    expect((await get(server.port, '/assets/app-1234.js.br')).status).toBe(404);
  });

  it('sends the security headers on every response, with a CSP for its own origin, its WebSocket and the boot style', async () => {
    server = await startTestServer(testConfig({ staticDir: site() }));
    const host = `127.0.0.1:${server.port}`;
    const responses = [await get(server.port, '/'), await get(server.port, '/missing.js'), await get(server.port, '/', {}, 'POST'), await get(server.port, '/healthz')];
    expect(responses.map((r) => r.status)).toEqual([200, 404, 405, 200]);
    for (const r of responses) {
      for (const h of SECURITY) expect(r.headers[h], h).toBeTruthy();
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    }
    const csp = String(responses[0]!.headers['content-security-policy']).split('; ');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`style-src 'self' ${cspHash(BOOT_STYLE)}`);
    expect(csp).toContain(`connect-src 'self' ws://${host} wss://${host} blob:`);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp.join(';')).not.toMatch(/unsafe-eval|unsafe-inline|\*(?!\.)|https?:/);
  });

  it('lets named origins frame the game (--frame-ancestors), and refuses an entry that is not an origin', async () => {
    const config = readConfig(['--frame-ancestors', 'https://lms.example.org, https://*.moodle.example'], {});
    expect(config.frameAncestors).toEqual(['https://lms.example.org', 'https://*.moodle.example']);
    expect(() => readConfig(['--frame-ancestors', "https://a.example; script-src 'unsafe-inline'"], {})).toThrow(/--frame-ancestors takes origins/);
    server = await startTestServer(testConfig({ staticDir: site(), frameAncestors: config.frameAncestors }));
    const r = await get(server.port, '/');
    expect(String(r.headers['content-security-policy'])).toContain("frame-ancestors 'self' https://lms.example.org https://*.moodle.example");
    expect(r.headers['x-frame-options']).toBeUndefined();
  });

  it('reads the encodings a browser accepts, and hashes inline styles but not scripts with a src', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=0.5, br;q=0')).toEqual(['gzip']);
    expect(acceptedEncodings(undefined)).toEqual([]);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
    const h = inlineHashes('<style>a{}</style><script type="module" src="x.js"></script><script>go()</script>');
    expect(h).toEqual({ styles: [cspHash('a{}')], scripts: [cspHash('go()')] });
  });
});

describe('DNS rebinding', () => {
  /** A WebSocket upgrade with chosen Host and Origin headers: "open" or the refusal. */
  const upgrade = (port: number, host: string, origin: string) => new Promise<string>((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { host }, origin });
    ws.on('open', () => { resolve('open'); ws.close(); });
    ws.on('unexpected-response', (_req, res) => { resolve(String(res.statusCode)); ws.terminate(); });
    ws.on('error', (e) => resolve(e.message));
  });

  it('refuses a page whose Origin and Host both name another domain, over HTTP and WebSocket (the attack)', async () => {
    server = await startTestServer(testConfig({ staticDir: site() }));
    const port = server.port;
    // The attacker's page at http://rebind.attacker.example:PORT now resolves to 127.0.0.1.
    const page = await get(port, '/', { host: `rebind.attacker.example:${port}` });
    expect(page.status).toBe(421);
    expect(page.body.toString()).toMatch(/rebind\.attacker\.example.*--allowed-hosts/);
    expect(page.headers['content-security-policy']).toBeTruthy();
    expect(await upgrade(port, `rebind.attacker.example:${port}`, `http://rebind.attacker.example:${port}`)).toBe('421');
    expect((await get(port, '/healthz', { host: 'rebind.attacker.example' })).status).toBe(421);
    expect((await get(port, '/', { host: 'bad host!' })).status).toBe(421);
  });

  it('serves its own names: loopback, IP addresses (the LAN), allowed origins and --allowed-hosts', async () => {
    server = await startTestServer(testConfig({ staticDir: site(), allowedOrigins: ['https://game.example'], allowedHosts: ['workshop.school.example'] }));
    const port = server.port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `app.localhost:${port}`, `[::1]:${port}`, `192.168.1.20:${port}`, 'game.example', 'WORKSHOP.school.example:443'])
      expect([host, (await get(port, '/', { host })).status]).toEqual([host, 200]);
    expect(await upgrade(port, `localhost:${port}`, `http://localhost:${port}`)).toBe('open');
    expect(await upgrade(port, `192.168.1.20:${port}`, `http://192.168.1.20:${port}`)).toBe('open');
    expect(await upgrade(port, `workshop.school.example`, 'https://workshop.school.example')).toBe('open');
  });

  it('parses Host headers strictly', () => {
    expect(hostNameOf('LocalHost:8080')).toBe('localhost');
    expect(hostNameOf('[::1]:80')).toBe('::1');
    expect(hostNameOf('example.org.')).toBe('example.org');
    expect(hostNameOf('a b')).toBeNull();
    expect(hostNameOf('[zz]:1')).toBeNull();
    const check = hostChecker(['proxy.example'], []);
    expect(check('proxy.example:8443')).toEqual({ ok: true });
    expect(check('10.0.0.7')).toEqual({ ok: true });
    expect(check('10.0.0.7.nip.io').ok).toBe(false);
    expect(check(undefined)).toEqual({ ok: true }); // HTTP/1.0 without Host: no browser page behind it
  });

  it('reads --allowed-hosts from flags and the environment', () => {
    expect(readConfig(['--allowed-hosts', 'a.example, b.example'], {}).allowedHosts).toEqual(['a.example', 'b.example']);
    expect(readConfig([], { WORKSHOP_ALLOWED_HOSTS: 'c.example' }).allowedHosts).toEqual(['c.example']);
  });
});
