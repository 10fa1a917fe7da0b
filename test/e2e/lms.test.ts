/**
 * Course packages in a learning platform: the SCORM 1.2 package inside a host page whose API is
 * scorm-again, and the cmi5 package launched against a small LRS, both played by keyboard.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/engine';
import { SUSPEND_LIMIT } from '../../src/lms/suspend';
import { packageSite } from '../../tools/package';
import { buildSite } from '../../tools/package/build';
import { openPage, sharedBrowser } from './browser';
import { startLms, type LmsStandIn, type Stmt } from './lms-server';
import { planRoute, scenarioUnderTest, scenariosDir, uiStrings } from './scenario';

const browser = sharedBrowser();
const scenario = scenarioUnderTest();
const en = uiStrings('en');
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = fileURLToPath(new URL('../../test-results/lms', import.meta.url));
let lms: LmsStandIn;
const sizes: Record<string, number> = {};

const WIN_SEED = 13;
const FAIL_SEED = 12;
const score = (seed: number, route: string[]) => Math.round(replay(scenario, seed, route).game.report().overall ?? 0);
const winRoute = planRoute(scenario, WIN_SEED, (k) => k === 'success', (g) => (g.report().overall ?? 0) >= 70) as string[];
const failRoute = planRoute(scenario, FAIL_SEED, () => true, (g) => (g.report().overall ?? 0) < 70) as string[];

function unzipTo(zip: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
}

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  const site = join(work, 'site');
  await buildSite(root, scenariosDir, scenario.id, site);
  for (const format of ['scorm12', 'cmi5'] as const) {
    const copy = join(work, `site-${format}`);
    cpSync(site, copy, { recursive: true });
    const { file, bytes } = packageSite({ format, scenario: scenario.id, lang: 'en', mode: null, pass: 70, out: join(work, 'zips') }, copy, scenariosDir);
    sizes[format] = bytes;
    unzipTo(file, join(work, format));
  }
  lms = await startLms(join(work, 'scorm12'), join(work, 'cmi5'));
});

afterAll(async () => {
  await lms?.close();
});

/** The course's frame in the host page. */
async function courseFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('/scorm/'))).toBe(true);
  return page.frames().find((f) => f.url().includes('/scorm/')) as Frame;
}

/** Waits for a scene and returns its node. */
async function sceneOf(frame: Frame | Page): Promise<string> {
  const scene = frame.locator('main[data-phase="choose"] section.scene');
  await scene.waitFor({ state: 'visible' });
  return (await scene.getAttribute('data-node')) ?? '';
}

/** Plays choices by keyboard: the number key of each choice, then Enter on its consequence. */
async function playByKeyboard(frame: Frame | Page, page: Page, route: readonly string[], seed: number, from = 0): Promise<void> {
  for (let i = from; i < route.length; i++) {
    expect(await sceneOf(frame)).toBe(replay(scenario, seed, route.slice(0, i)).game.state.node);
    await frame.locator('main h1').focus();
    const key = await frame.locator(`button.choice[data-choice="${route[i]}"]`).getAttribute('data-number');
    await page.keyboard.press(key ?? '');
    await frame.locator('main[data-phase="outcome"] section.outcome').waitFor({ state: 'visible' });
    await frame.locator('main h1').focus();
    await page.keyboard.press('Enter');
  }
}

type Call = string[];
const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: string[][] }).calls);
const sets = (all: Call[], element: string) => all.filter((c) => c[0] === 'LMSSetValue' && c[1] === element);

describe('SCORM 1.2 package in an LMS (scorm-again)', () => {
  it('reports a passed game: initialize, status, score, session time, suspend data under 4,096 characters, finish', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${lms.url}/lms/host.html?seed=${WIN_SEED}`);
    const frame = await courseFrame(page);
    await playByKeyboard(frame, page, winRoute, WIN_SEED);
    await frame.locator('.rp-overall').waitFor();
    const expected = score(WIN_SEED, winRoute);
    expect(await frame.locator('.rp-overall').textContent()).toContain(String(expected));
    await expect.poll(async () => (await calls(page)).some((c) => c[0] === 'LMSFinish')).toBe(true);
    const all = await calls(page);
    expect(all[0]).toEqual(['LMSInitialize', 'true']);
    expect(all.at(-1)).toEqual(['LMSFinish', 'true']);
    // Every value the course set was accepted by scorm-again (which checks SCORM 1.2's types and limits).
    expect(all.filter((c) => c.at(-1) !== 'true')).toEqual([]);
    expect(sets(all, 'cmi.core.lesson_status').map((c) => c[2])).toEqual(['incomplete', ...Array(winRoute.length - 1).fill('incomplete'), 'passed']);
    expect(sets(all, 'cmi.core.score.raw').at(-1)?.[2]).toBe(String(expected));
    expect(sets(all, 'cmi.core.score.min').at(-1)?.[2]).toBe('0');
    expect(sets(all, 'cmi.core.score.max').at(-1)?.[2]).toBe('100');
    expect(sets(all, 'cmi.core.session_time').at(-1)?.[2]).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
    const suspend = sets(all, 'cmi.suspend_data').map((c) => c[2] as string);
    expect(suspend).toHaveLength(winRoute.length);
    const longest = Math.max(...suspend.map((s) => s.length));
    expect(longest).toBeLessThan(SUSPEND_LIMIT);
    expect(lms.missing, 'the package holds every file it loads').toEqual([]);
    console.log(`SCORM: largest suspend_data of a full game ${longest} characters; package ${sizes.scorm12} bytes, cmi5 ${sizes.cmi5} bytes`);
    // The LMS's own record (what Moodle stores): passed, with the score.
    const cmi = await page.evaluate(() => {
      const api = (window as unknown as { API: { cmi: { core: { lesson_status: string; score: { raw: string } }; suspend_data: string } } }).API;
      return { status: api.cmi.core.lesson_status, raw: api.cmi.core.score.raw, suspend: api.cmi.suspend_data.length };
    });
    expect(cmi).toEqual({ status: 'passed', raw: String(expected), suspend: suspend.at(-1)?.length });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes at the same scene from the suspend data the LMS kept', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${lms.url}/lms/host.html?seed=${WIN_SEED}`);
    let frame = await courseFrame(page);
    await playByKeyboard(frame, page, winRoute.slice(0, 4), WIN_SEED);
    const node = await sceneOf(frame);
    const money = await frame.locator('[data-hud="money"]').textContent();
    const all = await calls(page);
    const suspend = sets(all, 'cmi.suspend_data').at(-1)?.[2] as string;
    const location = sets(all, 'cmi.core.lesson_location').at(-1)?.[2];
    expect(sets(all, 'cmi.core.exit').at(-1)?.[2]).toBe('suspend');
    const cmi = JSON.stringify({ core: { entry: 'resume', lesson_status: 'incomplete', lesson_location: location }, suspend_data: suspend });
    // A new launch (no seed in the address): the game comes from the suspend data alone.
    await page.goto(`${lms.url}/lms/host.html?cmi=${encodeURIComponent(cmi)}`);
    frame = await courseFrame(page);
    expect(await sceneOf(frame)).toBe(node);
    expect(await frame.locator('[data-hud="money"]').textContent()).toBe(money);
    await playByKeyboard(frame, page, winRoute, WIN_SEED, 4);
    await frame.locator('.rp-overall').waitFor();
    await expect.poll(async () => sets(await calls(page), 'cmi.core.lesson_status').at(-1)?.[2]).toBe('passed');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reports a failed game as failed, with its score', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${lms.url}/lms/host.html?seed=${FAIL_SEED}`);
    const frame = await courseFrame(page);
    await playByKeyboard(frame, page, failRoute, FAIL_SEED);
    await expect.poll(async () => (await calls(page)).some((c) => c[0] === 'LMSFinish')).toBe(true);
    const all = await calls(page);
    expect(sets(all, 'cmi.core.lesson_status').at(-1)?.[2]).toBe('failed');
    expect(sets(all, 'cmi.core.score.raw').at(-1)?.[2]).toBe(String(score(FAIL_SEED, failRoute)));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts a new game with a clear message when the suspend data is damaged', async () => {
    const { page, errors, context } = await openPage(browser);
    const cmi = JSON.stringify({ core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: 'tg1:eJzLSM3JyQcABiwCFQ==garbage' });
    await page.goto(`${lms.url}/lms/host.html?cmi=${encodeURIComponent(cmi)}`);
    const frame = await courseFrame(page);
    expect(await sceneOf(frame)).toBe(scenario.start);
    await expect.poll(() => frame.locator('aside.notice').textContent()).toContain(en('lms.corrupt'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays as the normal game, with a message, when the LMS API throws or there is no LMS', async () => {
    const { page, errors, context } = await openPage(browser);
    await page.goto(`${lms.url}/lms/host.html?api=throws&seed=${WIN_SEED}`);
    const frame = await courseFrame(page);
    expect(await sceneOf(frame)).toBe(scenario.start);
    await expect.poll(() => frame.locator('aside.notice').textContent()).toContain(en('lms.unavailable'));
    await playByKeyboard(frame, page, winRoute.slice(0, 2), WIN_SEED);
    // Opened on its own, the package is the normal game: it continues the game this browser saved.
    await page.goto(`${lms.url}/scorm/index.html`);
    expect(await sceneOf(page)).toBe(replay(scenario, WIN_SEED, winRoute.slice(0, 2)).game.state.node);
    await expect.poll(() => page.locator('aside.notice').textContent()).toContain(en('lms.none'));
    expect(errors).toEqual([]);
    await context.close();
  });
});

const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVE_ON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const verb = (s: Stmt) => s.verb.id.split('/').pop() as string;
const categories = (s: Stmt) => (((s.context?.contextActivities as Record<string, unknown> | undefined)?.category ?? []) as { id: string }[]).map((c) => c.id);

function cmi5Launch(registration: string, sessionId: string, seed: number, fetch = `${lms.url}/fetch`): { url: string; actor: Record<string, unknown>; activityId: string } {
  const activityId = 'https://trade-game.invalid/course/trade-game-coffee/au';
  const actor = { objectType: 'Agent', name: 'Ada Learner', account: { homePage: 'https://lms.example.org', name: 'ada' } };
  lms.statements.length = 0;
  lms.fetches = 0;
  lms.launchData = {
    contextTemplate: { contextActivities: { grouping: [{ id: 'https://trade-game.invalid/course/trade-game-coffee' }] }, extensions: { [SESSION]: sessionId } },
    launchMode: 'Normal', moveOn: 'CompletedAndPassed', masteryScore: 0.7,
  };
  const q = new URLSearchParams({ endpoint: `${lms.url}/lrs/`, fetch, actor: JSON.stringify(actor), registration, activityId, seed: String(seed) });
  return { url: `${lms.url}/cmi5/index.html?${q}`, actor, activityId };
}

describe('cmi5 package launched by a platform', () => {
  it('reports a failed game: failed with the score, then completed and terminated', async () => {
    const registration = '0f0e0d0c-0b0a-4908-8706-050403020100';
    const { url } = cmi5Launch(registration, 'a0a1a2a3-b4b5-4c6c-8d7d-e8e9f0f1f2f3', FAIL_SEED);
    const { page, errors, context } = await openPage(browser);
    await page.goto(url);
    await playByKeyboard(page, page, failRoute, FAIL_SEED);
    await expect.poll(() => lms.statements.at(-1)?.verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
    expect(lms.statements.map(verb)).toEqual(['initialized', ...Array(failRoute.length).fill('answered'), 'failed', 'completed', 'terminated']);
    const expected = score(FAIL_SEED, failRoute);
    expect(lms.statements.find((s) => verb(s) === 'failed')?.result).toMatchObject({ success: false, score: { scaled: expected / 100, raw: expected } });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays as the normal game, with a message, when the platform cannot be reached', async () => {
    const { url } = cmi5Launch('1e1d1c1b-1a19-4817-8615-141312111009', 'b0b1b2b3-c4c5-4d6d-8e7e-f8f9a0a1a2a3', WIN_SEED, 'http://127.0.0.1:9/fetch');
    const { page, context } = await openPage(browser);
    await page.goto(url);
    expect(await sceneOf(page)).toBe(scenario.start);
    await expect.poll(() => page.locator('aside.notice').textContent()).toContain(en('lms.unavailable'));
    await playByKeyboard(page, page, winRoute.slice(0, 1), WIN_SEED);
    expect(lms.statements).toEqual([]);
    await context.close();
  });

  it('sends initialized, one statement per decision, passed with the score, completed and terminated, queued while offline', async () => {
    const registration = '6b6a1f4e-4b43-4c38-9d3f-1c2e3f4a5b6c';
    const sessionId = 'c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b';
    const { url, actor, activityId } = cmi5Launch(registration, sessionId, WIN_SEED);
    // The platform records "launched" before it opens the AU.
    lms.statements.push({ id: crypto.randomUUID(), actor, verb: { id: 'http://adlnet.gov/expapi/verbs/launched' }, object: { id: activityId },
      context: { registration, contextActivities: { category: [{ id: CMI5 }] }, extensions: { [SESSION]: sessionId } } } as unknown as Stmt);
    const { page, errors, context } = await openPage(browser);
    await page.goto(url);
    await playByKeyboard(page, page, winRoute.slice(0, 3), WIN_SEED);
    await expect.poll(() => lms.statements.length).toBe(1 + 1 + 3);
    // Offline for two decisions: nothing reaches the LRS, the statements wait in localStorage.
    await context.setOffline(true);
    await playByKeyboard(page, page, winRoute.slice(0, 5), WIN_SEED, 3);
    const queued = await page.evaluate((r) => JSON.parse(localStorage.getItem(`trade-game:xapi-queue:${r}`) ?? '[]').length as number, registration);
    expect(queued).toBe(2);
    expect(lms.statements.length).toBe(5);
    await context.setOffline(false);
    await expect.poll(() => lms.statements.length).toBe(7);
    // A reload continues the same session (the fetch URL is used once).
    await page.reload();
    await playByKeyboard(page, page, winRoute, WIN_SEED, 5);
    await page.locator('.rp-overall').waitFor();
    await expect.poll(() => lms.statements.at(-1)?.verb.id).toBe('http://adlnet.gov/expapi/verbs/terminated');
    expect(lms.fetches).toBe(1);

    const list = lms.statements;
    const verbs = list.map(verb);
    console.log(`cmi5 statements: ${verbs.join(', ')}`);
    // Order: launched (platform), initialized, one "answered" per decision, passed, completed, terminated.
    expect(verbs).toEqual(['launched', 'initialized', ...Array(winRoute.length).fill('answered'), 'passed', 'completed', 'terminated']);
    const expected = score(WIN_SEED, winRoute);
    for (const s of list.slice(1)) {
      expect(s.actor).toEqual(actor);
      expect(s.context?.registration).toBe(registration);
      expect((s.context?.extensions as Record<string, unknown>)[SESSION]).toBe(sessionId);
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(typeof s.timestamp).toBe('string');
    }
    expect(new Set(list.map((s) => s.id)).size).toBe(list.length);
    // cmi5 defined statements: about the AU, with the cmi5 category; move-on ones with the moveon category.
    for (const s of list.filter((x) => ['initialized', 'passed', 'completed', 'terminated'].includes(verb(x)))) {
      expect(s.object.id).toBe(activityId);
      expect(categories(s)).toContain(CMI5);
    }
    for (const s of list.filter((x) => ['passed', 'completed'].includes(verb(x)))) expect(categories(s)).toContain(MOVE_ON);
    const passed = list.find((s) => verb(s) === 'passed') as Stmt;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: expected / 100, raw: expected, min: 0, max: 100 } });
    expect((passed.context?.extensions as Record<string, unknown>)['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.7);
    expect(list.find((s) => verb(s) === 'completed')?.result).toMatchObject({ completion: true });
    expect(String(list.at(-1)?.result?.duration)).toMatch(/^P/);
    // cmi5 allowed statements (the decisions): not in the cmi5 category; scene, choice, readiness and verdict.
    const answered = list.filter((s) => verb(s) === 'answered');
    answered.forEach((s, i) => {
      expect(categories(s)).not.toContain(CMI5);
      expect(s.object.id).toBe(`${activityId}/scene/${replay(scenario, WIN_SEED, winRoute.slice(0, i)).game.state.node}`);
      expect(s.result?.response).toBe(winRoute[i]);
      const readiness = (s.result?.extensions as Record<string, unknown>)['urn:x-trade-game:xapi:extension:readiness'] as { dimension: string; verdict: string }[];
      expect(Array.isArray(readiness)).toBe(true);
      for (const r of readiness) expect(['good', 'mistake', 'note']).toContain(r.verdict);
    });
    expect(answered.some((s) => ((s.result?.extensions as Record<string, unknown[]>)['urn:x-trade-game:xapi:extension:readiness'] ?? []).length > 0)).toBe(true);
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });
});
