/** One port for the game and the workshop: static files from the build folder, /ws for WebSockets; configuration flags; scenario checks at start. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadScenarioCatalog, readConfig, type RunningServer } from '../../src/workshop/server';
import { startTestServer, tempDir, testConfig } from './helpers';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A raw GET (the path is sent as is, not normalised by a URL parser). */
function get(port: number, path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => { body += String(d); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('workshop server HTTP', () => {
  it('serves the built game from its folder and nothing outside it', async () => {
    const dist = tempDir();
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Trade Game</title>');
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'export {};');
    server = await startTestServer(testConfig({ staticDir: dist }));
    const index = await get(server.port, '/');
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(index.body).toContain('Trade Game');
    expect((await get(server.port, '/assets/app-1234.js')).type).toBe('text/javascript; charset=utf-8');
    expect((await get(server.port, '/../../../etc/passwd')).status).toBe(404);
    expect((await get(server.port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get(server.port, '/missing.js')).status).toBe(404);
    expect((await get(server.port, '/', 'POST')).status).toBe(405);
    expect((await get(server.port, '/healthz')).body).toBe('ok');
  });

  it('accepts WebSockets only on /ws, from pages of its own origin or an allowed one', async () => {
    server = await startTestServer(testConfig({ allowedOrigins: ['https://game.example'] }));
    const attempt = (path: string, origin?: string) => new Promise<string>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${server!.port}${path}`, origin ? { origin } : {});
      ws.on('open', () => { resolve('open'); ws.close(); });
      ws.on('error', (e) => resolve(e.message));
    });
    expect(await attempt('/other')).toMatch(/404/);
    expect(await attempt('/ws')).toBe('open'); // no Origin: not a browser
    expect(await attempt('/ws', `http://127.0.0.1:${server.port}`)).toBe('open');
    expect(await attempt('/ws', 'https://game.example')).toBe('open');
    expect(await attempt('/ws', 'https://evil.example')).toMatch(/403/);
  });

  it('reads flags over environment variables over defaults, and refuses unknown flags', () => {
    const c = readConfig(['--port', '9000', '--host=0.0.0.0', '--max-seats', '60'], { PORT: '7000', WORKSHOP_DB: '/tmp/x.db' });
    expect(c).toMatchObject({ port: 9000, host: '0.0.0.0', dbPath: '/tmp/x.db', synchronous: 'full', staticDir: 'dist' });
    expect(c.limits.maxSeatsPerSession).toBe(60);
    expect(readConfig([], {})).toMatchObject({ port: 8080, host: '127.0.0.1', dbPath: 'workshop.db' });
    expect(() => readConfig(['--prot', '1'], {})).toThrow(/Unknown flag --prot/);
    expect(() => readConfig(['--port', 'x'], {})).toThrow(/port must be a number/);
    expect(() => readConfig(['--sync', 'off'], {})).toThrow(/--sync/);
  });
});

describe('workshop scenarios', () => {
  it('loads the shipped scenarios, and refuses to start with a scenario that has an error, naming its place', async () => {
    const shipped = loadScenarioCatalog('scenarios');
    const coffee = JSON.parse(readFileSync('scenarios/coffee/scenario.json', 'utf8')) as { version: string };
    expect([...shipped.keys()]).toContain(`coffee@${coffee.version}`);
    const dir = tempDir();
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'scenario.json'), '{\n  "format": 1,\n  "id": "broken"\n}\n');
    expect(() => loadScenarioCatalog(dir)).toThrow(/broken[/\\]scenario\.json:\d+:\d+: .*error/);
    await expect(startTestServer(testConfig({ scenariosDir: dir }))).rejects.toThrow(/scenario\.json/);
  });
});
