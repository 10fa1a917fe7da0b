/**
 * Browser benchmark (npm run bench:web): builds the site, serves it gzip-compressed on 127.0.0.1 and
 * measures in Debian's Chromium:
 *  1. the bytes (gzip, as sent) needed before the first choice is on screen, by file;
 *  2. the time from navigating a deep link to the first choice under Slow 4G emulation
 *     (1.6 Mbps down, 150 ms RTT), next to the floor bytes ÷ bandwidth + 3 × RTT;
 *  3. the bytes of a full play (every file the game fetched from start to report);
 *  4. the page's main-thread CPU while it waits for a choice with the world shown.
 * Figures are printed; nothing passes or fails on time.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { build } from 'vite';
import { createGame } from '../src/engine';
import { CHROMIUM, launch } from '../test/e2e/browser';
import { planRoute, scenarioUnderTest } from '../test/e2e/scenario';
import { serveStatic } from '../test/e2e/server';

const SLOW_4G = { latencyMs: 150, downBytesPerSecond: (1.6 * 1_000_000) / 8, upBytesPerSecond: (0.75 * 1_000_000) / 8 };
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'test-results', 'bench-site');
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** Bytes a gzip-enabled server sends for a built file. */
function sentBytes(file: string): number {
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  const raw = readFileSync(file);
  return /\.(woff2|png)$/.test(file) ? raw.length : gzipSync(raw, { level: 6 }).length;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
  await build({ root, configLoader: 'runner', mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serveStatic(outDir, '/game/', { gzip: true });
  const scenario = scenarioUnderTest();
  const link = `${server.url}?scenario=${scenario.id}&lang=en&seed=11`;
  const fileOf = (url: string) => join(outDir, decodeURIComponent(new URL(url).pathname.slice('/game/'.length)) || 'index.html');
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
      return [location.href, ...resources];
    });
    const beforeChoice = [...new Set(requested)].map((u) => ({ file: fileOf(u).slice(outDir.length + 1), bytes: sentBytes(fileOf(u)) }));
    const firstBytes = beforeChoice.reduce((a, b) => a + b.bytes, 0);
    console.log(`\n1. Bytes before the first choice (gzip as sent; deep link ${scenario.id}): ${kb(firstBytes)} (goal ≤ 150 KB)`);
    for (const f of beforeChoice.sort((a, b) => b.bytes - a.bytes)) console.log(`   ${kb(f.bytes).padStart(9)}  ${f.file}`);
    await first.close();

    // 2. Time to first choice under Slow 4G.
    const floor = (firstBytes / SLOW_4G.downBytesPerSecond) * 1000 + 3 * SLOW_4G.latencyMs;
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
    console.log(`   floor = ${kb(firstBytes)} ÷ 1.6 Mbps + 3 × 150 ms = ${floor.toFixed(0)} ms; ratio ${(median / floor).toFixed(2)}× (goal ≤ 1.5×)`);

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
    const files = [...new Set(all)].map((u) => ({ file: fileOf(u).slice(outDir.length + 1), bytes: sentBytes(fileOf(u)) }));
    const total = files.reduce((a, b) => a + b.bytes, 0);
    console.log(`\n3. Full play to the report (${route.length} choices${openedHs ? ', HS explorer opened once' : ''}): ${kb(total)} gzip in ${files.length} files`);
    for (const f of files.sort((a, b) => b.bytes - a.bytes).slice(0, 12)) console.log(`   ${kb(f.bytes).padStart(9)}  ${f.file}`);
    console.log(cpuLine);
    await ctx.close();
  } finally {
    await browser.close();
    await server.close();
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
