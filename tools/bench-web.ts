/**
 * Browser benchmark (npm run bench:web): builds the site and serves it with the real `npm start` server
 * (tools/workshop-server.ts as its own process: precompressed brotli and gzip, ETags, security headers),
 * then measures in Debian's Chromium:
 *  1. the bytes needed before the first choice is on screen, by file, as the server sends them with gzip
 *     (what a browser gets over plain HTTP on a LAN) and with brotli (localhost and HTTPS);
 *  2. the time from navigating a deep link to the first choice under Slow 4G emulation
 *     (1.6 Mbps down, 150 ms RTT), next to the floor bytes ÷ bandwidth + 3 × RTT;
 *  3. the bytes of a full play (every file the game fetched from start to report);
 *  4. the page's main-thread CPU while it waits for a choice with the world shown.
 * Figures are printed; nothing passes or fails on time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { createGame } from '../src/engine';
import { CHROMIUM, launch } from '../test/e2e/browser';
import { planRoute, scenarioUnderTest } from '../test/e2e/scenario';

const SLOW_4G = { latencyMs: 150, downBytesPerSecond: (1.6 * 1_000_000) / 8, upBytesPerSecond: (0.75 * 1_000_000) / 8 };
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'test-results', 'bench-site');
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** The workshop server (tools/workshop-server.ts, as `npm start` runs it) serving a built folder; resolves once it listens. */
function startServer(dist: string): Promise<{ url: string; child: ChildProcess }> {
  const db = join(mkdtempSync(join(tmpdir(), 'bench-web-')), 'workshop.db');
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tools/workshop-server.ts'), '--port', '0', '--static', dist, '--db', db, '--sync', 'normal'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += String(d);
      // Measured once every brotli copy is made (they are kept on disk for later starts of the same build).
      const m = /listening on (http:\/\/\S+\/)/.exec(out);
      if (m && out.includes('compressed copies ready')) resolve({ url: m[1] as string, child });
    });
    child.stderr!.on('data', (d: Buffer) => { out += String(d); });
    child.once('exit', (code) => reject(new Error(`the workshop server exited (${code}): ${out}`)));
  });
}

/** Bytes the server sends for a URL with an Accept-Encoding (the body as sent, before decoding). */
function sentBytes(url: string, encoding: 'gzip' | 'br'): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let n = 0;
      res.on('data', (d: Buffer) => { n += d.length; });
      res.on('end', () => resolve(res.statusCode === 200 ? n : 0));
    }).on('error', reject).end();
  });
}

/** Sizes of a list of URLs as sent with gzip and with brotli. */
async function sizes(urls: readonly string[]): Promise<{ file: string; gzip: number; br: number }[]> {
  return Promise.all([...new Set(urls)].map(async (u) => ({ file: decodeURIComponent(new URL(u).pathname.slice(1)) || 'index.html', gzip: await sentBytes(u, 'gzip'), br: await sentBytes(u, 'br') })));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  await build({ root, configLoader: 'runner', mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await startServer(outDir);
  const scenario = scenarioUnderTest();
  const link = `${server.url}?scenario=${scenario.id}&lang=en&seed=11`;
  const browser = await launch();
  try {
    // 1. Bytes before the first choice.
    const first = await browser.newContext({ serviceWorkers: 'block' });
    const page = await first.newPage();
    await page.goto(link);
    await page.locator('button.choice').first().waitFor();
    // Every file whose request started before the first choice was on screen (resource timing).
    const requested = await page.evaluate(() => {
      const mark = performance.getEntriesByName('trade-game:first-choice')[0]?.startTime ?? performance.now();
      const resources = performance.getEntriesByType('resource').filter((e) => e.startTime <= mark).map((e) => e.name);
      return [location.href.split('?')[0] as string, ...resources];
    });
    const beforeChoice = await sizes(requested.filter((u) => u.startsWith(server.url)));
    const firstBytes = beforeChoice.reduce((a, b) => a + b.gzip, 0);
    const firstBr = beforeChoice.reduce((a, b) => a + b.br, 0);
    console.log(`\n1. Bytes before the first choice, as the workshop server sends them (deep link ${scenario.id}): ${kb(firstBytes)} gzip, ${kb(firstBr)} brotli (goal ≤ 150 KB)`);
    for (const f of beforeChoice.sort((a, b) => b.gzip - a.gzip)) console.log(`   ${kb(f.gzip).padStart(9)} gzip ${kb(f.br).padStart(9)} br  ${f.file}`);
    await first.close();

    // 2. Time to first choice under Slow 4G. Chromium gets brotli from 127.0.0.1, so the floor uses the brotli bytes.
    const floor = (firstBr / SLOW_4G.downBytesPerSecond) * 1000 + 3 * SLOW_4G.latencyMs;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ serviceWorkers: 'block' });
      const p = await ctx.newPage();
      const cdp = await ctx.newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false, latency: SLOW_4G.latencyMs, downloadThroughput: SLOW_4G.downBytesPerSecond, uploadThroughput: SLOW_4G.upBytesPerSecond,
      });
      await p.goto(link, { waitUntil: 'commit' });
      await p.locator('button.choice').first().waitFor({ timeout: 120_000 });
      times.push(await p.evaluate(() => performance.getEntriesByName('trade-game:first-choice')[0]?.startTime ?? performance.now()));
      await ctx.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    console.log(`\n2. Deep link → first choice on Slow 4G (1.6 Mbps, 150 ms RTT), ${runs} runs: median ${median.toFixed(0)} ms ` +
      `(min ${times[0]?.toFixed(0)}, max ${times[times.length - 1]?.toFixed(0)})`);
    console.log(`   floor = ${kb(firstBr)} (brotli, as received) ÷ 1.6 Mbps + 3 × 150 ms = ${floor.toFixed(0)} ms; ratio ${(median / floor).toFixed(2)}× (goal ≤ 1.5×)`);

    // 3 + 4. A full play, and CPU while waiting for a choice with the world shown.
    const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
    const p = await ctx.newPage();
    const all: string[] = [];
    p.on('request', (r) => {
      if (r.url().startsWith(server.url)) all.push(r.url()); // not data: or blob: URLs (synthesised sounds, drawn art)
    });
    const cdp = await ctx.newCDPSession(p);
    await p.goto(link);
    await p.locator('button.choice').first().waitFor();
    await p.locator('.world.ready').waitFor({ timeout: 60_000 }).catch(() => console.log('   (the world did not mount)'));
    const cpu = await idleCpu(p, cdp, 10_000);
    const cpuLine = `\n4. Main-thread CPU while waiting for a choice (world shown, 10 s): ${(cpu.task * 100).toFixed(2)} % of a core ` +
      `(script ${(cpu.script * 100).toFixed(2)} %, layout+style ${(cpu.layout * 100).toFixed(2)} %) (goal ≤ 2 %)`;
    const route = planRoute(scenario, 11, (k) => k === 'success') ?? [];
    const game = createGame(scenario, 11);
    let openedHs = false;
    for (const choice of route) {
      await p.locator('main[data-phase="choose"] section.scene').waitFor();
      if (game.view().decision === 'hs' && !openedHs) {
        openedHs = true;
        await p.locator('button[data-action="hs-explorer"]').click();
        await p.locator('dialog.hs-dialog').waitFor();
        await p.locator('dialog.hs-dialog input[type="search"]').fill('coffee');
        await p.locator('dialog.hs-dialog input[type="search"]').press('Enter');
        await p.locator('dialog.hs-dialog .hs-results, dialog.hs-dialog .hs-status').first().waitFor();
        await p.keyboard.press('Escape');
      }
      await p.locator(`button.choice[data-choice="${choice}"]`).click();
      game.choose(choice);
      await p.locator('main button[data-action="continue"]').click();
    }
    await p.locator('main').getByRole('heading').first().waitFor();
    await p.waitForLoadState('networkidle');
    const files = await sizes(all.map((u) => u.split('?')[0] as string));
    const total = files.reduce((a, b) => a + b.gzip, 0);
    const totalBr = files.reduce((a, b) => a + b.br, 0);
    console.log(`\n3. Full play to the report (${route.length} choices${openedHs ? ', HS explorer opened once' : ''}): ${kb(total)} gzip, ${kb(totalBr)} brotli in ${files.length} files`);
    for (const f of files.sort((a, b) => b.gzip - a.gzip).slice(0, 12)) console.log(`   ${kb(f.gzip).padStart(9)} gzip ${kb(f.br).padStart(9)} br  ${f.file}`);
    console.log(cpuLine);
    await ctx.close();
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
  }
}

/** Main-thread busy time over a window, as a fraction of one core (CDP Performance metrics). */
async function idleCpu(page: Page, cdp: CDPSession, ms: number): Promise<{ task: number; script: number; layout: number }> {
  await cdp.send('Performance.enable');
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;
  await page.waitForTimeout(2000); // let the fade-in finish
  const a = await read();
  await page.waitForTimeout(ms);
  const b = await read();
  const span = (b.Timestamp ?? 0) - (a.Timestamp ?? 0);
  const d = (k: string) => ((b[k] ?? 0) - (a[k] ?? 0)) / span;
  return { task: d('TaskDuration'), script: d('ScriptDuration'), layout: d('LayoutDuration') + d('RecalcStyleDuration') };
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
