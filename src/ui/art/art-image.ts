/**
 * Decorative pictures drawn by code: a box (aria-hidden) that shows a soft placeholder at once and the
 * picture as an <img alt=""> once the drawing code has loaded, so the screen's text never waits for it.
 * The picture is redrawn in the high-contrast palette when that setting changes.
 */
import type { CardArt } from './card-model';

type Drawers = typeof import('./draw');
type Draw = (drawers: Drawers, highContrast: boolean) => string;

let drawers: Promise<Drawers> | null = null;
const shown = new Map<HTMLImageElement, Draw>();
let watcher: MutationObserver | null = null;

const highContrast = (): boolean => document.documentElement.classList.contains('high-contrast');
const dataUrl = (svg: string): string => `data:image/svg+xml,${encodeURIComponent(svg)}`;

/** Redraws every connected picture when the document's high-contrast class changes. */
function watchContrast(): void {
  if (watcher || typeof MutationObserver !== 'function') return;
  let last = highContrast();
  watcher = new MutationObserver(() => {
    if (highContrast() === last) return;
    last = highContrast();
    void drawers?.then((m) => {
      for (const [img, draw] of shown) {
        if (img.isConnected) img.src = dataUrl(draw(m, last));
        else shown.delete(img);
      }
    });
  });
  watcher.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
}

function picture(className: string, draw: Draw): HTMLElement {
  const box = document.createElement('div');
  box.className = `art ${className}`;
  box.setAttribute('aria-hidden', 'true');
  drawers ??= import('./draw');
  void drawers.then((m) => {
    for (const [img] of shown) if (!img.isConnected) shown.delete(img);
    const img = document.createElement('img');
    img.alt = '';
    img.decoding = 'async';
    img.draggable = false;
    img.addEventListener('load', () => box.classList.add('is-ready'), { once: true });
    img.src = dataUrl(draw(m, highContrast()));
    box.append(img);
    shown.set(img, draw);
    watchContrast();
  }).catch(() => {
    drawers = null; // the art is decoration: the placeholder stays, the next screen tries again
  });
  return box;
}

/** The title screen's key art. */
export const keyArtPicture = (className: string): HTMLElement => picture(className, (m, hc) => m.keyArt(hc));

/** A scenario card's picture. */
export const cardArtPicture = (className: string, art: CardArt): HTMLElement => picture(className, (m, hc) => m.cardArt(art, hc));
