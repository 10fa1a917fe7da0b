/**
 * Browser tests: build the site once, serve dist/ from a sub-folder on
 * 127.0.0.1 (a free port), and check that Chromium is installed — if it is
 * not, every browser test fails with the command that installs it.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM } from './browser';
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
  // Vitest sets NODE_ENV=test, which would make Vite build a development bundle (import.meta.env.DEV).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await serveStatic(outDir, '/some/sub-folder/');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
