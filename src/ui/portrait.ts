/**
 * A character's portrait as an image address (an SVG drawn by the world's character art), for pages that
 * show a person outside the game's world, such as the scenario editor's look form. The look is checked
 * against the format first; an incomplete one gives no portrait.
 */
import { Look } from '../scenario';
import { drawCharacter, resolveLook } from '../world/art/character';
import { FRIENDLY } from '../world/palette';

export function portraitUrl(look: unknown, name: string, height = 160): string | null {
  const r = Look.safeParse(look);
  if (!r.success) return null;
  const svg = drawCharacter(FRIENDLY, resolveLook(r.data, name), 'neutral', 'open', height);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
