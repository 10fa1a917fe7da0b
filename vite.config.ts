import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { phaserCanvasCore } from './tools/vite/phaser-build';
import { scenarioCatalog } from './tools/vite/scenarios';

// The built-in scenarios. TRADE_GAME_SCENARIOS may point elsewhere (e.g. a test fixture folder).
const scenariosDir = process.env.TRADE_GAME_SCENARIOS
  ? resolve(process.env.TRADE_GAME_SCENARIOS)
  : fileURLToPath(new URL('./scenarios', import.meta.url));

/** Chunk names that say what they hold: scenario-<id>, scenario-<id>-<lang>, strings-<lang>-<namespace>. */
function chunkFileNames(chunk: { facadeModuleId: string | null; name: string }): string {
  const id = (chunk.facadeModuleId ?? '').split('\\').join('/');
  const scenario = /\/([a-z0-9-]+)\/scenario\.json$/.exec(id);
  if (scenario) return `assets/scenario-${scenario[1]}-[hash].js`;
  const translation = /\/([a-z0-9-]+)\/locales\/([A-Za-z-]+)\.json$/.exec(id);
  if (translation && !id.includes('/src/i18n/')) return `assets/scenario-${translation[1]}-${translation[2]}-[hash].js`;
  const strings = /\/src\/i18n\/locales\/([A-Za-z-]+)\/([a-z]+)\.json$/.exec(id);
  if (strings) return `assets/strings-${strings[1]}-${strings[2]}-[hash].js`;
  return 'assets/[name]-[hash].js';
}

export default defineConfig({
  // Relative URLs: the built site works from any sub-folder of an existing website.
  base: './',
  plugins: [
    scenarioCatalog(scenariosDir),
    phaserCanvasCore(), // Phaser built from its sources, Canvas only (about 150 KB gzip instead of 357 KB)
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false, // src/app/offline.ts registers it once the first choice is on screen
      manifest: {
        name: 'Trade Game',
        short_name: 'Trade Game',
        description: 'An open, browser-based export-readiness game.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f1e7',
        theme_color: '#1d4e5f',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // globPatterns only: with includeAssets as well, the precache manifest lists the same files twice.
        globPatterns: ['**/*.{js,css,html,json,svg,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true, // the first visit's page is served offline too, without a second reload
        skipWaiting: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600, // Phaser is one prebuilt bundle, loaded lazily behind the first choice
    rolldownOptions: { output: { chunkFileNames } },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Two projects: unit tests (node), and browser tests (test/e2e: build once, serve, drive Chromium).
    projects: [
      {
        test: {
          name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', '**/node_modules/**'],
          environment: 'node', testTimeout: 60_000, hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'],
          environment: 'node', fileParallelism: false, testTimeout: 180_000, hookTimeout: 300_000,
        },
      },
    ],
  },
});
