/**
 * Turns the project's SVG drawings into Phaser textures at the exact pixel size they are shown at,
 * so art stays crisp from phones to projectors.
 */
import type Phaser from 'phaser';

/** Rasterises an SVG document to a canvas of w×h pixels. */
export async function rasterize(svg: string, w: number, h: number): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w));
    canvas.height = Math.max(1, Math.round(h));
    canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Makes sure a texture exists under `key`, drawing it from `svg()` if needed. Resolves to the key,
 * or null if the scene was shut down meanwhile.
 */
export async function ensureTexture(scene: Phaser.Scene, key: string, w: number, h: number, svg: () => string): Promise<string | null> {
  if (scene.textures.exists(key)) return key;
  const canvas = await rasterize(svg(), w, h);
  if (!scene.sys.isActive() && !scene.sys.isVisible()) return null;
  if (!scene.textures.exists(key)) scene.textures.addCanvas(key, canvas);
  return key;
}

/**
 * Removes textures whose key starts with `prefix`, except those in `keep` and those still shown by
 * an image of the scene (one may be fading out, or have replaced the one asked for meanwhile).
 */
export function dropTextures(scene: Phaser.Scene, prefix: string, keep: ReadonlySet<string> = new Set()): void {
  const shown = new Set<string>();
  for (const o of scene.children.list) if ('texture' in o && o.texture) shown.add((o.texture as Phaser.Textures.Texture).key);
  for (const key of scene.textures.getTextureKeys()) {
    if (key.startsWith(prefix) && !keep.has(key) && !shown.has(key)) scene.textures.remove(key);
  }
}
