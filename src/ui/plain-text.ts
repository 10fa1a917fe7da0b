/**
 * Scenario text as a plain, formatted string (tokens such as {days:60} or {money:5.5} rendered the way
 * the screen shows them), for announcements, titles and other places that take a string, not nodes.
 */
import type { UiContext } from './context';

/** The text ctx.renderText shows for a reference, as a string. */
export function plainText(ctx: Pick<UiContext, 'renderText'>, ref: { key: string; text: string }): string {
  return ctx.renderText(ref).textContent ?? '';
}
