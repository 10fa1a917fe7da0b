/**
 * Vite plugin: build Phaser from its own sources, lean and Canvas-only (used by vite.config.ts).
 *
 * Phaser's npm bundle is prebuilt and cannot be tree-shaken (≈357 KB gzip). For `vite build`, the
 * plugin replaces `phaser` with a small entry that pulls in only what the world uses (the game, scenes,
 * cameras, images, text, graphics and tweens) and turns Phaser's feature flags into constants, so
 * the WebGL renderer, sound, physics, loader file types and input plugins are left out (≈141 KB gzip).
 * The dev server aliases `phaser` to Phaser's own core entry (same flags, more modules, pre-bundled).
 * The world composites pre-rasterised images, text and tweens, which the Canvas renderer does well
 * and cheaply. Without this plugin the world still works with the full npm bundle.
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

/** Absolute path of Phaser's sources inside node_modules. */
export function phaserSourceDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('phaser/package.json')), 'src');
}

/** Absolute path of Phaser's core entry point (used by the dev server). */
export function phaserCoreEntry(): string {
  return join(phaserSourceDir(), 'phaser-core.js');
}

/**
 * The lean entry: the plugins every scene needs (Phaser aborts without the EventEmitter; cameras,
 * display and update lists, factories, the scene plugin), tweens, and the three game objects used.
 * Scene plugins that are not registered (clock, loader, input, data, lights) are simply skipped.
 */
export function leanEntrySource(src = phaserSourceDir()): string {
  const r = (p: string) => JSON.stringify(join(src, p));
  const plugins = ['events/EventEmitter.js', 'cameras/2d/CameraManager.js', 'gameobjects/GameObjectCreator.js', 'gameobjects/GameObjectFactory.js',
    'scene/ScenePlugin.js', 'gameobjects/DisplayList.js', 'gameobjects/UpdateList.js', 'tweens/TweenManager.js',
    'gameobjects/graphics/GraphicsFactory.js', 'gameobjects/image/ImageFactory.js', 'gameobjects/text/TextFactory.js'];
  return [
    ...plugins.map((p) => `require(${r(p)});`),
    `var Phaser = { Core: require(${r('core/index.js')}), Game: require(${r('core/Game.js')}), Scene: require(${r('scene/Scene.js')}),`,
    `  Scale: require(${r('scale/index.js')}), GameObjects: { Image: require(${r('gameobjects/image/Image.js')}) } };`,
    `module.exports = require(${r('utils/object/Extend.js')})(false, Phaser, require(${r('const.js')}));`,
  ].join('\n');
}

const LEAN_ID = '\0trade-game:phaser-lean.cjs';

/** phaser-core.js ends with `global.Phaser = Phaser`, which only exists in Node: use globalThis. */
function fixGlobal(code: string, id: string): string | null {
  return id.endsWith('phaser-core.js') ? code.replace('global.Phaser = Phaser;', 'globalThis.Phaser = Phaser;') : null;
}

/** The plugin. */
export function phaserCanvasCore(): Plugin {
  let build = false;
  return {
    name: 'trade-game:phaser-canvas-core',
    enforce: 'pre',
    config(_config, env) {
      build = env.command === 'build';
      if (build) return { define: PHASER_FLAGS };
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
    resolveId(id) {
      return build && id === 'phaser' ? LEAN_ID : null;
    },
    load(id) {
      return id === LEAN_ID ? leanEntrySource() : null;
    },
    transform: (code, id) => fixGlobal(code, id),
  };
}
