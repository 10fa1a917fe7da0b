/** Launching Debian's Chromium for the browser tests, with the project's flags. */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (CHROMIUM_PATH overrides it). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from the project's developer notes (headless, no sandbox, no background traffic). */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches Chromium. Playwright gives every launch a fresh, temporary user-data-dir. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A new page at a viewport; console errors and page errors are collected for the test to assert on. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }, options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, serviceWorkers: options.serviceWorkers ?? 'block', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. The returned object stands
 * for that browser (calls go to it once it is launched), so a file writes `const browser = sharedBrowser();`.
 */
export function sharedBrowser(): Browser {
  let current: Browser | undefined;
  beforeAll(async () => {
    current = await launch();
  });
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as Browser, {
    get(_target, key) {
      if (!current) throw new Error('sharedBrowser: used before the browser was launched (use it inside a test or hook)');
      const value = Reflect.get(current, key, current) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(current) : value;
    },
  });
}
