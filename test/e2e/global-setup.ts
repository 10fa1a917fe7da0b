/**
 * Browser tests: build the site once, serve dist/ from a sub-folder on
 * 127.0.0.1 (a free port), and check that Chromium is installed — if it is
 * not, every browser test fails with the command that installs it.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';
import { scenariosDir } from './scenario';
import { serveStatic } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}, which is missing. Install it with: apt-get install -y chromium`);
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const outDir = fileURLToPath(new URL('../../test-results/site', import.meta.url));
  // Build from a snapshot of the scenarios, and let the tests read the same snapshot
  // (authors may be saving scenario files while the tests run).
  const snapshot = fileURLToPath(new URL('../../test-results/site-scenarios', import.meta.url));
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(scenariosDir, snapshot, { recursive: true });
  const scenariosBefore = process.env.TRADE_GAME_SCENARIOS;
  process.env.TRADE_GAME_SCENARIOS = snapshot; // read by vite.config.ts and, in the test workers, by scenario.ts
  // Vitest sets NODE_ENV=test, which would make Vite build a development bundle (import.meta.env.DEV).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configLoader: 'runner', mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await serveStatic(outDir, '/some/sub-folder/');
  project.provide('baseUrl', server.url);
  return async () => {
    process.env.TRADE_GAME_SCENARIOS = scenariosBefore;
    await server.close();
  };
}
