/**
 * Vite plugin: build Phaser from its own sources as a lean, Canvas-only core (used by vite.config.ts).
 *
 * Phaser's npm bundle is prebuilt and cannot be tree-shaken (≈357 KB gzip). Aliasing `phaser` to
 * `phaser/src/phaser-core.js` and turning Phaser's feature flags into constants lets the bundler drop
 * the WebGL renderer, sound, physics and the unused game objects (≈150 KB gzip). The world only
 * composites pre-rasterised images, text and tweens, which the Canvas renderer does well and cheaply.
 * Without this plugin the world still works with the full npm bundle.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Phaser's compile-time feature flags (Phaser reads them as `typeof FLAG`). */
export const PHASER_FLAGS: Record<string, string> = {
  'typeof CANVAS_RENDERER': 'true',
  'typeof WEBGL_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof EXPERIMENTAL': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/** Absolute path of Phaser's core entry point inside node_modules. */
export function phaserCoreEntry(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('phaser/package.json')), 'src', 'phaser-core.js');
}

/** phaser-core.js ends with `global.Phaser = Phaser`, which only exists in Node: use globalThis. */
function fixGlobal(code: string, id: string): string | null {
  return id.endsWith('phaser-core.js') ? code.replace('global.Phaser = Phaser;', 'globalThis.Phaser = Phaser;') : null;
}

/** The plugin: alias + flags for the build and for the dev server's dependency optimiser. */
export function phaserCanvasCore(): Plugin {
  return {
    name: 'trade-game:phaser-canvas-core',
    config() {
      return {
        resolve: { alias: [{ find: /^phaser$/, replacement: phaserCoreEntry() }] },
        define: PHASER_FLAGS,
        optimizeDeps: {
          include: ['phaser'],
          rolldownOptions: {
            transform: { define: PHASER_FLAGS },
            plugins: [{ name: 'trade-game:phaser-global', transform: (code: string, id: string) => fixGlobal(code, id) }],
          },
        },
      };
    },
    transform: (code, id) => fixGlobal(code, id),
  };
}
