/**
 * `npm start` and `npm run dev` start quietly: Vite 8's default config loader bundles vite.config.ts and
 * warns about every extension-less import on the way (the project's TypeScript style, which Node 20
 * cannot load natively anyway). The scripts load the config with Vite's module runner instead, which
 * resolves imports like the app's own code and prints nothing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the Vite config', () => {
  it('is loaded with the module runner by every script that starts Vite (dev, build and so start, preview)', () => {
    expect(scripts.dev).toMatch(/^vite --configLoader runner\b/);
    expect(scripts.build).toMatch(/^vite build --configLoader runner\b/);
    for (const command of scripts.preview?.split('&&') ?? []) expect(command.trim()).toMatch(/^vite (build|preview) --configLoader runner\b/);
    expect(scripts.start).toMatch(/^npm run build\b/);
  });

  it('loads with the runner without a single warning, and keeps its plugins', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (msg) => void warnings.push(msg);
    logger.warnOnce = (msg) => void warnings.push(msg);
    const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, undefined, root, 'warn', logger, 'runner');
    expect(warnings).toEqual([]);
    const names = (loaded?.config.plugins ?? []).flat(3).map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : null));
    expect(names).toEqual(expect.arrayContaining(['trade-game-scenarios']));
  });
});
